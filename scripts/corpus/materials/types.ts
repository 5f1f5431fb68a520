// What a corpus writer supplies for one language. scripts/corpus/build.ts composes these parts
// into whole emails (subject, greeting, body, signature, disclaimer, forwards, quoted history,
// typos) with a fixed seed and writes data/corpus/<lang>.jsonl. Every text here is written for
// the corpus: no real email, no real person, no real address or phone number (example.org, +00).

/** A scenario id of the default pack (data/iom-oss.pack.json). */
export type ScenarioId =
  | 'hostage-incident'
  | 'service-refused'
  | 'policy-discrepancy'
  | 'new-operations'
  | 'surge-support'
  | 'mou-question'
  | 'air-safety'
  | 'procurement-finance'
  | 'policy-or-training'
  | 'general-inquiry';

/** The body of one message: one line to several paragraphs, as field staff write it. */
export interface Core {
  /** Stable and unique within the language, e.g. 'en-hostage-017'. All emails built from one core share a split. */
  id: string;
  text: string;
  /** Subject lines that fit this core (optional; otherwise one is drawn from `subjects[scenario]`). */
  subjects?: string[];
}

/** A text that is NOT one of the scenarios (scenario 'none'), with why, for the people who maintain the corpus. */
export interface Negative extends Core {
  /** e.g. 'idiom', 'towing', 'hijacked account', 'film/book/news', 'beneficiary not staff', 'negated', 'MOU with a ministry', 'HR refusal', 'surge in arrivals', 'training IOM delivers to officials', 'routine admin' */
  why: string;
}

export interface Materials {
  lang: 'en' | 'fr' | 'es';
  /** Message bodies per scenario: paraphrase, not the obvious keyword; reports and questions; typos as people make them. */
  scenarios: Record<ScenarioId, Core[]>;
  /** Hard negatives: security words in another sense, events about beneficiaries/the public, negated or denied events, … */
  negatives: Negative[];
  /** Subject lines per scenario and for negatives ('none'). */
  subjects: Record<ScenarioId | 'none', string[]>;
  /** Openings: "Dear RSO,", "Hi all,", "Bonjour Madame,", "" (none) … (addressee words are NOT evidence of a route). */
  greetings: string[];
  /** Closings and signature blocks (names, titles, duty stations — invented, example.org addresses, +00 numbers). */
  signatures: string[];
  /** Confidentiality disclaimers and mobile footers ("Sent from my phone"). */
  disclaimers: string[];
  /**
   * Lines that open a forwarded message ("---------- Forwarded message ---------" with From/Date/Subject/To).
   * `{subject}` in an intro is replaced by the email's subject line when the email is built.
   */
  forwardIntros: string[];
  /** Short notes put above a forward ("See below what UNDSS wrote to us."), which make the forward the matter. */
  forwardNotes: string[];
  /** Earlier messages in a thread about something else (logistics, HR, meetings), quoted below a reply. */
  quotedHistory: string[];
  /** Lines that open quoted history ("On Mon, 3 Nov 2025 at 09:12, A. Person <a.person@example.org> wrote:"); `{subject}` as above. */
  replyIntros: string[];
}
