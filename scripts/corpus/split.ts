// The train / dev / test split is decided per CORE, never per email: every email built from one
// core lands in the same split, so near-duplicates never straddle train and test.
import { unitHash } from './random.ts';

export type Split = 'train' | 'dev' | 'test';

export const SPLIT_SEED = 'oss-assist-corpus-split-v1';

/** 70 / 15 / 15 by a hash of the seed and the core id: stable when cores are added or removed. */
export function splitOf(coreId: string): Split {
  const u = unitHash(`${SPLIT_SEED}:${coreId}`);
  return u < 0.15 ? 'test' : u < 0.3 ? 'dev' : 'train';
}

/**
 * Splits for the cores of one stratum (language × scenario). The hash decides; if it left the stratum
 * without a test, dev or train core, the core with the lowest hash among a split that has more than one
 * (train first) moves there, so every scenario of every language can be trained and measured.
 * Deterministic, and only touches strata the hash left lopsided.
 */
export function splitStratum(coreIds: readonly string[]): Map<string, Split> {
  const splits = new Map(coreIds.map((id) => [id, splitOf(id)] as const));
  if (coreIds.length < 3) return splits;
  const byHash = [...coreIds].sort((a, b) => unitHash(`${SPLIT_SEED}:${a}`) - unitHash(`${SPLIT_SEED}:${b}`));
  const size = (split: Split) => [...splits.values()].filter((s) => s === split).length;
  for (const wanted of ['test', 'dev', 'train'] as const) {
    if (size(wanted) > 0) continue;
    for (const from of ['train', 'dev', 'test'] as const) {
      const moved = size(from) > 1 ? byHash.find((id) => splits.get(id) === from) : undefined;
      if (moved) {
        splits.set(moved, wanted);
        break;
      }
    }
  }
  return splits;
}
