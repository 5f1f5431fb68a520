// The train / dev / test split is decided per CORE, never per email: every email built from one
// core lands in the same split, so near-duplicates never straddle train and test.
import { unitHash } from './random.ts';

export type Split = 'train' | 'dev' | 'test';

export const SPLIT_SEED = 'oss-assist-corpus-split-v1';
export const TEST_SHARE = 0.15;
export const DEV_SHARE = 0.15;

const rank = (id: string) => unitHash(`${SPLIT_SEED}:${id}`);

/**
 * Splits for the cores of one stratum (language × scenario), in fixed proportions: the cores are
 * ordered by a hash of the seed and their id, the first 15% (at least one) go to test, the next 15%
 * (at least one) to dev, the rest to train. A plain per-core hash left some strata with a single test
 * core (6 emails to measure a scenario's recall in a language); proportions per stratum measure every
 * scenario of every language on its share. Deterministic; strata under three cores all train.
 */
export function splitStratum(coreIds: readonly string[]): Map<string, Split> {
  const byHash = [...coreIds].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  const n = byHash.length;
  const test = n < 3 ? 0 : Math.max(1, Math.round(n * TEST_SHARE));
  const dev = n < 3 ? 0 : Math.max(1, Math.round(n * DEV_SHARE));
  return new Map(byHash.map((id, i) => [id, i < test ? 'test' : i < test + dev ? 'dev' : 'train'] as const));
}
