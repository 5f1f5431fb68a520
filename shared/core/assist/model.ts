// The learned router's weights: a multinomial logistic regression over hashed features
// (features.ts), trained by `oss-assist train` (shared/core/learn/train.ts). Stored compactly:
// only the feature buckets that carry weight, each weight quantised to one signed byte.
// Decoding needs no library and no atob (classic Outlook's send-time runtime has neither).
import type { Feature } from './features';

export const MODEL_TYPE = 'router-model';
export const MODEL_FORMAT = 1;

export interface RouterModel {
  type: typeof MODEL_TYPE;
  format: typeof MODEL_FORMAT;
  /** The pack whose scenarios it routes to. */
  pack: string;
  /** The pack's scenario ids, then "none". */
  classes: string[];
  /** Size of the feature hash space (features.ts BUCKETS). */
  buckets: number;
  /** Weight = stored byte × scale. */
  scale: number;
  bias: number[];
  /** Whether the pack's phrases are features too ("p <scenario>"). */
  phrases: boolean;
  /** Base64: per stored bucket, varint gap from the previous, a class bit mask (varint), one int8 per set bit. */
  weights: string;
  /** How it was made (for people; never read by the router). */
  trained?: Record<string, unknown>;
}

export interface Weights {
  classes: number;
  bias: number[];
  /** Bucket → offset of its row in `rows`. */
  index: Map<number, number>;
  rows: Float32Array;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let n = 0;
  for (let i = 0; i < clean.length; i++) {
    acc = (acc << 6) | ALPHABET.indexOf(clean.charAt(i));
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET.charAt((n >> 18) & 63) + ALPHABET.charAt((n >> 12) & 63);
    out += b === undefined ? '=' : ALPHABET.charAt((n >> 6) & 63);
    out += c === undefined ? '=' : ALPHABET.charAt(n & 63);
  }
  return out;
}

/** Reads the weights; throws on a truncated or inconsistent file (check-pack says which). */
export function decodeWeights(model: RouterModel): Weights {
  const bytes = decodeBase64(model.weights);
  const classes = model.classes.length;
  const index = new Map<number, number>();
  const values: number[] = [];
  let pos = 0;
  const varint = (): number => {
    let v = 0;
    let shift = 0;
    for (;;) {
      if (pos >= bytes.length) throw new Error('weights end early');
      const b = bytes[pos++] as number;
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return v;
      shift += 7;
      if (shift > 35) throw new Error('bad varint');
    }
  };
  let bucket = -1;
  while (pos < bytes.length) {
    bucket += varint() + 1;
    if (bucket >= model.buckets) throw new Error(`bucket ${bucket} outside the hash space`);
    const mask = varint();
    if (mask >= 2 ** classes || mask === 0) throw new Error(`bad class mask at bucket ${bucket}`);
    index.set(bucket, values.length);
    for (let c = 0; c < classes; c++) {
      if (mask & (1 << c)) {
        if (pos >= bytes.length) throw new Error('weights end early');
        const b = bytes[pos++] as number;
        values.push((b > 127 ? b - 256 : b) * model.scale);
      } else values.push(0);
    }
  }
  return { classes, bias: model.bias.slice(), index, rows: Float32Array.from(values) };
}

/** Raw class scores (logits) for these features. */
export function logits(w: Weights, features: Feature[]): number[] {
  const out = w.bias.slice();
  for (const f of features) {
    const at = w.index.get(f.bucket);
    if (at === undefined) continue;
    for (let c = 0; c < w.classes; c++) out[c] = (out[c] as number) + f.value * (w.rows[at + c] as number);
  }
  return out;
}

export function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/** How much one feature pushes class `c` above the average class (for the explanation). */
export function push(w: Weights, f: Feature, c: number): number {
  const at = w.index.get(f.bucket);
  if (at === undefined) return 0;
  let mean = 0;
  for (let k = 0; k < w.classes; k++) mean += w.rows[at + k] as number;
  mean /= w.classes;
  return f.value * ((w.rows[at + c] as number) - mean);
}
