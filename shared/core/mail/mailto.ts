// mailto: links for the browser, where the extension cannot write into a mail client directly.
// Every part is percent-encoded; a link longer than mail clients and browsers reliably accept is
// refused, so the UI offers to copy the draft instead of sending a cut-off message.

import { fail, ok, type Result } from '../model/result';

/** Conservative: Outlook on Windows truncates near 2,048; some browsers near 2,000. */
export const MAILTO_LIMIT = 2000;

export interface MailtoInput {
  to: string[];
  cc: string[];
  subject: string;
  body: string;
}

/** The link, or why there is none ('too-long': the UI offers copy instead; its length is said). */
export type MailtoResult = Result<string, { reason: 'too-long' | 'bad-address'; length: number }>;

// An address may not carry its own "?" or "&" (that would smuggle headers into the link).
const SAFE_ADDRESS = /^[^\s@?&#,;<>"]+@[^\s@?&#,;<>"]+$/;

export function buildMailto(input: MailtoInput, limit = MAILTO_LIMIT): MailtoResult {
  const addresses = [...input.to, ...input.cc];
  if (addresses.some((a) => !SAFE_ADDRESS.test(a))) return fail({ reason: 'bad-address', length: 0 });
  const params: string[] = [];
  if (input.cc.length) params.push(`cc=${input.cc.map(encodeURIComponent).join(',')}`);
  if (input.subject) params.push(`subject=${encodeURIComponent(input.subject)}`);
  if (input.body) params.push(`body=${encodeURIComponent(input.body.replace(/\r?\n/g, '\r\n'))}`);
  const url = `mailto:${input.to.map(encodeURIComponent).join(',')}${params.length ? `?${params.join('&')}` : ''}`;
  return url.length <= limit ? ok(url) : fail({ reason: 'too-long', length: url.length });
}
