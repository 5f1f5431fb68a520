// Whole emails from one core: subject line, greeting, body, signature, disclaimer, a forward (the
// forwarded text IS the matter) or quoted reply history about something else (which must not
// decide). All draws come from a PRNG seeded by the core id, so each core's emails are stable.
import type { Core, Materials, ScenarioId } from './materials/types.ts';
import { addNoise } from './noise.ts';
import { createRng, type Rng } from './random.ts';

export const COMPOSE_SEED = 'oss-assist-corpus-compose-v1';

export type Shape = 'bare' | 'mail' | 'reply' | 'forward';

const LATER_SHAPES: readonly Shape[] = ['bare', 'reply', 'forward', 'mail', 'reply', 'forward'];

function subjectFor(core: Core, scenario: ScenarioId | 'none', m: Materials, rng: Rng): string {
  const own = core.subjects?.length ? core.subjects : undefined;
  return rng.pick(own && rng.chance(0.7) ? own : m.subjects[scenario]);
}

/** `{subject}` in a forward or reply intro is replaced by the email's subject. */
function fill(template: string, subject: string): string {
  return template.replaceAll('{subject}', subject);
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

function join(parts: (string | undefined | false)[]): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .join('\n\n')
    .trim();
}

/** A body that already opens with a greeting ("Dear RSO, the DO …") gets no second one. */
const OPENS_WITH_GREETING =
  /^(?:dear|hi|hello|good (?:morning|afternoon)|salaam|bonjour|bonsoir|cher|chère|madame|monsieur|hola|buen[oa]s|estimad[oa]s?)\b/i;

function composeOne(body: string, shape: Shape, subject: string, m: Materials, rng: Rng): string {
  const drawn = rng.chance(0.85) ? rng.pick(m.greetings) : '';
  const greeting = OPENS_WITH_GREETING.test(body) ? '' : drawn;
  const signature = rng.pick(m.signatures);
  const disclaimer = rng.chance(0.3) && rng.pick(m.disclaimers);
  switch (shape) {
    case 'bare':
      return body;
    case 'mail':
      return join([rng.chance(0.7) && `Subject: ${subject}`, greeting, body, signature, disclaimer]);
    case 'reply':
      return join([
        rng.chance(0.6) && `Subject: RE: ${subject}`,
        greeting,
        body,
        signature,
        `${fill(rng.pick(m.replyIntros), subject)}\n${quote(rng.pick(m.quotedHistory))}`,
      ]);
    case 'forward': {
      const note = rng.pick(m.forwardNotes);
      const inner = join([rng.chance(0.7) && greeting, body, rng.pick(m.signatures)]);
      return join([
        rng.chance(0.6) && `Subject: Fwd: ${subject}`,
        note,
        rng.chance(0.5) && rng.pick(m.signatures).split('\n').slice(0, 2).join('\n'), // a short sign-off
        `${fill(rng.pick(m.forwardIntros), subject)}\n\n${inner}`,
        disclaimer,
      ]);
    }
  }
}

/** `count` emails from one core: the first a plain email, the others of other shapes; some with typos. */
export function composeEmails(core: Core, scenario: ScenarioId | 'none', m: Materials, count: number): string[] {
  const rng = createRng(`${COMPOSE_SEED}:${core.id}`);
  const shapes: Shape[] = ['mail'];
  while (shapes.length < count) {
    const shape = rng.pick(LATER_SHAPES);
    if (shape !== shapes[shapes.length - 1] || rng.chance(0.3)) shapes.push(shape);
  }
  const emails: string[] = [];
  shapes.forEach((shape, i) => {
    const body = i > 0 && rng.chance(0.3) ? addNoise(core.text.trim(), rng) : core.text.trim();
    const email = composeOne(body, shape, subjectFor(core, scenario, m, rng), m, rng);
    // Two identical emails (two bare one-liners) teach nothing: the second becomes a reply.
    emails.push(emails.includes(email) ? composeOne(body, 'reply', subjectFor(core, scenario, m, rng), m, rng) : email);
  });
  return emails;
}
