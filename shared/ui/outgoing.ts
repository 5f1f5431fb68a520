// Who the draft actually goes to. A route may name the RSO in To and an OSS mailbox in Cc; when
// the RSO's address is not set, sending to nobody would be worse than sending to OSS: the OSS
// mailboxes move up to To and the person is told to add the RSO. Never an empty To while the
// route names any address.
import type { RecipientOut, Suggestion } from '../core/model/types';

export interface Outgoing {
  /** Recipients as shown (To may hold a contact without an address, marked "not set"). */
  to: RecipientOut[];
  cc: RecipientOut[];
  /** The addresses the draft is sent to. */
  toEmails: string[];
  ccEmails: string[];
  /** The RSO is named by the route but has no address: say so and offer the settings. */
  rsoMissing: boolean;
  /** The Cc mailboxes were moved to To because nobody in To had an address. */
  moved: boolean;
}

const emails = (list: RecipientOut[]) => list.flatMap((r) => (r.email ? [r.email] : []));

export function outgoing(recipients: Suggestion['recipients'], rsoIds: readonly string[]): Outgoing {
  const rsoMissing = [...recipients.to, ...recipients.cc].some((r) => !r.email && rsoIds.includes(r.contactId));
  if (emails(recipients.to).length > 0 || emails(recipients.cc).length === 0) {
    return {
      ...recipients,
      toEmails: emails(recipients.to),
      ccEmails: emails(recipients.cc),
      rsoMissing,
      moved: false,
    };
  }
  // Nobody in To has an address: the Cc mailboxes (OSS, as the route names them) become To.
  const to = [...recipients.to, ...recipients.cc];
  return { to, cc: [], toEmails: emails(to), ccEmails: [], rsoMissing, moved: true };
}

/** The draft as text with its header lines, for a person who pastes it into a new message. */
export function withHeaders(
  labels: { to: string; cc: string; subject: string; colon: string },
  o: Pick<Outgoing, 'toEmails' | 'ccEmails'>,
  subject: string,
  body: string,
): string {
  const c = labels.colon;
  const lines = [`${labels.to}${c}${o.toEmails.join('; ')}`];
  if (o.ccEmails.length) lines.push(`${labels.cc}${c}${o.ccEmails.join('; ')}`);
  lines.push(`${labels.subject}${c}${subject}`);
  return `${lines.join('\n')}\n\n${body}`;
}
