// The learned router: deterministic training, a model file that decodes to what was trained,
// and check-pack's checks of a model.
import { describe, expect, it, vi } from 'vitest';
import { defaultPack } from '../../../shared/core/index';
import { parseCorpus } from '../../../shared/core/learn/corpus';
import { classesOf, featurize, fitModel, rawAccuracy, DEFAULT_FIT } from '../../../shared/core/learn/fit';
import {
  decodeBase64,
  decodeWeights,
  encodeBase64,
  logits,
  push,
  softmax,
  type RouterModel,
} from '../../../shared/core/assist/model';
import { checkModel } from '../../../shared/core/pack/check-model';
import { createRouter } from '../../../shared/core/assist/router';
import { DEFAULT_MODEL } from '../../../shared/core/assist/default-model';
import { seeded, shuffled, train } from '../../../shared/core/learn/train';
import { ROUTER_CORPUS, asJsonl } from '../../fixtures/router-corpus';

const pack = defaultPack();
const classes = classesOf(pack);
const parsed = parseCorpus(asJsonl(ROUTER_CORPUS), classes);
if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
const trainSet = featurize(
  pack,
  parsed.emails.filter((e) => e.split === 'train'),
  true,
);
const options = { ...DEFAULT_FIT, epochs: 4, maxWeights: 5000 };

describe('training', { timeout: 120_000 }, () => {
  it('gives the same model file, byte for byte, for the same corpus', () => {
    // Break: Math.random() in shuffled(), or Date.now() in the model's metadata, fails this.
    const a = JSON.stringify(fitModel(pack, trainSet, options, {}));
    const b = JSON.stringify(
      fitModel(
        pack,
        featurize(
          pack,
          parsed.emails.filter((e) => e.split === 'train'),
          true,
        ),
        options,
        {},
      ),
    );
    expect(a).toBe(b);
  });

  it('learns its training set (the model is really fitted, not a constant)', () => {
    const model = fitModel(pack, trainSet, { ...options, epochs: 8, maxWeights: Infinity }, {});
    expect(rawAccuracy(model, trainSet)).toBeGreaterThan(0.9);
  });

  it('keeps at most maxWeights weights (pruning bounds the file)', () => {
    const small = fitModel(pack, trainSet, { ...options, maxWeights: 200 }, {});
    const w = decodeWeights(small);
    expect(w.stored).toBeGreaterThan(0);
    expect(w.stored).toBeLessThanOrEqual(200);
  });

  it('retrains a pruned model on the weights it keeps, so they do the work of those it drops', () => {
    // Break: skip the second train() in fitModel (refit) and both models are the same.
    const once = fitModel(pack, trainSet, { ...options, maxWeights: 300, refit: false }, {});
    const twice = fitModel(pack, trainSet, { ...options, maxWeights: 300, refit: true }, {});
    expect(rawAccuracy(twice, trainSet)).toBeGreaterThan(rawAccuracy(once, trainSet));
  });

  it('moves only the weights in `keep`', () => {
    // Break: drop the `keep[k] === 0` check in train() and weights outside the mask move.
    const keep = new Uint8Array(1000 * classes.length).fill(0);
    for (let k = 0; k < keep.length; k += 3) keep[k] = 1;
    const few = trainSet.map((ex) => ({
      ...ex,
      features: ex.features.map((f) => ({ ...f, bucket: f.bucket % 1000 })),
    }));
    const t = train(few, { classes: classes.length, buckets: 1000, epochs: 2, l2: 1e-4, rate: 0.2, seed: 1, keep });
    expect(t.weights.some((w, k) => keep[k] === 1 && w !== 0)).toBe(true);
    expect(t.weights.every((w, k) => keep[k] === 1 || w === 0)).toBe(true);
  });

  it('weighs an urgent example more when urgentCost says so', () => {
    // Break: ignore classWeights in train() and the two models give the urgent class the same probability.
    const urgent = classes.indexOf('hostage-incident');
    const meanUrgent = (cost: number) => {
      const w = decodeWeights(fitModel(pack, trainSet, { ...options, maxWeights: Infinity, urgentCost: cost }, {}));
      const others = trainSet.filter((ex) => ex.label !== urgent);
      return others.reduce((sum, ex) => sum + (softmax(logits(w, ex.features))[urgent] as number), 0) / others.length;
    };
    expect(meanUrgent(4)).toBeGreaterThan(meanUrgent(1));
  });

  it('shuffles with a seed: same seed, same order; another seed, another order', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(shuffled(items, seeded(7))).toEqual(shuffled(items, seeded(7)));
    expect(shuffled(items, seeded(7))).not.toEqual(shuffled(items, seeded(8)));
  });

  it('refuses a corpus line with an unknown scenario or a bad split, naming the line', () => {
    const bad = parseCorpus(
      '{"text":"x","scenario":"kidnap"}\n{"text":"y","scenario":"none","split":"later"}',
      classes,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems).toEqual([expect.stringContaining(':1'), expect.stringContaining(':2')]);
  });
});

describe('the model file', () => {
  it('round-trips base64 without atob (classic Outlook has none)', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256);
    expect(Array.from(decodeBase64(encodeBase64(bytes)))).toEqual(Array.from(bytes));
  });

  it('decodes to the same weights with the runtime atob and without it', () => {
    const withAtob = decodeWeights({ ...DEFAULT_MODEL });
    vi.stubGlobal('atob', undefined);
    try {
      const without = decodeWeights({ ...DEFAULT_MODEL });
      expect(without.index).toEqual(withAtob.index);
      expect(without.bytes).toEqual(withAtob.bytes);
      // A line break in the file is not strict base64 for atob; our reader skips it.
      vi.unstubAllGlobals();
      const wrapped = { ...DEFAULT_MODEL, weights: DEFAULT_MODEL.weights.replace(/(.{76})/g, '$1\n') };
      expect(decodeWeights(wrapped).bytes).toEqual(withAtob.bytes);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('scores and explains from the stored rows exactly as from every row written out in full', () => {
    // The plain reading of the file: each stored bucket's row of weights, all classes, zeros included.
    const bytes = decodeBase64(DEFAULT_MODEL.weights);
    const n = DEFAULT_MODEL.classes.length;
    const rows = new Map<number, Float32Array>();
    let pos = 0;
    let bucket = -1;
    const varint = () => {
      let v = 0;
      for (let shift = 0; ; shift += 7) {
        const b = bytes[pos++]!;
        v += (b & 0x7f) * 2 ** shift;
        if (b < 0x80) return v;
      }
    };
    while (pos < bytes.length) {
      bucket += varint() + 1;
      const mask = varint();
      const row = new Float32Array(n);
      for (let c = 0; c < n; c++) if (mask & (1 << c)) row[c] = ((bytes[pos++]! << 24) >> 24) * DEFAULT_MODEL.scale;
      rows.set(bucket, row);
    }
    const w = decodeWeights(DEFAULT_MODEL);
    expect(w.stored).toBe([...rows.values()].reduce((sum, r) => sum + r.filter((x) => x !== 0).length, 0));
    const router = createRouter(pack, DEFAULT_MODEL);
    for (const email of parsed.emails.slice(0, 60)) {
      const { features } = router.features(email.text);
      const plain = DEFAULT_MODEL.bias.slice();
      for (const f of features) {
        const row = rows.get(f.bucket);
        if (row) for (let c = 0; c < n; c++) plain[c] = plain[c]! + f.value * row[c]!;
      }
      expect(logits(w, features)).toEqual(plain);
      for (const f of features.slice(0, 40)) {
        const row = rows.get(f.bucket) ?? new Float32Array(n);
        const mean = row.reduce((a, b) => a + b, 0) / n;
        for (const c of [0, n - 1]) expect(push(w, f, c)).toBeCloseTo(f.value * (row[c]! - mean), 12);
      }
    }
  });

  it('ships a model that fits the default pack', () => {
    expect(checkModel(DEFAULT_MODEL, pack)).toMatchObject({ ok: true });
    expect(DEFAULT_MODEL.classes).toEqual(classes);
  });

  it('is refused when its classes are not the pack scenarios, its bias is not finite, or its weights are cut short', () => {
    const broken = (patch: Partial<RouterModel>) => checkModel({ ...DEFAULT_MODEL, ...patch }, pack);
    expect(broken({ classes: classes.slice(1) })).toMatchObject({
      ok: false,
      error: [expect.objectContaining({ path: '$.classes' })],
    });
    const bias = [...DEFAULT_MODEL.bias];
    bias[0] = Number.NaN;
    expect(broken({ bias })).toMatchObject({ ok: false, error: [expect.objectContaining({ path: '$.bias' })] });
    // Cut inside the last row: the decoder must notice rather than read past the end.
    const whole = decodeBase64(DEFAULT_MODEL.weights);
    const cut = encodeBase64(whole.subarray(0, whole.length - 1));
    expect(broken({ weights: cut })).toMatchObject({
      ok: false,
      error: [expect.objectContaining({ path: '$.weights' })],
    });
    // The decoder's index is dense (4 bytes a bucket): a hash space of 2^30 would ask for 4 GB.
    expect(broken({ buckets: 2 ** 30 })).toMatchObject({
      ok: false,
      error: [expect.objectContaining({ path: '$.buckets', message: expect.stringContaining('at most') })],
    });
    expect(() => decodeWeights({ ...DEFAULT_MODEL, buckets: 2 ** 30 })).toThrow(/hash space/);
    // A row's class mask is read as a 31-bit integer: more classes than that are refused, not misread.
    const many = Array.from({ length: 32 }, (_, i) => `class-${i}`);
    expect(() => decodeWeights({ ...DEFAULT_MODEL, classes: many })).toThrow(/classes/);
  });
});
