// English corpus materials: the cores live in ./en/ by scenario; wrappers in ./en/wrappers.ts.
import { AIR_SAFETY } from './en/air-safety.ts';
import { GENERAL } from './en/general.ts';
import { HOSTAGE } from './en/hostage.ts';
import { MOU } from './en/mou.ts';
import { ALL_CLEAR, DEPENDANTS, GENERAL_MORE, HOSTAGE_MORE, OTHERS_TAKEN, TRAINING_MORE } from './en/more.ts';
import { NEW_OPERATIONS } from './en/new-operations.ts';
import { BENEFICIARIES, HIJACKED_ACCOUNTS, IDIOMS, MEDIA, NEGATED, TOWING } from './en/negatives-a.ts';
import { MORE_BENEFICIARIES, MORE_NEGATED, NEAR_MISSES, OTHER_SENSES } from './en/negatives-c.ts';
import { ADDRESSEE_ONLY, ADMIN_MORE, MEDIA_MORE, PROGRAMME, PUBLIC_MORE, SENSES_MORE } from './en/negatives-d.ts';
import { HR_REFUSALS, OTHER_MOUS, ROUTINE_ADMIN, SURGE_WORDS, TRAININGS_FOR_OFFICIALS } from './en/negatives-b.ts';
import { POLICY_DISCREPANCY } from './en/policy-discrepancy.ts';
import {
  AIR3,
  DISCREPANCY3,
  GENERAL3,
  GENERAL3B,
  HOSTAGE3,
  HOSTAGE3B,
  MOU3,
  NEAR3,
  PROCUREMENT3,
  PROGRAMME3,
  REFUSED3,
  ROUTINE3,
  TRAINING3,
} from './en/round3.ts';
import { POLICY_TRAINING } from './en/policy-training.ts';
import { PROCUREMENT } from './en/procurement.ts';
import { SERVICE_REFUSED } from './en/service-refused.ts';
import { SURGE } from './en/surge.ts';
import {
  DISCLAIMERS,
  FORWARD_INTROS,
  FORWARD_NOTES,
  GREETINGS,
  QUOTED_HISTORY,
  REPLY_INTROS,
  SIGNATURES,
  SUBJECTS,
} from './en/wrappers.ts';
import type { Materials } from './types.ts';

export const MATERIALS: Materials = {
  lang: 'en',
  scenarios: {
    'hostage-incident': [...HOSTAGE, ...HOSTAGE_MORE, ...HOSTAGE3, ...HOSTAGE3B],
    'service-refused': [...SERVICE_REFUSED, ...REFUSED3],
    'policy-discrepancy': [...POLICY_DISCREPANCY, ...DISCREPANCY3],
    'new-operations': NEW_OPERATIONS,
    'surge-support': SURGE,
    'mou-question': [...MOU, ...MOU3],
    'air-safety': [...AIR_SAFETY, ...AIR3],
    'procurement-finance': [...PROCUREMENT, ...PROCUREMENT3],
    'policy-or-training': [...POLICY_TRAINING, ...TRAINING_MORE, ...TRAINING3],
    'general-inquiry': [...GENERAL, ...GENERAL_MORE, ...GENERAL3, ...GENERAL3B],
  },
  negatives: [
    ...IDIOMS,
    ...TOWING,
    ...HIJACKED_ACCOUNTS,
    ...MEDIA,
    ...BENEFICIARIES,
    ...NEGATED,
    ...OTHER_MOUS,
    ...HR_REFUSALS,
    ...SURGE_WORDS,
    ...TRAININGS_FOR_OFFICIALS,
    ...ROUTINE_ADMIN,
    ...OTHER_SENSES,
    ...NEAR_MISSES,
    ...MORE_BENEFICIARIES,
    ...MORE_NEGATED,
    ...MEDIA_MORE,
    ...PUBLIC_MORE,
    ...PROGRAMME,
    ...SENSES_MORE,
    ...ADMIN_MORE,
    ...ADDRESSEE_ONLY,
    ...ALL_CLEAR,
    ...OTHERS_TAKEN,
    ...DEPENDANTS,
    ...NEAR3,
    ...PROGRAMME3,
    ...ROUTINE3,
  ],
  subjects: SUBJECTS,
  greetings: GREETINGS,
  signatures: SIGNATURES,
  disclaimers: DISCLAIMERS,
  forwardIntros: FORWARD_INTROS,
  forwardNotes: FORWARD_NOTES,
  quotedHistory: QUOTED_HISTORY,
  replyIntros: REPLY_INTROS,
};
