// Text from outside (an email, a pack, settings, a file name) shown in a terminal must not drive
// it: an escape sequence could clear the screen, draw a fake "To:" line, set the clipboard
// (OSC 52) or print a fake "OK". Every control character except newline and tab is shown as a
// visible escape instead: C0 (including CR and ESC), DEL, C1 (including the 8-bit CSI and OSC),
// and the bidirectional overrides that can reorder what a line appears to say.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const visible = (c: string): string => {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

export function plainText(text: string): string {
  return text.replace(CONTROL, visible);
}
