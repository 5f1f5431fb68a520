// English materials, second round (issue #9, after the first dev review): abductions told in other
// words (taken, grabbed, kept, "the people holding her"), about staff and their dependants, and
// hard negatives of the kinds raised as urgent: an all-clear after a scare, people taken who are
// not staff. Own id prefixes, so the first round's ids (and so their splits) do not move.
import { cores, negatives } from '../helpers.ts';

export const HOSTAGE_MORE = cores('en-hostage2', [
  'Our data clerk did not reach the site this morning. His motorbike was found by the road and villagers say men put him into a car with no plates. His phone rings but nobody answers.',
  'The son of our Head of Sub-Office (on his dependant list, 12 years old) was led away by strangers outside his school. A man called the father an hour later asking for money.',
  'Update: the people holding Amina sent a photo of her to her brother this morning. She looks unhurt. They say IOM must "pay for its mistakes". The family is in the office with us.',
  'lost contact with Peter since the roadblock on the Juba road yesterday 18:00. the truck driver behind them says the armed men kept him and let everyone else go. nobody knows where he is',
  'Our night guard at the Kalehe base was marched off by militiamen around 3 a.m. They searched the office and left with him. They say they will let him go "when IOM comes to talk".',
  [
    'URGENT - two colleagues held against their will by an armed group in Markoye since noon, the group wants to meet "the boss". DO and ASC informed. Please call me.',
    ['URGENT Markoye', 'Two colleagues held'],
  ],
  'Following our call: the husband of our colleague Rose, who is on her dependant list, did not come back from the market. A stranger phoned Rose to say they are keeping him and "the price will be discussed".',
  'Gunmen broke into the house of our admin assistant in Cité Soleil last night and took her away. Neighbours told the office this morning. Her family has already had a call demanding dollars.',
  'pls call me asap, they grabbed our logistician in front of the warehouse this morning, I am with his wife, they want money',
  'One of our international consultants on mission in Tillabéri has been held since last night by armed men who stopped his car. The interpreter was let go and walked back. The Ops Centre is informed.',
]);

export const ALL_CLEAR = negatives('en-none-allclear', 'negated (all-clear after a scare)', [
  '18:00 update: the team we could not reach near Kaya is back at base, they had no network on the track. Nothing serious, everyone is fine.',
  'All staff are safe after last night’s attack on the market in Mopti. No colleague was in the area. We are working from home this morning as a precaution.',
  'Closing this morning’s alert: Justin was not taken anywhere, he was at the hospital with his daughter and his phone was dead. He is home now.',
  'The passengers taken from the bus on the Bouar road yesterday were traders; no IOM staff or family members were on board. The road stays closed to us until further notice.',
  'The rumour about an "IOM worker kidnapped in Gao" is false: the man works for a construction company. Please do not forward it.',
]);

export const OTHERS_TAKEN = negatives('en-none-others', 'beneficiary or public not staff', [
  'Weekly DTM report: several abductions of displaced people by armed groups reported around Djibo. Table attached for the protection section.',
  'A migrant at the Agadez centre told us his captors in Libya phoned his mother to demand money. The case is followed by the protection team.',
  'According to the press a priest was taken from the parish in the neighbouring diocese yesterday. Not our area of operation; I am adding it to the weekly context note.',
  'Community leaders ask IOM to support the reintegration of young people released by an armed group that had recruited them by force. Project idea to draft.',
]);

export const GENERAL_MORE = cores('en-general2', [
  'Quick question: does OSS keep a list of security focal points by country office? We are updating our phone tree.',
  'Who should receive our quarterly security report now that the regional focal point has changed?',
  'I am the new Head of Office in Kismayo. Who at OSS should I introduce myself to, and is there an induction pack?',
  'Is there someone at OSS who could join our all-staff meeting next month to present what the office does?',
]);

export const TRAINING_MORE = cores('en-training2', [
  'Do the dependants of our international staff also have to complete BSAFE? I cannot find the rule in the policy.',
  'Is there an IOM guidance note on security measures for staff families living in the guesthouse?',
]);

export const DEPENDANTS = negatives('en-none-dependants', 'dependants in an HR or social matter', [
  'HR reminder: education grant claims for dependent children are due by 30 September, with the school certificates.',
  'For the medical insurance, please update your list of dependants (spouse, children) on the portal before the end of the month.',
  'Staff families are invited to the office end-of-year party on Saturday from 4 pm. Please confirm how many children are coming.',
]);
