// Holds the committed corpus (data/corpus/*.jsonl) to its rules: shape, labels from the pack,
// language shares, a fifth of hard negatives, the split by core, test examples everywhere, no
// real-looking addresses or phone numbers, and byte-equality with a fresh build of the materials.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import pack from '../../../data/iom-oss.pack.json';
import { buildCorpus, loadMaterials, OUT_DIR, type Row } from '../../../scripts/corpus/build.ts';
import { splitStratum } from '../../../scripts/corpus/split.ts';

const SCENARIOS = new Set([...pack.scenarios.map((s) => s.id), 'none']);
const FIELDS = ['id', 'text', 'language', 'scenario', 'split', 'core'];
const files = readdirSync(OUT_DIR).filter((f) => f.endsWith('.jsonl'));
const rows: Row[] = files.flatMap((f) =>
  readFileSync(join(OUT_DIR, f), 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Row),
);
const langs = [...new Set(rows.map((r) => r.language))];
const count = (pred: (r: Row) => boolean, list: readonly Row[] = rows) => list.filter(pred).length;

/** Addresses outside the reserved example domains, and phone numbers other than the +00 ones. */
export function privacyProblems(text: string): string[] {
  const problems: string[] = [];
  for (const [address, domain] of text.matchAll(/[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})/gi)) {
    if (!/^example\.(?:org|com)$/i.test(domain!)) problems.push(`address ${address}`);
  }
  for (const [plus] of text.matchAll(/\+\d+/g)) if (!plus.startsWith('+00')) problems.push(`phone ${plus}`);
  // Eight or more digits in groups (not after +00, not an ISO date): a phone number written without +00.
  for (const m of text.matchAll(/(?<![+\d])\d{2,4}(?:[ .-]?\d{2,4}){2,}(?!\d)/g)) {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const digits = m[0].replace(/\D/g, '').length;
    if (digits >= 8 && !/\+00[\d .-]*$/.test(before) && !/^\d{4}-\d{2}-\d{2}$/.test(m[0])) {
      problems.push(`number ${m[0]}`);
    }
  }
  return problems;
}

describe('the committed corpus', () => {
  it('has one valid JSON object per line with the fields, a pack scenario or none, and a why for negatives', () => {
    expect(rows.length).toBeGreaterThan(0);
    const bad = rows.filter(
      (r) =>
        FIELDS.some((field) => typeof (r as unknown as Record<string, unknown>)[field] !== 'string') ||
        r.text.trim() === '' ||
        !['en', 'fr', 'es'].includes(r.language) ||
        !SCENARIOS.has(r.scenario) ||
        !['train', 'dev', 'test'].includes(r.split) ||
        (r.scenario === 'none' ? !r.why?.trim() : r.why !== undefined),
    );
    expect(bad.map((r) => r.id ?? JSON.stringify(r).slice(0, 80))).toEqual([]);
  });

  it('has unique ids, and no core in two splits or two scenarios', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const seen = new Map<string, string>();
    const straddling = new Set<string>();
    for (const r of rows) {
      const key = `${r.split}|${r.scenario}|${r.language}`;
      if ((seen.get(r.core) ?? key) !== key) straddling.add(r.core);
      seen.set(r.core, key);
    }
    expect([...straddling]).toEqual([]);
  });

  it('is at least a fifth hard negatives, overall and in every language', () => {
    expect(count((r) => r.scenario === 'none') / rows.length).toBeGreaterThanOrEqual(0.2);
    for (const lang of langs) {
      const of = rows.filter((r) => r.language === lang);
      expect(count((r) => r.scenario === 'none', of) / of.length, lang).toBeGreaterThanOrEqual(0.2);
    }
  });

  it('has the languages in their shares: English ≥ 1,500, French and Spanish ≥ 750; with all three, ≥ 3,000 at about 2:1:1', () => {
    const n = (lang: string) => count((r) => r.language === lang);
    for (const lang of langs) expect(n(lang), lang).toBeGreaterThanOrEqual(lang === 'en' ? 1500 : 750);
    if (langs.length === 3) {
      expect(rows.length).toBeGreaterThanOrEqual(3000);
      expect(n('en') / rows.length).toBeGreaterThanOrEqual(0.4);
      expect(n('en') / rows.length).toBeLessThanOrEqual(0.6);
      for (const lang of ['fr', 'es']) {
        expect(n(lang) / rows.length, lang).toBeGreaterThanOrEqual(0.18);
        expect(n(lang) / rows.length, lang).toBeLessThanOrEqual(0.32);
      }
    }
  });

  it('covers every scenario of the pack and none in every language, with test and dev examples in each', () => {
    for (const lang of langs) {
      for (const scenario of SCENARIOS) {
        for (const split of ['train', 'dev', 'test']) {
          const n = count((r) => r.language === lang && r.scenario === scenario && r.split === split);
          expect(n, `${lang} ${scenario} ${split}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('has no real-looking email address and no phone number other than +00 ones', () => {
    const problems = rows.flatMap((r) => privacyProblems(r.text).map((p) => `${r.id}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('finds what it should: a real-looking address or phone number is a problem', () => {
    expect(privacyProblems('write to oss@iom.int or call +41 22 717 9111')).toHaveLength(3);
    expect(privacyProblems('a.b@example.org, +00 243 555 0101, on 2025-11-03 at 09:12')).toEqual([]);
    expect(privacyProblems('call 0812 345 678')).toHaveLength(1);
  });
});

describe('the corpus build', () => {
  let fresh: Map<string, string>;
  beforeAll(async () => {
    fresh = buildCorpus(await loadMaterials());
  });

  it('equals the committed files (run `npm run corpus` after editing the materials)', () => {
    expect([...fresh.keys()].sort()).toEqual([...files, 'README.md'].sort());
    for (const [name, content] of fresh) {
      expect(readFileSync(join(OUT_DIR, name), 'utf8') === content, `${name} differs from a fresh build`).toBe(true);
    }
  });

  it('is deterministic: two builds give the same bytes', async () => {
    const again = buildCorpus(await loadMaterials());
    expect([...again.entries()]).toEqual([...fresh.entries()]);
  });
});

describe('the split', () => {
  it('gives every stratum of three or more cores a train, a dev and a test core, whatever the hash says', () => {
    for (let k = 0; k < 40; k++) {
      const ids = [1, 2, 3].map((n) => `probe-${k}-${n}`);
      const splits = new Set(splitStratum(ids).values());
      expect(splits.size, ids.join(',')).toBe(3);
    }
  });

  it('gives each stratum its share of test and dev cores, whatever its size', () => {
    for (const n of [3, 7, 20, 28, 35, 60]) {
      const ids = Array.from({ length: n }, (_, k) => `probe-${n}-${k}`);
      const splits = [...splitStratum(ids).values()];
      const share = (s: string) => splits.filter((x) => x === s).length;
      for (const s of ['test', 'dev']) {
        expect(share(s), `${n} ${s}`).toBe(Math.max(1, Math.round(n * 0.15)));
      }
      expect(share('train'), `${n} train`).toBe(n - 2 * Math.max(1, Math.round(n * 0.15)));
    }
  });

  it('does not depend on the order the cores are listed in', () => {
    const ids = Array.from({ length: 30 }, (_, k) => `probe-order-${k}`);
    expect(splitStratum([...ids].reverse())).toEqual(splitStratum(ids));
  });
});
