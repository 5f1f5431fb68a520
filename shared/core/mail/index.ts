// Email in and out: reading .eml/MIME and HTML bodies as text (eml.ts), the only HTML the
// product builds, every value escaped (html.ts), and mailto: links with their length limit
// (mailto.ts).
export { escapeHtml, textToHtml, excerptHtml, quotedExcerpt, draftHtml } from './html';
export { buildMailto, MAILTO_LIMIT, type MailtoInput, type MailtoResult } from './mailto';
export { readEmail, htmlToText, looksLikeMime, type EmailText } from './eml';
