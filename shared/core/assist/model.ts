// The learned router's weights: a multinomial logistic regression over hashed features
// (features.ts), trained by `oss-assist train` (shared/core/learn/train.ts). Stored compactly:
// only the feature buckets that carry weight, each weight quantised to one signed byte.
// Decoding needs no library and no atob (classic Outlook's send-time runtime has neither).
import type { Feature } from './features';

export const MODEL_TYPE = 'router-model';
export const MODEL_FORMAT = 1;
/** The largest hash space a model may use: its dense index takes 4 bytes per bucket (16 MB here). */
export const MAX_BUCKETS = 2 ** 22;

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
  /**
   * Bucket → offset in `bytes` of its row, -1 where the bucket carries no weight. Dense (4 bytes
   * per bucket of the hash space): a lookup per feature is an array read, not a hash-map probe.
   * A row is read where it is stored (class mask, then one byte per class in it): decoding only
   * indexes the rows, so a popup or a command that routes one email does not expand them all.
   */
  index: Int32Array;
  bytes: Uint8Array;
  /** Weight = stored byte × scale, rounded to single precision (as the model was saved). */
  scale: number;
  /** How many weights the model stores. */
  stored: number;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Each base64 letter's value, by char code; 255 for anything else (skipped, as whitespace is). */
const VALUE = new Uint8Array(128).fill(255);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

export function decodeBase64(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? (VALUE[code] as number) : 255;
    if (v === 255) continue;
    acc = ((acc << 6) | v) & 0xffffff;
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

// Decoded once per model object: the CLI checks the model and then routes with it, and the
// views make an assistant per pack, all from the same model.
const decoded = new WeakMap<RouterModel, Weights>();

/**
 * The stored bytes. The runtime's own base64 reader where there is one (browsers, Node: several
 * times faster on a 200 KB model, which is read as a popup opens); ours where there is none
 * (classic Outlook's send-time runtime). Both skip nothing but whitespace in a well-formed file;
 * a malformed one fails the checks below either way.
 */
function weightBytes(text: string): Uint8Array {
  // `typeof` of a name no runtime declares is 'undefined', never a ReferenceError; `globalThis`
  // itself is ES2020, newer than the send-time runtime.
  const native = typeof atob === 'function' ? atob : undefined;
  if (typeof native === 'function') {
    try {
      const binary = native(text);
      const out = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
      return out;
    } catch {
      // Not strict base64 (a line break, a stray letter): our reader skips what is not base64.
    }
  }
  return decodeBase64(text);
}

/** Classes a model may route to: a row's class mask is read as a 31-bit integer. */
export const MAX_CLASSES = 31;

/** Where the last varint() read ended: one number reused, so a read makes no object. */
let after = 0;

/** The varint at `pos` (7 bits a byte, low first); throws past `end` or beyond 35 bits. */
function varint(bytes: Uint8Array, pos: number, end: number): number {
  let v = 0;
  for (let factor = 1; ; factor *= 128) {
    if (pos >= end) throw new Error('weights end early');
    if (factor > 2 ** 35) throw new Error('bad varint');
    const b = bytes[pos++] as number;
    v += (b & 0x7f) * factor;
    if (b < 0x80) break;
  }
  after = pos;
  return v;
}

/** The classes set in a row's mask: one stored byte each. */
function popcount(mask: number): number {
  let n = mask - ((mask >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** A stored byte as the weight it stands for, rounded to single precision as the trainer saved it. */
const weightOf = (q: number, scale: number) => Math.fround((q > 127 ? q - 256 : q) * scale);

/** The lowest class set in a mask. */
const lowestClass = (m: number) => 31 - Math.clz32(m & -m);

/** Reads the weights; throws on a truncated or inconsistent file (check-pack says which). */
export function decodeWeights(model: RouterModel): Weights {
  const known = decoded.get(model);
  if (known) return known;
  if (!(model.buckets >= 1 && model.buckets <= MAX_BUCKETS)) throw new Error(`hash space over ${MAX_BUCKETS}`);
  const classes = model.classes.length;
  if (classes > MAX_CLASSES) throw new Error(`more than ${MAX_CLASSES} classes`);
  const bytes = weightBytes(model.weights);
  const index = new Int32Array(model.buckets).fill(-1);
  let stored = 0;
  let bucket = -1;
  // Per stored bucket: the gap to the previous one, its row (the class mask, then one byte per class).
  for (let pos = 0; pos < bytes.length;) {
    bucket += varint(bytes, pos, bytes.length) + 1;
    const row = after;
    const mask = varint(bytes, row, bytes.length);
    if (bucket >= model.buckets) throw new Error(`bucket ${bucket} outside the hash space`);
    if (mask >= 2 ** classes || mask === 0) throw new Error(`bad class mask at bucket ${bucket}`);
    const n = popcount(mask);
    if (after + n > bytes.length) throw new Error('weights end early');
    index[bucket] = row;
    pos = after + n;
    stored += n;
  }
  const weights = { classes, bias: model.bias.slice(), index, bytes, scale: model.scale, stored };
  decoded.set(model, weights);
  return weights;
}

/** Raw class scores (logits) for these features. */
export function logits(w: Weights, features: Feature[]): number[] {
  const { index, bytes, scale } = w;
  // A typed array of doubles: the same sums as a plain array, without boxing each one.
  const out = Float64Array.from(w.bias);
  for (let k = 0; k < features.length; k++) {
    const f = features[k] as Feature;
    const row = f.bucket < index.length ? (index[f.bucket] as number) : -1;
    if (row < 0) continue;
    const mask = varint(bytes, row, bytes.length);
    let at = after;
    for (let m = mask; m !== 0; m &= m - 1) {
      const c = lowestClass(m);
      out[c] = (out[c] as number) + f.value * weightOf(bytes[at++] as number, scale);
    }
  }
  return Array.from(out);
}

export function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/** How much one feature pushes class `c` above the average class (for the explanation). */
export function push(w: Weights, f: Feature, c: number): number {
  const row = w.index[f.bucket] ?? -1;
  if (row < 0) return 0;
  const mask = varint(w.bytes, row, w.bytes.length);
  let at = after;
  let mean = 0;
  let own = 0;
  for (let m = mask; m !== 0; m &= m - 1) {
    const weight = weightOf(w.bytes[at++] as number, w.scale);
    mean += weight;
    if (lowestClass(m) === c) own = weight;
  }
  mean /= w.classes;
  return f.value * (own - mean);
}
