// Trains the router's multinomial logistic regression (AdaGrad, L2), deterministically: the
// examples are visited in an order drawn from a fixed seed, no clock and no Math.random, so the
// same corpus gives the same weights and the same model file, byte for byte.
import type { Feature } from '../assist/features';
import { encodeBase64, MODEL_FORMAT, MODEL_TYPE, type RouterModel } from '../assist/model';

export interface Example {
  features: Feature[];
  label: number;
}

export interface TrainOptions {
  classes: number;
  buckets: number;
  epochs: number;
  /** L2 penalty per update. */
  l2: number;
  /** AdaGrad step size. */
  rate: number;
  seed: number;
  /** Only these weights (1 per bucket × class) may move: a second pass over a pruned model's support. */
  keep?: Uint8Array;
  /** Per class, how much an error on an example of that class counts (default 1 each). */
  classWeights?: number[];
}

export interface Trained {
  weights: Float32Array;
  bias: Float64Array;
}

export { seeded } from './seeded';
import { seeded } from './seeded';

export function shuffled<T>(items: T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export function train(examples: Example[], o: TrainOptions): Trained {
  const C = o.classes;
  const W = new Float32Array(o.buckets * C);
  const G = new Float32Array(o.buckets * C);
  const bias = new Float64Array(C);
  const biasG = new Float64Array(C);
  const random = seeded(o.seed);
  const z = new Float64Array(C);
  const keep = o.keep;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const ex of shuffled(examples, random)) {
      for (let c = 0; c < C; c++) z[c] = bias[c] as number;
      for (const f of ex.features) {
        const row = f.bucket * C;
        for (let c = 0; c < C; c++) z[c] = (z[c] as number) + f.value * (W[row + c] as number);
      }
      let max = -Infinity;
      for (let c = 0; c < C; c++) max = Math.max(max, z[c] as number);
      let sum = 0;
      for (let c = 0; c < C; c++) {
        z[c] = Math.exp((z[c] as number) - max);
        sum += z[c] as number;
      }
      const cost = o.classWeights?.[ex.label] ?? 1;
      for (let c = 0; c < C; c++) z[c] = cost * ((z[c] as number) / sum - (c === ex.label ? 1 : 0));
      for (let c = 0; c < C; c++) {
        const g = z[c] as number;
        biasG[c] = (biasG[c] as number) + g * g;
        bias[c] = (bias[c] as number) - (o.rate * g) / (Math.sqrt(biasG[c] as number) + 1e-8);
      }
      for (const f of ex.features) {
        const row = f.bucket * C;
        for (let c = 0; c < C; c++) {
          const k = row + c;
          if (keep && keep[k] === 0) continue;
          const g = (z[c] as number) * f.value + o.l2 * (W[k] as number);
          if (g === 0) continue;
          G[k] = (G[k] as number) + g * g;
          W[k] = (W[k] as number) - (o.rate * g) / (Math.sqrt(G[k] as number) + 1e-8);
        }
      }
    }
  }
  return { weights: W, bias };
}

/**
 * The `maxWeights` largest weights of a trained model, as a mask: the support a second pass trains
 * on, so the weights a pruned model keeps learn to do the work of those it drops.
 */
export function largest(t: Trained, maxWeights: number): Uint8Array {
  const keep = new Uint8Array(t.weights.length);
  const magnitudes = Float32Array.from(t.weights, Math.abs).sort().reverse();
  const floor = magnitudes[Math.min(maxWeights, magnitudes.length - 1)] ?? 0;
  for (let k = 0; k < t.weights.length; k++) if (Math.abs(t.weights[k] as number) > floor) keep[k] = 1;
  return keep;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/**
 * The model file: the `maxWeights` largest weights kept (the rest pruned to zero), quantised to
 * one signed byte (scale = largest |weight| / 127); only the buckets left are stored.
 */
export function packModel(
  t: Trained,
  o: {
    pack: string;
    classes: string[];
    buckets: number;
    maxWeights: number;
    phrases: boolean;
    trained: Record<string, unknown>;
  },
): RouterModel {
  const C = o.classes.length;
  let maxAbs = 0;
  for (const w of t.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = round(maxAbs / 127 || 1, 8);
  const nonzero: number[] = [];
  for (const w of t.weights) if (w !== 0) nonzero.push(Math.abs(w));
  const magnitudes = Float32Array.from(nonzero).sort().reverse();
  const floor = Math.max(scale / 2, magnitudes[Math.min(o.maxWeights, magnitudes.length - 1)] ?? 0);
  const bytes: number[] = [];
  const varint = (v: number) => {
    let x = v;
    while (x >= 0x80) {
      bytes.push((x & 0x7f) | 0x80);
      x = Math.floor(x / 128);
    }
    bytes.push(x);
  };
  let previous = -1;
  for (let b = 0; b < o.buckets; b++) {
    let mask = 0;
    const qs: number[] = [];
    for (let c = 0; c < C; c++) {
      const w = t.weights[b * C + c] as number;
      const q = Math.round(w / scale);
      if (Math.abs(w) > floor && q !== 0) {
        mask |= 1 << c;
        qs.push(q);
      }
    }
    if (mask === 0) continue;
    varint(b - previous - 1);
    varint(mask);
    for (const q of qs) bytes.push(q < 0 ? q + 256 : q);
    previous = b;
  }
  return {
    type: MODEL_TYPE,
    format: MODEL_FORMAT,
    pack: o.pack,
    classes: o.classes,
    buckets: o.buckets,
    scale,
    bias: Array.from(t.bias, (x) => round(x, 4)),
    phrases: o.phrases,
    weights: encodeBase64(Uint8Array.from(bytes)),
    trained: o.trained,
  };
}
