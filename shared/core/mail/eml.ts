// Reads an email file (.eml / MIME) or plain text into the parts the core routes on.
// postal-mime decodes quoted-printable, base64 and odd charsets; HTML-only messages become text.
import PostalMime from 'postal-mime';

export interface EmailText {
  subject: string;
  from: string;
  to: string[];
  cc: string[];
  text: string;
}

/** Plain text stays plain text: only something that starts like a MIME message is parsed. */
export function looksLikeMime(head: string): boolean {
  return (
    /^(?:[A-Za-z-]+:[^\n]*\r?\n)+/.test(head) &&
    /^(?:from|to|subject|date|mime-version|content-type|received|message-id|return-path):/im.test(head.slice(0, 4000))
  );
}

const BLOCK_OPEN = /<(script|style|head)\b/gi;

/**
 * Drops <script>, <style> and <head> blocks. The regex /<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi
 * says the same but retries every later opener when a block is never closed: quadratic, so a
 * crafted message of 80,000 "<script" took seconds. Here a name with no closing tag left is
 * not searched for again.
 */
function dropBlocks(html: string): string {
  let out = '';
  let from = 0;
  const unclosed = new Set<string>();
  const open = new RegExp(BLOCK_OPEN.source, 'gi');
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const name = (m[1] as string).toLowerCase();
    if (unclosed.has(name)) continue;
    const close = new RegExp(`<\\/${name}\\s*>`, 'gi');
    close.lastIndex = m.index + m[0].length;
    const c = close.exec(html);
    if (!c) {
      unclosed.add(name);
      continue;
    }
    out += `${html.slice(from, m.index)} `;
    from = c.index + c[0].length;
    open.lastIndex = from;
  }
  return out + html.slice(from);
}

/** Replaces each tag with a space, like /<[^>]*>/g but linear: once a "<" has no ">" after it, none later has. */
function dropTags(html: string): string {
  let text = '';
  let at = 0;
  for (;;) {
    const lt = html.indexOf('<', at);
    const gt = lt < 0 ? -1 : html.indexOf('>', lt);
    if (gt < 0) break;
    text += `${html.slice(at, lt)} `;
    at = gt + 1;
  }
  return text + html.slice(at);
}

/** An HTML body as plain text: blocks and tags dropped, line breaks kept, entities decoded. */
export function htmlToText(html: string): string {
  return dropTags(dropBlocks(html).replace(/<br\s*\/?>|<\/(p|div|li|tr|h\d)>/gi, '\n'))
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ');
}

const addr = (a: { address?: string; name?: string } | undefined): string => a?.address ?? a?.name ?? '';

export async function readEmail(input: Uint8Array | string): Promise<EmailText> {
  const head =
    typeof input === 'string'
      ? input.slice(0, 4000)
      : new TextDecoder('utf-8', { fatal: false }).decode(input.slice(0, 4000));
  if (!looksLikeMime(head)) {
    const text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: false }).decode(input);
    return { subject: '', from: '', to: [], cc: [], text };
  }
  const email = await PostalMime.parse(input);
  const flat = (
    list: { address?: string; name?: string; group?: { address?: string; name?: string }[] }[] | undefined,
  ) => (list ?? []).flatMap((a) => (a.group ? a.group.map(addr) : [addr(a)])).filter(Boolean);
  return {
    subject: email.subject ?? '',
    from: addr(email.from),
    to: flat(email.to),
    cc: flat(email.cc),
    text: email.text ?? (email.html ? htmlToText(email.html) : ''),
  };
}
