// The router's features, made the fast way (a slot table instead of a map, bigram hashes without
// building strings, cached stems), are exactly those of the plain definition written out below:
// the same buckets, in the same order, from the same words, with the same value. Checked on every
// email of the routing corpus, one after another, so a table left dirty by one email would show
// in the next.
import { describe, expect, it } from 'vitest';
import {
  BUCKETS,
  MAX_GRAM_WORD,
  contentTokens,
  extractFeatures,
  forgetWords,
  hash,
  type Feature,
} from '../../../shared/core/assist/features';
import { FILLER, stem, type Token } from '../../../shared/core/text/tokenize';
import { corpusEmails } from '../../fixtures/corpus-emails';

/** The features as features.ts documents them, with nothing made faster. */
function plainFeatures(tokens: Token[]): Feature[] {
  const seen = new Map<number, Feature>();
  const add = (bucket: number, from: number[]) => {
    const f = seen.get(bucket);
    if (!f) return void seen.set(bucket, { bucket, value: 0, from: [...from] });
    for (const i of from) if (f.from.length < 8 && !f.from.includes(i)) f.from.push(i);
  };
  const digits = (w: string) => w.replace(/\d/g, '0');
  tokens.forEach((t, i) => {
    const w = digits(t.word);
    add(hash(`w ${w}`) & (BUCKETS - 1), [i]);
    if (t.upper && w.length <= 6) add(hash(`u ${w}`) & (BUCKETS - 1), [i]);
    if (!FILLER.has(w) && w.length >= 4 && w.length <= MAX_GRAM_WORD) {
      const padded = `<${w}>`;
      for (let n = 3; n <= 4; n++)
        for (let k = 0; k + n <= padded.length; k++) add(hash(`c ${padded.slice(k, k + n)}`) & (BUCKETS - 1), [i]);
    }
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence) add(hash(`b ${w} ${digits(next.word)}`) & (BUCKETS - 1), [i, i + 1]);
  });
  const value = seen.size ? 1 / Math.sqrt(seen.size) : 0;
  return [...seen.values()].map((f) => ({ ...f, value }));
}

const corpus = corpusEmails().map((e) => e.text);

describe('router features', () => {
  it('are the plain definition, email after email, on the whole corpus', () => {
    expect(corpus.length).toBeGreaterThan(3000);
    // Written out as one line per email, so the comparison is quick and a difference shows whole.
    const line = (fs: Feature[]) => fs.map((f) => `${f.bucket}:${f.value}:${f.from.join(',')}`).join(' ');
    const differ = corpus.filter((text) => {
      const tokens = contentTokens(text);
      return line(extractFeatures(tokens).features) !== line(plainFeatures(tokens));
    });
    expect(differ).toEqual([]);
  });

  it('are the same for an email read with every word known and with none (forgetWords, the bench)', () => {
    const tokens = contentTokens(corpus[0]!);
    const known = JSON.stringify(extractFeatures(tokens).features);
    forgetWords();
    expect(JSON.stringify(extractFeatures(tokens).features)).toBe(known);
  });

  it('stem a word the same the first time and when it is known', () => {
    for (const word of ['kidnapped', 'kidnapping', 'refusées', 'evacuaciones', 'formation', 'checkpoints']) {
      const first = stem(word);
      expect(stem(word)).toBe(first);
    }
    expect(stem('kidnapped')).toBe(stem('kidnapping'));
  });
});
