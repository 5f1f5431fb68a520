// What a file's bytes are, before any parsing: a PDF by its signature, and text decoded as
// UTF-8 or Windows-1252. No imports, so a page can tell a PDF from a text file without
// loading the segmenter or a schema.
import { debug } from '../model/debug';
export function isPdf(bytes: Uint8Array): boolean {
  // "%PDF-" may follow a little junk; readers look in the first kilobyte.
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €, œ…). Decoded by
// hand: Node's TextDecoder reads "windows-1252" as Latin-1, browsers do not — results must agree.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** UTF-8 (with or without BOM); otherwise Windows-1252, which older French and Spanish files use. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    debug('file-bytes: not UTF-8', error);
    text = '';
    for (const byte of bytes)
      text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return text.replace(/^\uFEFF/, '');
}

/** Form XObjects (drawings that draw drawings) in a PDF: what can make a page's reading never end. */
export function hasForms(bytes: Uint8Array): boolean {
  return /\/Subtype\s*\/Form\b/.test(new TextDecoder('latin1').decode(bytes));
}
