// Hard negatives (scenario 'none'), part B: the scenarios' words in programme, HR and admin mail
// that is not a question for OSS.
import { negatives } from '../helpers.ts';

export const OTHER_MOUS = negatives('en-none-mou', 'MOU with a ministry or a university', [
  'The MOU with the Ministry of Health on migrant health screening was signed on Monday. A scanned copy is on the shared drive.',
  'The university has sent back the memorandum of understanding for the research partnership with their comments in track changes.',
  'Can legal review the draft MoU with the Ministry of Interior on the return programme before Thursday?',
  'The municipality wants to renew the memorandum of understanding for the community centre. Who signs on our side?',
  'Please find attached the signed MOU with the national statistics office for the DTM data sharing.',
  'The MOU with the Red Crescent expired in June; programme wants to extend it for another year.',
  'We are negotiating an MOU with the Ministry of Labour on labour migration. First meeting is on Tuesday.',
  'Reminder: the MoU between IOM and the Polytechnic on the internship scheme needs the CoM signature.',
  'The border agency asked whether our MOU covers the new border posts or only the two pilot ones.',
  'Memorandum of understanding with the city council – final version attached; please print three originals.',
]);

export const HR_REFUSALS = negatives('en-none-hr', 'HR refusal', [
  'HR turned down my annual leave for December because of the audit. Can I at least take the Friday?',
  'HR declined my request to work from home during the school holidays.',
  'The education grant claim was rejected – they say the receipts are not itemised. What documents do they need?',
  'My request for a salary advance was denied. Is there an appeal process?',
  'HR says I am not eligible for the language allowance because my test was more than 5 years ago.',
  'The staff association was not invited to the meeting on the new contracts policy. We would like to be included next time.',
  'The hiring panel rejected all the candidates for the driver post. We will re-advertise.',
  'My reassignment request was turned down; the HR officer said my post is critical. Who can I speak to?',
  'Our intern is not entitled to the health insurance according to HR. Is there another option for her?',
  'Finance refused to reimburse the taxi because there was no receipt. Lesson learned.',
]);

export const SURGE_WORDS = negatives('en-none-surge', 'surge in arrivals', [
  'There has been a surge in arrivals at the border this week: 4,200 people on Tuesday alone. Shelter capacity at the reception centre is at 130%.',
  'We are seeing a surge in cholera cases in the camp; the health partner asks for more chlorination points.',
  'Big surge in calls to the hotline after the announcement on the regularisation scheme. Can we add two operators?',
  'The surge in returns from the neighbouring country continues; DTM counted 9,000 crossings last week.',
  'Traffic to the website surged after the campaign launch. Comms will share the analytics.',
  'Prices of NFIs surged after the port closure. Procurement expects delays for the blankets.',
  'With the surge in demand for AVRR, we need more caseworkers in the office. HR is preparing the vacancy notice.',
  'The flood of applications for the scholarship programme is overwhelming the team; deadline extended to Friday.',
]);

export const TRAININGS_FOR_OFFICIALS = negatives('en-none-govtraining', 'training IOM delivers to officials', [
  'Our border management project will deliver a training on document security to 40 immigration officers next month. Could you book the hotel conference room?',
  'The counter-trafficking unit is running a workshop for police officers on identifying victims of trafficking. Agenda attached.',
  'IOM will train coast guard officers on search and rescue at sea as part of the project. Please prepare the certificates.',
  'Report on the training we delivered to the national police on border security and human rights: 25 participants, pre/post test attached.',
  'The ministry asked IOM to run a course on passport examination for airport immigration officers. Can the project budget cover it?',
  'For the IBM project: the training of trainers for border guards on risk analysis is confirmed for the week of the 12th.',
  'Workshop for judges and prosecutors on smuggling of migrants – we need an interpreter and a venue.',
  'The capacity-building session on humanitarian border management for customs officials went well. Photos for the newsletter attached.',
  'Please send the list of government participants for the training on protection-sensitive border security.',
  'We are developing a training module for labour inspectors on detecting forced labour. Draft attached for comments.',
]);

export const ROUTINE_ADMIN = negatives('en-none-admin', 'routine admin', [
  'Attached are the notes from this morning’s inter-agency coordination meeting, with the action points highlighted.',
  'This month’s SMT takes place on Wednesday afternoon; the CoM asks for agenda items by Tuesday noon.',
  'The landlord wants the security deposit for the guesthouse returned by bank transfer. Finance, can you process it?',
  'Reminder to all: the social security contributions for national staff are due on the 15th.',
  'The food security assessment report is final. Thanks to everyone who contributed.',
  'Please change your password before Friday; the IT security policy requires it every 90 days.',
  'Guards: the monthly invoice from the guarding company is attached for payment, already certified by admin.',
  'Can someone send me the evacuation map of the building for the fire drill poster? Facilities wants to update it.',
  'The new visitor badges for the office arrived; please collect yours at reception.',
  'The Security Council briefing on the region is on Thursday; the CoM will watch it with the senior team.',
  'The helicopter rental for the DTM aerial survey is in the budget revision; please check line 4.3.',
  'The driver roster for next week is attached. Peter is on leave on Monday.',
  'We are moving to the new office building on 1 March. The new address is in the attachment; please update your signatures.',
  'Please book me on the Tuesday flight to Juba and the Thursday return. TA number in the request.',
  'Gentle reminder that the Q4 financial report to the donor has to be submitted by Wednesday.',
  'The staff retreat will take place at the lake on 12–13 December. Transport leaves at 07:00.',
  'Can the admin team order more safety shoes for the warehouse workers? Sizes attached.',
  'New office keys were cut; the old set should be returned to the admin assistant.',
  'Please note the office will be closed on Monday for the national holiday.',
  'The workshop on data protection is rescheduled to next Wednesday.',
  'Per diem rates for the mission to the north have been updated in the travel policy.',
  'Our intern’s BSc thesis is on border security in the region – she would like to interview some colleagues. Volunteers?',
  'The cleaning company’s contract ends in January; please send me the tender documents from last year.',
  'I am on training (Excel advanced) all week, please call me if urgent.',
  'Attached is the procurement plan for next year – stationery, IT equipment and furniture.',
  'Thank you all for the farewell dinner on Friday – it was lovely. See you at the data management workshop.',
  'Could you share the draft policy on flexible working arrangements? The staff committee wants to comment.',
  'The UN Day celebration will be held at the UN compound; bring your UN ID to enter.',
]);
