// Chooses the hyper-parameters on the dev split (never the test split): the L2 penalty by dev
// accuracy, then the strongest pruning whose dev accuracy stays within half a point, so the
// model file stays small (each pruned model is trained a second time on the weights it keeps,
// fit.ts). Deterministic, like everything it calls.
import type { Pack } from '../pack/schema';
import type { RouterModel } from '../assist/model';
import type { CorpusEmail } from './corpus';
import { DEFAULT_FIT, featurize, fitModel, rawAccuracy, type FitOptions } from './fit';

export const L2_GRID = [5e-5, 1e-4, 2.5e-4];
export const SIZE_GRID = [60000, 40000];

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
  let best = { l2: options.l2, dev: -1 };
  for (const l2 of L2_GRID) {
    const dev = rawAccuracy(fitModel(pack, trainSet, { ...options, l2, maxWeights: Infinity }, {}), devSet);
    log.push(`l2 ${l2}: dev ${(dev * 100).toFixed(1)}%`);
    if (dev > best.dev) best = { l2, dev };
  }
  options = { ...options, l2: best.l2 };
  // The smallest model within half a point of the unpruned one on dev, else the largest tried.
  let chosen: { maxWeights: number; dev: number } | null = null;
  for (const maxWeights of SIZE_GRID) {
    const dev = rawAccuracy(fitModel(pack, trainSet, { ...options, maxWeights }, {}), devSet);
    log.push(`${maxWeights} weights: dev ${(dev * 100).toFixed(1)}%`);
    chosen ??= { maxWeights, dev };
    if (dev >= best.dev - 0.005) chosen = { maxWeights, dev };
  }
  if (!chosen) throw new Error('no model size to choose from');
  options = { ...options, maxWeights: chosen.maxWeights };
  return { model: fitModel(pack, trainSet, options, meta(options, chosen.dev)), options, dev: chosen.dev, log };
}
