// Inputs for the benchmark. Generated from a fixed seed, so every run times the same text.
// The wording is invented for the benchmark; it only has to look like real mail to the core.
import { applyDocumentPack, type ClauseExcerpt, type Pack, type DocumentPack } from '../shared/core/index';
import { DEFAULT_ATTACH } from '../shared/core/import/document-pack';
import { seeded } from '../shared/core/learn/seeded';

/** The project's one seeded PRNG (mulberry32), so the corpus is the same on every machine. */
export const random = seeded;

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;

/** A typical escalation, about 2 KB: the newest message a person would select or open. */
export const EMAIL_2KB = `Dear colleagues,

I am writing from the IOM sub-office in Goma about a problem we have had for several weeks with the local UNDSS office, and I would be grateful for your advice on how to take it forward.

Since the beginning of October, three of our national staff members who joined the project in September have been refused UN ID cards by UNDSS. The explanation we were given verbally is that IOM personnel are not covered by the arrangement in this duty station and that only staff of the agencies represented in the Security Management Team may receive them. Without the cards our colleagues cannot enter the UN compound for the weekly coordination meetings, and two of them were turned back at the checkpoint on Tuesday 14 October.

In addition, our Head of Office has not been invited to the SMT meetings since August, although the previous Designated Official used to include us. We only hear about decisions on movement restrictions afterwards, sometimes a day late, which is a real problem for the teams working in the camps north of the city.

We have asked twice in writing, on 2 October and again on 9 October, and have had no written answer. Our understanding is that IOM is a member of the UN Security Management System and should receive the same security services as the other agencies, but we do not have the text of the agreement at hand and would prefer not to argue the point without it.

Could you tell us who we should contact in the Office of Staff Security, what we should send them, and whether there is an excerpt of the MOU with UNDSS that we can quote in our next letter to the Chief Security Advisor?

Many thanks for your help. I am available by phone all week if it is easier to discuss.

Best regards,
Marie Dupont
Programme Officer, IOM Goma
+243 81 000 0000
`;

const NAMES = [
  'Ana Lopez',
  'Jean Martin',
  'Fatima Diallo',
  'Peter Okafor',
  'Sofia Rossi',
  'Karim Haddad',
  'Lucia Fernandez',
  'David Smith',
];
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];
const PARAGRAPHS = [
  'Thanks for the update. We discussed it with the team this morning and agreed to wait for the written reply before sending anything else to the local office.',
  'Please find attached the list of staff concerned, with their start dates and contract types. Two of them are on short-term contracts ending in December.',
  'I called the security focal point yesterday afternoon; he said the question has to go through the country office and that he cannot decide it himself.',
  'The convoy to the northern camps left at 07:30 as planned and arrived without incident. Movement restrictions remain in place after 18:00.',
  'Following our call, I have drafted a short note for the Head of Office summarising the situation and the steps taken so far. Comments welcome by Friday.',
  'The training on safe and secure approaches in field environments has been rescheduled to next month because the trainer could not travel.',
  'Could you confirm whether the radio check is still at 08:00 and 17:00, or whether the schedule changed when the new call signs were issued?',
  'Our finance colleagues ask which budget line covers the armoured vehicle maintenance, since the invoice from the garage arrived this week.',
  'We have not received the minutes of the last coordination meeting. If anyone has a copy, please share it so we can follow up on the action points.',
  'Noted with thanks. I will raise it at the next meeting and come back to you with whatever the country director decides.',
];
const SIGNATURES = [
  'Best regards,\n{name}\nIOM Goma Sub-Office\nMobile: +243 81 000 0000\nThis e-mail is confidential and intended only for the addressee.',
  'Kind regards,\n{name}\nProject Assistant | International Organization for Migration',
  '--\n{name}\nSent from my phone',
  'Cordialement,\n{name}\nOIM — Bureau de Goma',
];

function oldMessage(rnd: () => number): string {
  const name = pick(rnd, NAMES);
  const body = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(rnd, PARAGRAPHS)).join('\n\n');
  return `Hi all,\n\n${body}\n\n${pick(rnd, SIGNATURES).replace('{name}', name)}`;
}

/**
 * A reply thread of about `bytes` characters: the 2 KB email on top, then the quoted history as
 * Gmail and Apple Mail write it ("On … wrote:" and "> " lines, nested deeper for older messages).
 */
export function quotedThread(bytes: number, seed = 1): string {
  const rnd = random(seed);
  const parts = [EMAIL_2KB];
  let size = EMAIL_2KB.length;
  for (let depth = 1; size < bytes; depth++) {
    const name = pick(rnd, NAMES);
    const header = `On ${pick(rnd, DAYS)}, ${1 + Math.floor(rnd() * 28)} Oct 2025 at ${10 + Math.floor(rnd() * 9)}:${10 + Math.floor(rnd() * 49)}, ${name} <${name.toLowerCase().replace(' ', '.')}@iom.int> wrote:`;
    const prefix = '> '.repeat(Math.min(depth, 6));
    const quoted = oldMessage(rnd)
      .split('\n')
      .map((line) => prefix + line)
      .join('\n');
    const part = `${'> '.repeat(Math.min(depth - 1, 6))}${header}\n${quoted}`;
    parts.push(part);
    size += part.length + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}

/** A thread pasted out of Outlook: no "> " quoting, each older message under a From/Sent/To block. */
export function pastedThread(bytes: number, seed = 2): string {
  const rnd = random(seed);
  const parts = [EMAIL_2KB];
  let size = EMAIL_2KB.length;
  while (size < bytes) {
    const name = pick(rnd, NAMES);
    const part = [
      '________________________________',
      `From: ${name} <${name.toLowerCase().replace(' ', '.')}@iom.int>`,
      `Sent: ${pick(rnd, DAYS)}day, ${1 + Math.floor(rnd() * 28)} October 2025 ${10 + Math.floor(rnd() * 9)}:${10 + Math.floor(rnd() * 49)}`,
      'To: Goma Security Focal Points <goma-security@example.org>',
      'Subject: RE: UN ID cards for national staff',
      '',
      oldMessage(rnd),
    ].join('\n');
    parts.push(part);
    size += part.length + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}

/** Worst case for the core: one long text with no quoting and no signature to cut at. */
export function unquotedText(bytes: number, seed = 3): string {
  const rnd = random(seed);
  const parts = [EMAIL_2KB.replace(/\n\nBest regards,[\s\S]*$/, '')];
  let size = parts[0]!.length;
  while (size < bytes) {
    const p = pick(rnd, PARAGRAPHS);
    parts.push(p);
    size += p.length + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}

const CLAUSE_WORDS = (
  'security services personnel staff members organisation provider parties agreement shall provide request ' +
  'information assessment risk evacuation relocation medical insurance compound premises vehicles armoured ' +
  'communication radio network duty station designated official management team meeting minutes clearance ' +
  'travel briefing training incident report notification hostage abduction detention arrest missing injury ' +
  'headquarters country office field office liaison coordination focal point costs budget reimbursement ' +
  'procurement equipment guards residential measures minimum operating standards compliance policy procedure ' +
  'annex schedule review termination amendment dispute settlement confidentiality privileges immunities'
).split(' ');

function clauseText(rnd: () => number): string {
  const sentences = 2 + Math.floor(rnd() * 5);
  const out: string[] = [];
  for (let s = 0; s < sentences; s++) {
    const words = Array.from({ length: 12 + Math.floor(rnd() * 18) }, () => pick(rnd, CLAUSE_WORDS));
    // A few rare words per clause, as real documents have names, places and numbers.
    words.push(`zone${Math.floor(rnd() * 5000)}`, `${Math.floor(rnd() * 90) + 10}`);
    const sentence = words.join(' ');
    out.push(sentence[0]!.toUpperCase() + sentence.slice(1) + '.');
  }
  return out.join(' ');
}

/** A DocumentPack of `count` imported clauses (valid per the schema), as a document import makes. */
export function bigExtension(count: number, seed = 4): DocumentPack {
  const rnd = random(seed);
  const excerpts: ClauseExcerpt[] = [];
  for (let i = 0; i < count; i++) {
    const article = Math.floor(i / 10) + 1;
    const number = `${article}.${(i % 10) + 1}`;
    excerpts.push({
      id: `bench-doc.${article}-${(i % 10) + 1}`,
      kind: 'clause',
      lang: pick(rnd, ['en', 'en', 'en', 'fr', 'es'] as const),
      title: `Article ${article} — ${pick(rnd, CLAUSE_WORDS)} ${pick(rnd, CLAUSE_WORDS)}`,
      text: clauseText(rnd),
      clause: { number, path: [`Article ${article}`], page: 1 + Math.floor(i / 30) },
      source: { sourceId: 'bench-doc', section: `Article ${article}` },
    });
  }
  return {
    schemaVersion: 1,
    type: 'extension',
    id: 'bench-doc',
    title: 'Generated benchmark document (not a real agreement)',
    extends: 'iom-oss',
    documentKind: 'other',
    sources: [
      { id: 'bench-doc', title: 'Generated benchmark document (not a real agreement)', url: null, updated: null },
    ],
    excerpts,
    attach: DEFAULT_ATTACH,
  };
}

/** The default pack with `count` generated clauses joined to it, validated like any extension. */
export function bigPack(base: Pack, count: number): Pack {
  const result = applyDocumentPack(base, bigExtension(count));
  if (!result.ok)
    throw new Error(
      `The generated pack is invalid: ${result.error
        .slice(0, 3)
        .map((p) => `${p.path}: ${p.message}`)
        .join('; ')}`,
    );
  return result.value;
}

/** What people type into the quick lookup: words, phrases, a typo, French, Spanish, a clause number, nothing found. */
export const QUERIES = [
  'hostage',
  'UN ID card',
  'security clearance',
  'kidnaping',
  'designated official',
  'medical evacuation insurance',
  'évacuation du personnel',
  'seguridad del personal',
  'ops centre',
  'armoured vehicles procurement',
  'article 12.3',
  'xylophone quartet',
];
