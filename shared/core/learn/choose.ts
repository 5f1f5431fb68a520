// Chooses the hyper-parameters on the dev split (never the test split): the L2 penalty and the
// pruning together, each candidate pruned as it would ship (and trained a second time on the
// weights it keeps, fit.ts); the smallest within half a point of the best, so the model file
// stays small. Deterministic, like everything it calls.
import type { Pack } from '../pack/schema';
import type { RouterModel } from '../assist/model';
import type { CorpusEmail } from './corpus';
import { DEFAULT_FIT, featurize, fitModel, rawAccuracy, type FitOptions } from './fit';

export const L2_GRID = [5e-5, 1e-4];
export const SIZE_GRID = [120000, 80000, 40000];

export interface Chosen {
  model: RouterModel;
  options: FitOptions;
  dev: number | null;
  log: string[];
}

export function chooseAndFit(pack: Pack, emails: CorpusEmail[], base: Partial<FitOptions> = {}): Chosen {
  const trainSet = featurize(
    pack,
    emails.filter((e) => e.split === 'train'),
    true,
  );
  const devSet = featurize(
    pack,
    emails.filter((e) => e.split === 'dev'),
    true,
  );
  const log: string[] = [];
  const meta = (o: FitOptions, dev: number | null) => ({
    examples: trainSet.length,
    dev: dev === null ? null : Number(dev.toFixed(4)),
    epochs: o.epochs,
    l2: o.l2,
    rate: o.rate,
    maxWeights: o.maxWeights,
    refit: o.refit,
    urgentCost: o.urgentCost,
    features: 'word unigrams and bigrams, character 3-4-grams inside words, pack phrase scores',
  });
  let options: FitOptions = { ...DEFAULT_FIT, ...base };
  if (devSet.length === 0) {
    const model = fitModel(pack, trainSet, options, meta(options, null));
    return { model, options, dev: null, log: ['no dev split: default hyper-parameters'] };
  }
  // Every pair of the grids, each model pruned (and refitted) as it would ship: the best on dev,
  // and among those within half a point of it, the smallest.
  const tried: { l2: number; maxWeights: number; dev: number }[] = [];
  for (const l2 of L2_GRID) {
    for (const maxWeights of SIZE_GRID) {
      const dev = rawAccuracy(fitModel(pack, trainSet, { ...options, l2, maxWeights }, {}), devSet);
      log.push(`l2 ${l2}, ${maxWeights} weights: dev ${(dev * 100).toFixed(1)}%`);
      tried.push({ l2, maxWeights, dev });
    }
  }
  const top = Math.max(...tried.map((t) => t.dev));
  const chosen = tried
    .filter((t) => t.dev >= top - 0.005)
    .sort((a, b) => a.maxWeights - b.maxWeights || b.dev - a.dev)[0];
  if (!chosen) throw new Error('no hyper-parameters to choose from');
  options = { ...options, l2: chosen.l2, maxWeights: chosen.maxWeights };
  return { model: fitModel(pack, trainSet, options, meta(options, chosen.dev)), options, dev: chosen.dev, log };
}
