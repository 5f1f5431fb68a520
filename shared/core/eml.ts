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
  return /^(?:[A-Za-z-]+:[^\n]*\r?\n)+/.test(head) && /^(?:from|to|subject|date|mime-version|content-type|received|message-id|return-path):/im.test(head.slice(0, 4000));
}

function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h\d)>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
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
  const head = typeof input === 'string' ? input.slice(0, 4000) : new TextDecoder('utf-8', { fatal: false }).decode(input.slice(0, 4000));
  if (!looksLikeMime(head)) {
    const text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: false }).decode(input);
    return { subject: '', from: '', to: [], cc: [], text };
  }
  const email = await PostalMime.parse(input);
  const flat = (list: { address?: string; name?: string; group?: { address?: string; name?: string }[] }[] | undefined) =>
    (list ?? []).flatMap((a) => (a.group ? a.group.map(addr) : [addr(a)])).filter(Boolean);
  return {
    subject: email.subject ?? '',
    from: addr(email.from),
    to: flat(email.to),
    cc: flat(email.cc),
    text: email.text ?? (email.html ? htmlToText(email.html) : ''),
  };
}

export { htmlToText };
