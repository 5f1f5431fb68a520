// Hard negatives (scenario 'none'), part C: near misses for each scenario — the same nouns in
// programme, HR, finance or travel mail that does not ask OSS for anything.
import { negatives } from '../helpers.ts';

export const OTHER_SENSES = negatives('en-none-sense', 'other sense of an incident word', [
  'Our shipment of hygiene kits has been held hostage at customs for three weeks over a missing stamp.',
  'The driver was held up in traffic for three hours on the bridge, so the visitors will arrive late for the dinner.',
  'The Missing Migrants Project recorded 120 deaths on the central Mediterranean route this month. The brief is attached for the website.',
  'We lost contact with the donor focal point – her emails bounce. Does anyone have her new address?',
  'Several receipts are missing from the mission claim; finance cannot process it without them.',
  'The conflict analysis for the peacebuilding proposal maps the armed groups in the province and their relations with communities. Comments by Friday please.',
  'DTM flow monitoring: the checkpoint counts at the three border points are uploaded to the dashboard.',
  'Project review checkpoint 2 is next Tuesday; please update the risk register before then.',
  'The kids at the community centre "took the facilitator hostage" during the game and made her sing. Lovely photos attached for the newsletter.',
  'My laptop was captured by the Windows update for two hours this morning, sorry for missing the call.',
  'The research team has finished capturing the data from the household survey; cleaning starts Monday.',
  'Our proposal was shot down by the review committee, we will resubmit in the next round.',
]);

export const NEAR_MISSES = negatives('en-none-near', 'near miss of a scenario', [
  'Please book three seats on the Thursday commercial flight to Goma for the donor visit. The TA numbers are in the request.',
  'The movement unit chartered a flight for 180 returnees from the capital on 4 December. Pre-departure health checks on the 3rd.',
  'My flight was cancelled and I am stuck in Addis. Can the travel unit rebook me for tomorrow?',
  'Procurement: we need quotes for 20 laptops and 5 printers for the new project staff.',
  'Tender for the construction of the migrant resource centre: the bid opening is on Monday at 11:00.',
  'Could fleet management confirm whether the new Hilux pick-ups come with a winch? We need them for the muddy roads.',
  'The donor’s reporting rules contradict IOM’s financial rules on exchange rates. Which one do we apply in the interim report? Finance and the donor liaison disagree.',
  'There is a discrepancy between the DTM figures and the government figures for the number of displaced households. Please check before the sitrep.',
  'The PSEA training for all staff is mandatory by the end of the month. The link is in the intranet.',
  'Can I register for the leadership course in Geneva? My supervisor agreed to cover it from the training budget.',
  'The new policy on flexible working will be presented at the all-staff meeting on Thursday.',
  'We need surge support for the shelter team after the earthquake: two shelter engineers and an information management officer for three months. HR has the TORs.',
  'The surge roster for DTM enumerators is open; please share with your networks.',
  'We are opening a new office in the capital for the labour migration project – the lease is signed and we move on 1 February. Please update the address lists.',
  'The new sub-office in the city centre needs furniture and a coffee machine. Admin will send the order.',
  'The embassy refused the visa for our consultant; she will present the workshop by video instead.',
  'The bank declined to open the project account without the original registration certificate.',
  'The ministry did not invite IOM to the launch of the national migration strategy; we will ask for the recording.',
  'My UN ID card expires next month; I have sent the renewal form and photo to admin as usual.',
  'Could someone send me the agenda of the SMT on Thursday? I will attend on behalf of the CoM.',
  'We received the UNDSS security clearance for the mission, thanks all. The team leaves at 07:00.',
  'The BSAFE certificates of the new staff are attached for their personnel files.',
  'The guards’ overtime for the holiday weekend was approved by the head of office; admin will add it to the invoice.',
  'The armoured vehicle is booked for the CoM on Monday at 08:00; please log it in the fleet system.',
  'The UNHAS booking for the team was confirmed for Wednesday. Please be at the airport by 06:30.',
  'The memo on the new security level was circulated by UNDSS this morning and shared with all staff, as usual.',
  'The curfew was lifted this morning; the office reopens at normal hours tomorrow.',
  'Reminder: the monthly radio check is tomorrow at 09:00, please keep your handsets charged.',
  'The regional security officer will visit the office on 10 December; please reserve the meeting room for the all-staff briefing.',
  'Thanks to OSS for the security briefing yesterday – the slides are in the shared folder.',
  'Our intern asked if she can shadow the security focal point for a week as part of her learning plan. The focal point agreed.',
  'The MOU with UNDSS was mentioned in the induction yesterday; the new staff found the session useful.',
]);

export const MORE_BENEFICIARIES = negatives('en-none-public', 'beneficiary or public not staff', [
  'Return counselling note: the family said the father was abducted by a gang in their home town two years ago, which is why they left. They do not want to return there.',
  'The local radio reports that a teacher was kidnapped in a village 50 km from the camp. Our protection team will include it in the weekly analysis.',
  'A group of migrants arrived at the transit centre after escaping from a house where smugglers held them for ransom. Medical team informed; the police will interview them tomorrow.',
  'Our partner’s report says tribal clashes displaced 500 families and several civilians were taken as hostages by the opposing clan. Humanitarian access is limited.',
  'In the assisted return interview, the applicant said armed men took his brother and demanded money from the family. He asks for family tracing support.',
  'The mayor’s son was kidnapped last week, according to the news; the town is tense but our activities continue normally.',
  'A migrant woman at the disembarkation point says she was held by traffickers in a warehouse for months. Referred to the protection officer and the psychologist.',
  'Case management: the minor told us that armed groups took him from his school and used him as a porter. He is now in the interim care centre.',
]);

export const MORE_NEGATED = negatives('en-none-denied', 'negated', [
  'Reassuring news: the colleagues reported as held at the checkpoint this morning were only asked to show their IDs and let through after ten minutes. No incident.',
  'The rumour that an IOM driver was taken by gunmen near the bridge is false – the driver in the story works for a private transport company.',
  'We checked: no IOM staff or dependants were among the people taken in the market attack. All staff have checked in.',
  'To clarify yesterday’s call: nobody was kidnapped. The two staff were stuck behind a landslide with no network and are now safe in the sub-office.',
]);
