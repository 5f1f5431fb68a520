// Spanish corpus materials, as field staff in Colombia, Venezuela's border, Central America, Mexico
// and Panama write them. The texts live in ./es/, one file per scenario; here they get their ids.
// Ids are position-based: append new texts at the END of a list so existing ids (and splits) stay.
import { AIR } from './es/air.ts';
import { DISCREPANCY } from './es/discrepancy.ts';
import { GENERAL } from './es/general.ts';
import { HOSTAGE } from './es/hostage.ts';
import type { Item } from './es/item.ts';
import { NEGATIVES } from './es/negatives.ts';
import { MOU } from './es/mou.ts';
import * as more from './es/more.ts';
import * as r3 from './es/round3.ts';
import { NEW_OPERATIONS } from './es/new-operations.ts';
import { PROCUREMENT } from './es/procurement.ts';
import { REFUSED } from './es/refused.ts';
import { SUBJECTS } from './es/subjects.ts';
import { SURGE } from './es/surge.ts';
import { TRAINING } from './es/training.ts';
import {
  DISCLAIMERS,
  FORWARD_INTROS,
  FORWARD_NOTES,
  GREETINGS,
  QUOTED_HISTORY,
  REPLY_INTROS,
  SIGNATURES,
} from './es/wrappers.ts';
import { cores as numbered, negatives as numberedNegatives } from './helpers.ts';
import type { Materials, Negative } from './types.ts';

/** Spanish ids: 'es-hostage-001', …, numbered by the helpers every language uses. */
const cores = (prefix: string, items: readonly Item[]) => numbered(`es-${prefix}`, items);

const negatives: Negative[] = [
  ...NEGATIVES,
  ...more.NEGATIVES_MORE,
  ...r3.NEGATIVES_R3,
  ...r3.NEGATIVES_R3B,
  ...r3.NEGATIVES_R3C,
].flatMap((group) => numberedNegatives(`es-neg-${group.slug}`, group.why, group.items));

export const MATERIALS: Materials = {
  lang: 'es',
  scenarios: {
    'hostage-incident': cores('hostage', [...HOSTAGE, ...more.HOSTAGE_MORE, ...r3.HOSTAGE_R3, ...r3.HOSTAGE_R3B]),
    'service-refused': cores('refused', [...REFUSED, ...more.REFUSED_MORE, ...r3.REFUSED_R3]),
    'policy-discrepancy': cores('discrepancy', [...DISCREPANCY, ...more.DISCREPANCY_MORE, ...r3.DISCREPANCY_R3]),
    'new-operations': cores('newops', [...NEW_OPERATIONS, ...more.NEW_OPS_MORE]),
    'surge-support': cores('surge', [...SURGE, ...more.SURGE_MORE]),
    'mou-question': cores('mou', [...MOU, ...more.MOU_MORE, ...r3.MOU_R3]),
    'air-safety': cores('air', [...AIR, ...more.AIR_MORE, ...r3.AIR_R3]),
    'procurement-finance': cores('procurement', [...PROCUREMENT, ...more.PROCUREMENT_MORE, ...r3.PROCUREMENT_R3]),
    'policy-or-training': cores('training', [...TRAINING, ...more.TRAINING_MORE, ...r3.TRAINING_R3]),
    'general-inquiry': cores('general', [...GENERAL, ...more.GENERAL_MORE, ...r3.GENERAL_R3, ...r3.GENERAL_R3B]),
  },
  negatives,
  subjects: SUBJECTS,
  greetings: GREETINGS,
  signatures: SIGNATURES,
  disclaimers: DISCLAIMERS,
  forwardIntros: FORWARD_INTROS,
  forwardNotes: FORWARD_NOTES,
  quotedHistory: QUOTED_HISTORY,
  replyIntros: REPLY_INTROS,
};
