// tokenize() has two fast paths (ASCII words are only lower-cased; sentence ends are found by
// char code), and letterRuns() one (ASCII read without the Unicode regex). They must give exactly
// what the plain definitions below give, on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterRuns, normalize, stem, tokenize, type Token } from '../../../shared/core/text/tokenize';

/** tokenize() as first written: normalize() on every word, a regex test on every character. */
function reference(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = match.index;
    for (let i = last; i < start; i++) {
      if (/[.!?;:\n]/.test(text[i] ?? '')) {
        sentence++;
        break;
      }
    }
    const raw = match[0];
    const prev = tokens[tokens.length - 1];
    if (
      (raw === 't' || raw === 'T') &&
      prev &&
      prev.end === start - 1 &&
      /['’]/.test(text[start - 1] ?? '') &&
      prev.word.endsWith('n')
    ) {
      prev.word = prev.word.slice(0, -1);
      prev.stem = stem(prev.word);
      tokens.push({ word: 'not', stem: 'not', upper: false, start: prev.start, end: start + 1, sentence });
      last = start + 1;
      continue;
    }
    const word = normalize(raw);
    tokens.push({
      word,
      stem: stem(word),
      upper: raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase(),
      start,
      end: start + raw.length,
      sentence,
    });
    last = start + raw.length;
  }
  return tokens;
}

// Pieces that exercise both paths: accents, apostrophes, sentence ends, capitals, other scripts.
const piece = fc.constantFrom(
  'weren',
  "'",
  '’',
  't',
  'T',
  'DSS',
  'Kidnapped',
  'refusé',
  'ÉTÉ',
  'niño',
  'İstanbul',
  'ß',
  'ǅ',
  '٣',
  'שלום',
  '🙂',
  ' ',
  '\n',
  '.',
  '?',
  ';',
  ':',
  '!',
  ',',
  'n',
  'don',
  '12',
  'x',
);

describe('tokenize fast paths', () => {
  it('give the same tokens as the plain definition', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 80 }),
          fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
        ),
        (text) => {
          expect(tokenize(text)).toEqual(reference(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keep the cases that matter: contractions, accents, capitals, sentences', () => {
    const text = "We weren't invited. L'UNDSS a refusé! ¿Quién?";
    expect(tokenize(text)).toEqual(reference(text));
    expect(tokenize(text).map((t) => t.word)).toEqual([
      'we',
      'were',
      'not',
      'invited',
      'l',
      'undss',
      'a',
      'refuse',
      'quien',
    ]);
  });
});

describe('letterRuns fast path', () => {
  it('gives the letter runs of the plain Unicode regex', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 80 }),
          fc.string({ unit: 'grapheme-ascii', maxLength: 80 }),
          fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
        ),
        (text) => {
          const normalized = normalize(text);
          expect(letterRuns(normalized)).toEqual(normalized.match(/\p{L}+/gu) ?? []);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
