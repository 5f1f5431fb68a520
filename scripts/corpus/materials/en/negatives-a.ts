// Hard negatives (scenario 'none'), part A: security words in another sense, and events that do
// not concern IOM staff or their dependants, or that did not happen.
import { negatives } from '../helpers.ts';

export const IDIOMS = negatives('en-none-idiom', 'idiom', [
  'Honestly we are hostages of the procurement rules – three months to buy a printer.',
  'The whole team feels held hostage by the reporting calendar this quarter. Can we push the deadline for the donor report?',
  'The budget revision has kidnapped my entire week. I will send the figures on Monday.',
  'Sorry for the delay, the finance system held my travel claim captive for two weeks.',
  'Our coordination meeting was hijacked by the discussion on the logo again. Let us keep the agenda tight next time.',
  'The new template is killing us – 14 pages for a two-day mission report.',
  'We are being held to ransom by the landlord: he wants six months in advance or he will not renew the lease for the office.',
  'The project is a bit of a minefield politically, so please be careful with the wording of the press release.',
  'Warning: bomb of a presentation attached, 80 slides. Grab a coffee before opening it.',
  'My inbox is under siege since the appeal launched. Please call me instead of emailing if it is urgent.',
  'I feel like a prisoner of Excel this week. Pivot tables attached.',
  'We have been ambushed by the auditors’ new questions; can someone help me find the 2023 contracts?',
]);

export const TOWING = negatives('en-none-towing', 'towing', [
  'Our car was towed from in front of the ministry this morning – it was parked in a no-parking zone. The driver is at the impound lot. Who pays the fine?',
  'The municipality removed the two project vehicles parked outside the warehouse overnight. They are at the police pound; we need the registration papers to get them back.',
  'Heads up: parking enforcement is towing cars on the main avenue from today. Please use the back parking.',
  'The broken-down Land Cruiser was seized by the tow truck company because we did not pay the towing fee. Finance, can you process it today?',
  'The vehicle LC-09 was impounded at the port because the customs papers expired. Logistics is handling the release.',
  'Can someone pick up the van from the pound? It was taken away last night for parking on the pavement.',
]);

export const HIJACKED_ACCOUNTS = negatives('en-none-account', 'hijacked account', [
  'Please ignore any email from my address since yesterday evening – my account was hijacked and sent a fake invoice to our partners. IT has reset my password.',
  'Our project mailbox was compromised and the attackers are sending phishing links to the whole contact list. Do not click on the "shared document" email.',
  'The Facebook page of the sub-office was taken over by someone who is posting ads. We have asked the platform to restore access.',
  'My WhatsApp was hacked and someone is asking my contacts for money in my name. Please do not send anything.',
  'Phishing alert: emails pretending to be from the Chief of Mission are asking staff to buy gift cards. It is a scam.',
  'The shared drive was locked by ransomware on the old office PC. IT restored everything from the backup; no data lost.',
  'Someone took control of the project’s Twitter account overnight. Communications unit is working with the platform.',
  'IT security notice: enable multi-factor authentication on your account before Friday or you will be locked out.',
]);

export const MEDIA = negatives('en-none-media', 'film/book/news', [
  'Book club this Friday: we are reading a thriller about a journalist kidnapped in the desert. Snacks provided.',
  'Has anyone seen the new film about the hostage crisis in the embassy? Thinking of a staff movie night.',
  'Interesting article in today’s paper on kidnapping for ransom as a business model in the region – link below for those interested in the context analysis.',
  'For the communications team: the documentary crew wants to film a scene about migrants abducted on the route. Please prepare the consent forms.',
  'The radio drama our project sponsors has a new episode this week where the main character is taken by traffickers. Listener feedback attached.',
  'News digest: armed men kidnapped a businessman in the capital, according to local media; the police have opened an investigation.',
  'The novel I recommended at lunch – the one about the pilot held captive – is available at the library.',
  'Press review: the Security Council extended the mission mandate for another year.',
  'For the quiz night, question 7: in which year was the famous Stockholm bank hostage situation?',
  'A TV series about an aid worker abducted in the Sahel is being shot in the city; the production asked to rent our old vehicles as props.',
  'Research note: attached a literature review on kidnapping of migrants in transit countries for the regional report.',
  'The local newspaper published a story on the air crash in the neighbouring country last year. Sharing for the media monitoring file.',
  'Podcast recommendation: an episode on hostage negotiators and how they work. Nice listening for the weekend.',
  'Our theatre for development group will perform a play about a village attacked by bandits. The performance is on Saturday at the community centre.',
]);

export const BENEFICIARIES = negatives('en-none-beneficiary', 'beneficiary or public not staff', [
  'Case note: the migrant told our caseworker he was kidnapped on the route through the desert and held for three months until his family paid. He needs psychosocial support and a medical check.',
  'During the interviews, 14 of the 40 returnees reported having been held for ransom by smugglers in Libya. This will be in the protection analysis.',
  'A beneficiary at the transit centre says her brother was abducted by traffickers and the family is asked for money. We referred her to the counter-trafficking unit.',
  'Protection monitoring: two IDPs from the site were taken by armed men while collecting firewood. The protection cluster has been informed.',
  'The survivor we assisted today was held captive in a house in the border town and forced to work. Referral made to the shelter.',
  'Counter-trafficking case 2025/117: victim held by the network for eight months, now in the safe house. Please process the reintegration grant.',
  'At the community meeting people complained that young men from the camp are being forcibly recruited by armed groups. We are preparing the advocacy note.',
  'DTM flash update: displacement of 3,000 households after armed men attacked three villages. No IOM staff in the area.',
  'The returnees we interviewed say the militia at the river crossing detains travellers until they pay. This affects the returns corridor planning.',
  'A child in the site went missing yesterday and was found this morning with relatives. The CP partner is following up.',
  'Our hotline received a call from a migrant stranded in the desert who says the smugglers abandoned the group. We passed the location to the search and rescue authorities.',
  'Assisted voluntary return case: the applicant says he was kidnapped twice in transit and lost his documents. Please prioritise his travel document request.',
  'Local news: a truck carrying migrants was stopped by gunmen and several passengers were taken. Our protection team will visit the hospital for survivors tomorrow.',
  'The partner NGO reports that residents of the host community have been threatened by bandits. They ask for more lighting in the camp.',
  'In the focus group, women said they fear abduction when walking to the latrines at night. We will discuss solar lamps with the WASH cluster.',
  'Summary of the trafficking survey: the most common form of exploitation reported was debt bondage, followed by forced captivity in "connection houses".',
  'A refugee leader was arrested by the police at the site during the night; the community is upset. UNHCR is following up with the authorities.',
  'The municipality asked us to support the family of a fisherman who went missing at sea during the storm.',
]);

export const NEGATED = negatives('en-none-negated', 'negated', [
  'No colleague was abducted, the report was wrong. Our driver had a flat tyre and no network; he is back in the office. Please disregard the earlier message.',
  'Correction to the sitrep: the "missing staff" were in fact at the health centre with their phones off. All staff accounted for.',
  'False alarm: the rumour that IOM staff were kidnapped in the market is not true. We checked with every team and everyone is safe.',
  'Just to confirm that none of our staff were involved in the incident at the checkpoint reported on social media.',
  'The news about a UN worker taken in the north does not concern IOM; all our staff there have checked in.',
  'Update: the colleague we could not reach since this morning called back; his phone battery died during the field visit. Nothing happened.',
  'Please note that the WhatsApp message about an abduction of IOM staff in the east is fake. We have verified with all sub-offices.',
  'The alleged kidnapping reported by the local radio was denied by the police; the person was never taken and IOM was never involved.',
  'The team arrived late in Kalemie because the ferry broke down, not because of any incident. No security issue to report.',
  'All good: the staff member reported missing by his family last night was staying with a friend. He is at work today.',
  'There was no hostage situation at the transit centre; a beneficiary refused to leave the office and calmed down after talking with the manager.',
  'Following the confusion this morning: nobody from IOM has been held at the checkpoint. The detained people were passengers of a commercial bus.',
]);
