// Deterministic randomness for the corpus: the same seed and key always give the same draws, so
// `npm run corpus` rebuilds byte-identical files and adding one core does not reshuffle the others.
import { seeded } from '../../shared/core/learn/seeded.ts';

/**
 * FNV-1a 32-bit hash of a string with murmur3's final mix (stable across platforms and Node versions).
 * The final mix matters: plain FNV-1a leaves the high bits of 'x-001', 'x-002', … correlated, which
 * put whole scenarios in one split.
 */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A number in [0, 1) from a string: used for the split and per-core choices. */
export function unitHash(text: string): number {
  return hash32(text) / 0x1_0000_0000;
}

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/** A seeded draw per core id (the project's one PRNG, learn/seeded.ts), good enough to vary wrappers. */
export function createRng(seed: string): Rng {
  const next = seeded(hash32(seed));
  return {
    next,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
  };
}
