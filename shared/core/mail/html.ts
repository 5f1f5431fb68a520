// The only HTML the product builds: drafts and excerpts for Outlook and rich copies. Every value
// from an email, a page or a pack goes through escapeHtml, so nothing becomes markup.
import type { ExcerptOut } from '../model/types';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** Plain text as HTML paragraphs; line breaks kept, everything escaped. */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** An excerpt as a quotation with its citation, for insertion into a message. */
export function excerptHtml(excerpt: Pick<ExcerptOut, 'text' | 'citation'>): string {
  return `<blockquote style="margin:0 0 0 8px;padding-left:8px;border-left:3px solid #0b5cad">${textToHtml(excerpt.text)}<p><small>— ${escapeHtml(excerpt.citation)}</small></p></blockquote>`;
}

/** An excerpt as plain text with its citation. */
export function quotedExcerpt(excerpt: Pick<ExcerptOut, 'text' | 'citation'>): string {
  return `“${excerpt.text}”\n— ${excerpt.citation}`;
}

/** A draft body as HTML. The body already quotes its excerpts, so it is escaped as a whole. */
export function draftHtml(body: string): string {
  return textToHtml(body);
}
