// Worst cases from the hostile corpus (tests/fixtures/hostile.ts), timed once each: how long the
// core and the CLI take on what an attacker or a bad day sends. The bound each must stay under is
// asserted, generously, by tests/unit/security/hostile.test.ts; here are the figures.
import { createAssistant, DEFAULT_SETTINGS, readEmail } from '../shared/core/index';
import { DEFAULT_PACK } from '../shared/core/pack/default-pack';
import { DEFAULT_MODEL } from '../shared/core/assist/default-model';
import { binaryBytes, escapeStorm, longRandomWords, nestedMime, shortLines } from '../tests/fixtures/hostile';
import { round, type Figure } from './measure';

/** Time to the outcome, an answer or the clear refusal (a thrown error is an outcome here). */
async function once(fn: () => unknown): Promise<{ ms: number; outcome: string }> {
  const start = process.hrtime.bigint();
  let outcome = 'answered';
  try {
    await fn();
  } catch (error) {
    outcome = `refused: ${error instanceof Error ? error.message : String(error)}`;
  }
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, outcome };
}

export async function benchHostile(log: (line: string) => void): Promise<Figure[]> {
  log('hostile inputs…');
  const assistant = createAssistant(DEFAULT_PACK, DEFAULT_MODEL);
  const words = longRandomWords();
  const draft = { to: ['oss@iom.int'], cc: [], subject: 'hostage', body: words };
  // Issue 13's bound for the send check: under a second on this body (it took 7-8 s).
  const cases: [string, string, () => unknown, number?][] = [
    [
      'hostile.checkdraft-197kb',
      'checkDraft, 197 KB of long random words (send check)',
      () => assistant.checkDraft(draft, DEFAULT_SETTINGS),
      1000,
    ],
    [
      'hostile.suggest-short-lines',
      'suggest(), 200 KB of one-letter lines',
      () => assistant.suggest(shortLines(), DEFAULT_SETTINGS),
    ],
    ['hostile.suggest-197kb', 'suggest(), the same 197 KB', () => assistant.suggest(words, DEFAULT_SETTINGS)],
    [
      'hostile.suggest-escapes',
      'suggest(), 60 KB of terminal escape sequences',
      () => assistant.suggest(escapeStorm(), DEFAULT_SETTINGS),
    ],
    [
      'hostile.suggest-binary',
      'suggest(), 200 KB of random bytes read as text',
      async () => assistant.suggest((await readEmail(binaryBytes())).text, DEFAULT_SETTINGS),
    ],
    ['hostile.eml-nested', 'readEmail, MIME nested 2,000 deep', () => readEmail(nestedMime())],
  ];
  const figures: Figure[] = [];
  for (const [id, label, fn, max] of cases) {
    const { ms, outcome } = await once(fn);
    figures.push({ id, label, value: round(ms, 1), unit: 'ms', max, detail: `one run; ${outcome}` });
  }
  return figures;
}
