// English materials, third round (issue #9, after the second dev review), written for the kinds of
// failure left: general questions and non-abduction incidents taken for "not a security matter",
// IOM-vs-UNSMS conflicts about trainings and requirements taken for a training question, training
// and drill requests, MOU questions about what each side owes, confirmations and FYIs that name
// UNDSS or UNHAS without asking anything, and abductions told with "holding", "has him", "still
// with them". Own id prefixes, so earlier ids (and so their splits) do not move.
import { cores, negatives } from '../helpers.ts';

export const GENERAL3 = cores('en-general3', [
  'Who covers security advice for our office while the regional security officer is on mission? We need a view on the guesthouse guards before Friday.',
  'Is the 24/7 Ops Centre number also for national staff, or should they go through the country office first?',
  'A colleague was assaulted on her way home last night, bruises but nothing stolen. She has seen a doctor. What do we report and to whom?',
  'Men on motorbikes followed our vehicle from the distribution site back to town yesterday. Nothing happened but the team is shaken. Should we change routes?',
  'Gunfire on the airport road all morning. Staff ask if it is safe to drive to the UN compound for the cluster meeting. Any guidance from your side?',
  'where can i check the current security level for the north? the one on the intranet looks old',
  'Quick one – what is the curfew for staff in Juba this week? Some say 22:00, others midnight.',
  'Since the radio programme on returns our national staff get threatening SMS. Nobody hurt so far. Who at OSS can look at this with us?',
  'Protesters threw stones at our car at a roadblock this afternoon. Windscreen broken, driver and passenger fine. Does this count as a security incident to report?',
  'Could you share the contact of the security person covering West Africa? I need advice on which hotels to use for a workshop in Bamako.',
  'Two of our staff were caught in crossfire between police and a gang downtown. They hid in a shop and are back at the office now. What follow-up is expected from us?',
  'Our Director visits the northern sites next week. Is there someone who can brief her on the security situation before she travels?',
  [
    'Hi, I am the new admin assistant in Mopti. When staff travel outside town, who do I inform – the regional office or OSS in Geneva?',
    ['New in Mopti – who do I inform?'],
  ],
  'Tensions are rising in town ahead of the vote count. What should we tell staff about movements this weekend, and is there a hibernation list we should prepare?',
  'Someone tried to force the door of our sub-office warehouse last night; the guard scared them off. Should we add lighting or more guards? Who advises on this?',
]);

export const DISCREPANCY3 = cores('en-discrepancy3', [
  'UNDSS in Juba requires a HEAT certificate for every mission outside the capital, but the IOM guidance we have only asks it of international staff. Our national enumerators are stuck. Which rule stands?',
  'The DO’s security plan puts staff on the relocation list only if they hold SSAFE; our IOM instruction says BSAFE is enough. We get conflicting messages from both sides, please clarify.',
  'DSS tells us armoured vehicles are mandatory on the airport road. Our regional instructions do not say so and the budget does not cover it. Who is right?',
  'Local UNSMS rules say staff must be home by 19:00, the IOM SOP from last year says 21:00. Staff are confused about which curfew applies to them.',
  'The SMT decided only essential staff may stay in Sector 3, but our CoM says the IOM programme criticality assessment allows more. I am caught between the two – what prevails?',
  'undss insists on an escorted convoy for each field trip while our own risk assessment says low profile travel is safer here. staff get contradicting instructions, can OSS settle it?',
  'The clearance rules in TRIP and our IOM travel guidance are not the same for national staff on local missions. Is a clearance needed or not?',
]);

export const TRAINING3 = cores('en-training3', [
  'We want to run a fire and evacuation drill in the office next month. Does OSS have a template, or someone who can guide us through it?',
  'A partner offered police escorts for our convoys. Is there an IOM policy on armed escorts I can read before I answer them?',
  'Our new drivers need a security induction. Is there a short module or a presentation we can use in their first week?',
  'Where can I find IOM’s rules on staff taking family members in official vehicles? I am drafting an office memo and want to cite the right document.',
  'How often must BSAFE be renewed? Some certificates in our office date from 2019.',
  'Can OSS run a hostage awareness session for our team leaders, or recommend an online course?',
  'Do consultants on short contracts need the security training before field missions, or only staff?',
]);

export const MOU3 = cores('en-mou3', [
  'What does the IOM–UNDSS MOU say about who pays for security training of IOM personnel in the field?',
  'Is our share of the local security budget fixed in the memorandum with UNDSS, or agreed country by country?',
  'Does the MOU with UNDSS cover IOM consultants and interns, or only staff on contract?',
  'The new DO asked to see the agreement that makes IOM part of the UN security system. Can you send the MOU and a short note on what it commits each side to?',
]);

export const HOSTAGE3 = cores('en-hostage3', [
  'The people holding Moussa let him speak to his wife for a minute this evening. He says he is not hurt. They called again about "the amount". We need advice before the next call.',
  'Our field monitor and her son never reached the bus station. A caller using her phone says they are "guests" of the group until IOM cooperates.',
  'Second day without news of Joseph. Elders say he is kept in a camp in the forest and will be let go if the organisation pays.',
  'A man who says he has our driver phoned the sub-office and asked for the head of IOM. We promised nothing. What do we do now?',
  'The team leader and the interpreter were stopped by armed men; only the interpreter was let go. As of 18:00 our colleague is still with them.',
]);

export const NEAR3 = negatives('en-none-near3', 'near miss of a scenario', [
  'Thanks all – the security clearances for tomorrow’s mission to Kaga Bandoro came through in TRIP. Departure 06:30 from the compound.',
  'UNHAS manifest for Friday attached. Be at the airstrip by 07:00, 15 kg of luggage per person.',
  'Reminder from HR: BSAFE certificates of new staff must be in the personnel file before the contract is signed.',
  'Minutes of this week’s SMT attached for your records. No action for IOM this time.',
  'The new UN ID cards are ready for collection at UN House from Tuesday, 9:00 to 12:00. Bring your old card.',
  'For the staff retreat we booked the hotel conference room; the hotel provides its own guards and parking.',
  'The security plan was updated by UNDSS and shared with all agencies; I saved it in the team folder for reference.',
]);

export const PROGRAMME3 = negatives('en-none-programme3', 'beneficiary or public not staff', [
  'The reintegration project for children released by armed groups is ready for donor review. Please send comments on the budget by Thursday.',
  'Protection monitoring: returnees report that armed men stop buses on the northern road and take money from passengers. Included in the monthly trends.',
]);

export const AIR3 = cores('en-air3', [
  'The only flight to Bol this week is on a small local carrier. Is it on the approved list for IOM staff, or do we wait for UNHAS?',
  'Our charter pilot says the strip at Kalemie is too soft after the rains but the operator still wants to land. Who decides if it is safe enough for our team?',
  'Hard landing at Bunia this morning on the partner’s plane: a tyre burst, nobody hurt. Do we report it, and to whom?',
  'A government helicopter offers to take two of our staff to the islands tomorrow. Are we allowed to board?',
]);

export const PROCUREMENT3 = cores('en-procurement3', [
  'Can the cost of guards at the distribution points go on the project budget, or must it come from the office’s security line? Finance and programme disagree.',
  'Is there an IOM long-term agreement for VHF radios and satellite airtime we can order from, instead of running our own tender?',
  'We are hiring a security company for the Maiduguri warehouse. Are there OSS requirements we should put in the tender documents?',
  'The donor wants the security costs in the proposal broken down per site (guards, radios, blast film). Is there a standard template?',
]);

export const GENERAL3B = cores('en-general3b', [
  'How do I reach OSS outside office hours for advice that is not an emergency? Our deputy has a question about a visitor’s safety at the weekend.',
  'A bomb threat was phoned to the hotel where our workshop is. Everyone was evacuated and it was a false alarm. Should we move the workshop to another venue?',
]);

export const HOSTAGE3B = cores('en-hostage3b', [
  'What is the procedure? Our driver was pulled out of the car at the roadblock and driven away in another vehicle. The others walked to the village.',
  'Two men on a motorbike stopped our community mobiliser outside the centre and rode off with her. Her phone is off. Who do we call first?',
  'confirmed: our colleague was pushed into a taxi in front of the market, no answer since 10 min. police informed, what do we do?',
]);

export const ROUTINE3 = negatives('en-none-routine3', 'routine admin', [
  'Please approve the purchase order for printer toner and paper for the sub-office (PR 4471). Budget line already checked.',
  'The heat in the container office is unbearable this week; can logistics fix the air conditioner before Monday?',
  'Fuel requisition for the generator attached, 400 litres for December. Please sign by Thursday.',
  'Heatwave warning for the coming days: drink water, take breaks, and the office closes at 14:00 on Friday.',
]);

export const REFUSED3 = cores('en-refused3', [
  'UNDSS turned down our UN ID card requests again, even after we showed them the MOU. We also have a question on what the MOU says about ID cards.',
  'The security cell refused to add our new staff to the warden list and said the memorandum “does not apply here”. How do we get this fixed?',
]);
