// From a labelled corpus to the router's model file: features exactly as the router reads them
// (trimThread, then router.features), hyper-parameters chosen on the dev split, then the final
// model trained on the train split. The test split is never read here.
import type { Pack } from '../pack/schema';
import { trimThread } from '../text/thread';
import { BUCKETS, type Feature } from '../assist/features';
import { createRouter } from '../assist/router';
import { decodeWeights, logits, type RouterModel } from '../assist/model';
import { largest, packModel, train, type Example } from './train';
import type { CorpusEmail } from './corpus';

export const SEED = 20251119;

export interface FitOptions {
  epochs: number;
  l2: number;
  rate: number;
  /** How many weights the model keeps (the largest): the size/accuracy trade-off. */
  maxWeights: number;
  phrases: boolean;
  /** Train a second time on the kept weights only (see train.ts `largest`). */
  refit: boolean;
  /** How much more a missed urgent example costs in training than another error (1 = the same). */
  urgentCost: number;
}

export const DEFAULT_FIT: FitOptions = {
  epochs: 12,
  l2: 1e-6,
  rate: 0.2,
  maxWeights: 30000,
  phrases: true,
  refit: true,
  // A missed abduction costs more than another error; a false alarm is a defect too. Chosen on the
  // dev split (1, 1.5, 2): the fewest urgent-route errors, missed and false alarms counted alike.
  urgentCost: 1.5,
};

export const classesOf = (pack: Pack) => [...pack.scenarios.map((s) => s.id), 'none'];

export function featurize(pack: Pack, emails: CorpusEmail[], phrases: boolean): Example[] {
  const router = createRouter(pack, null);
  const classes = classesOf(pack);
  return emails.map((e) => {
    const { features } = router.features(trimThread(e.text).text);
    return {
      features: phrases ? features : features.filter((f: Feature) => f.from.length > 0),
      label: classes.indexOf(e.scenario),
    };
  });
}

export function fitModel(
  pack: Pack,
  trainSet: Example[],
  o: FitOptions,
  trained: Record<string, unknown>,
): RouterModel {
  const classWeights = [...pack.scenarios.map((s) => (s.urgency === 'urgent' ? o.urgentCost : 1)), 1];
  const options = {
    classes: classesOf(pack).length,
    buckets: BUCKETS,
    epochs: o.epochs,
    l2: o.l2,
    rate: o.rate,
    seed: SEED,
    classWeights,
  };
  let t = train(trainSet, options);
  if (o.refit && Number.isFinite(o.maxWeights)) t = train(trainSet, { ...options, keep: largest(t, o.maxWeights) });
  return packModel(t, {
    pack: pack.id,
    classes: classesOf(pack),
    buckets: BUCKETS,
    maxWeights: o.maxWeights,
    phrases: o.phrases,
    trained,
  });
}

/** Share of examples whose likeliest class is their label (the model alone, before the safety rules). */
export function rawAccuracy(model: RouterModel, examples: Example[]): number {
  const w = decodeWeights(model);
  let right = 0;
  for (const ex of examples) {
    const z = logits(w, ex.features);
    let best = 0;
    for (let c = 1; c < z.length; c++) if ((z[c] as number) > (z[best] as number)) best = c;
    if (best === ex.label) right++;
  }
  return examples.length ? right / examples.length : 1;
}
