// The "question" fact is found by a linear scan instead of a regex that retried up to 300
// characters from every position; it must find exactly what the regex found, on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstQuestion } from '../../../shared/core/assist/facts';

const regex = (text: string) => /[^.!?\n]{8,300}\?/u.exec(text)?.[0];

// Sentence ends, question marks, surrogate pairs and lone halves, around runs near 8 and 300.
const piece = fc.oneof(
  fc.constantFrom('?', '.', '!', '\n', '\r', ' ', '¿', 'a', 'é', '😀', '\ud83d', '\ude00', 'x?', 'Why?'),
  fc.integer({ min: 1, max: 320 }).map((n) => 'w'.repeat(n)),
  fc.integer({ min: 1, max: 160 }).map((n) => '😀'.repeat(n)),
);

describe('firstQuestion', () => {
  it('finds what the regex finds', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
          fc.string({ unit: 'binary', maxLength: 400 }),
        ),
        (text) => {
          expect(firstQuestion(text)).toBe(regex(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('on the edges: 7 and 8 characters, 300 and 301, pairs at the cap', () => {
    const cases = [
      '1234567?',
      '12345678?',
      `${'w'.repeat(300)}?`,
      `${'w'.repeat(301)}?`,
      `${'😀'.repeat(300)}?`,
      `${'😀'.repeat(301)}?`,
      'Hi. Short? A real question here?',
      'no question here.',
    ];
    for (const text of cases) expect(firstQuestion(text), JSON.stringify(text.slice(0, 20))).toBe(regex(text));
    expect(firstQuestion('Hi. Short? A real question here?')).toBe(' A real question here?');
  });
});
