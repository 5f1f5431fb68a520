// Hard negatives (scenario 'none'), part D: more of each kind, written after a first review.
import { negatives } from '../helpers.ts';

export const MEDIA_MORE = negatives('en-none-media2', 'film/book/news', [
  'Movie night on Friday: "Captain Phillips" – yes, the one with the pirates who take the ship. Popcorn provided in the common room.',
  'The Security Council adopted a resolution on the protection of humanitarian workers yesterday. Summary for the donor brief attached.',
  'The novel our book club picked for January is about a hijacked plane in the 1970s. Copies at reception.',
]);

export const PUBLIC_MORE = negatives('en-none-public2', 'beneficiary or public not staff', [
  'Good news: the returnee families from the town that was besieged last year have started rebuilding. The shelter team visited on Tuesday.',
  'We escorted 45 unaccompanied children to the reception centre today; all were registered and received medical checks.',
  'The returnees’ bus was delayed at the border for six hours because of a computer failure at immigration. They reached the transit centre at midnight.',
  'Our partner’s staff were stopped at a checkpoint and asked for bribes; they refused and were let through. The partner raised it in the NGO forum. (Not IOM staff, for information.)',
]);

export const PROGRAMME = negatives('en-none-programme', 'programme activity', [
  'The district officials asked IOM to include a session on community policing in the social cohesion project. The budget has room for two workshops.',
  'The university’s law faculty will host our seminar on migrant smuggling and kidnapping for ransom as a research topic. Speakers confirmed.',
  'Our counter-trafficking hotline volunteers will do a refresher on how to handle calls from victims held by traffickers. This is the regular quarterly session for the hotline partner.',
]);

export const SENSES_MORE = negatives('en-none-sense2', 'other sense of an incident word', [
  'The photo exhibition on displacement opens on Thursday. One of the photos shows a checkpoint on the road to the camp; communications checked the consent.',
  'The staff welfare committee proposes a yoga session to "survive the hostage situation of year-end reporting". Sign up sheet in the kitchen.',
  'The armed forces’ band will play at the World Refugee Day event; please coordinate with protocol for the seating.',
]);

export const ADMIN_MORE = negatives('en-none-admin2', 'routine admin', [
  'Reminder: the fire extinguishers in the office will be inspected on Monday. The inspector will need access to all rooms.',
  'HR update: the recruitment of the security assistant for the sub-office is complete; the selected candidate starts on 2 January.',
  'The donor visit went well. They asked about the risks to the project in the annual report, so please update the risk matrix (financial, reputational, operational).',
  'Could admin renew the car insurance for the four project vehicles before the end of the month? The broker sent the quote.',
  'Please note that the monthly security cell is replaced this time by the UN Day reception. No meeting this month.',
  'The legal unit reviewed the data-sharing agreement with the university; only two comments. We can sign next week.',
  'A colleague lost her wallet in a taxi; the driver returned it to the office the next day. Honest people still exist!',
]);

export const ADDRESSEE_ONLY = negatives('en-none-addressee', 'addressee words only', [
  'Dear RSO, thank you for your visit last week and for the time you spent with the team. The group photo is attached.',
  'Hi OSS team, happy new year from all of us in the sub-office! Looking forward to working with you again.',
  'Dear Regional Security Officer, please find attached the invitation to our office’s open day on 20 January. You are very welcome.',
  'Dear OSSHQ, I am leaving IOM at the end of the month; please remove me from your mailing lists. It was a pleasure.',
  'cc OSS for information only: the office will be closed on Friday for the staff retreat at the lake.',
  'Dear RFSO, congratulations on your new assignment in Dakar! The team will miss you.',
  'To the Operations Centre: please update my mobile number in the staff list, the new one is +00 221 555 0199. Thanks.',
  'Dear RSO, the minutes of the inter-agency lunch are attached as promised. No action needed.',
]);
