// Shapes the core returns. The CLI's --json output is a Suggestion: fields may be added, never renamed.
import type { FactKey, Lang, SettingKey } from '../pack/schema';

export type Missing = SettingKey | FactKey;

export interface RecipientOut {
  contactId: string;
  email: string | null;
  /** The contact's name in the result's language (the RSO's own name when set). */
  name: string;
  /** What this contact is for, in the result's language. */
  role: string;
}

export interface ExcerptOut {
  id: string;
  kind: string;
  title: string;
  text: string;
  sourceId: string;
  /** "IOM Emergency Manual — IOM Security Management System, section …, updated 19 Oct 2022" */
  citation: string;
}

export interface Draft {
  language: Lang;
  subject: string;
  body: string;
  /** Setting keys and fact keys the draft could not fill; the body marks each place plainly. */
  missing: Missing[];
}

export type ExplanationItem =
  | { type: 'language'; text: string; language: Lang; reason: 'detected' | 'setting' | 'requested' }
  | { type: 'trimmed'; text: string; removedChars: number }
  | { type: 'match'; text: string; phrase: string; found: string; scenarioId: string; weight: number; typo: boolean }
  | { type: 'dampened'; text: string; phrase: string; scenarioId: string }
  /** The words of this email that weighed most for the route, quoted as written. */
  | { type: 'words'; text: string; words: string[]; scenarioId: string }
  /** Why the answer is not sure, cannot read the text, or set the urgent route aside. */
  | {
      type: 'certainty';
      text: string;
      certainty: 'unsure' | 'unreadable';
      guard?: 'denied' | 'idiom' | 'not-staff' | 'no-event';
    }
  | {
      type: 'source';
      text: string;
      sourceId: string;
      section: string;
      title: string;
      url: string | null;
      updated: string | null;
    }
  | { type: 'none'; text: string };

export interface Suggestion {
  id?: string;
  language: Lang;
  scenario: { id: string; title: string; confidence: number };
  urgent: boolean;
  urgency: 'none' | 'normal' | 'high' | 'urgent';
  /** For an incident: call this contact first (the 24/7 Operations Centre). */
  callFirst: { contactId: string; name: string; phone: string | null; email: string | null } | null;
  recipients: { to: RecipientOut[]; cc: RecipientOut[] };
  excerpts: ExcerptOut[];
  advice: string[];
  facts: Partial<Record<FactKey, string>>;
  draft: Draft;
  explanation: ExplanationItem[];
  /**
   * How sure the router is: 'unsure' when two situations are close or the text is not clearly a
   * security matter (the UI says so and offers every situation), 'unreadable' when the text is
   * mostly in a language other than en/fr/es. Absent means 'sure'.
   */
  certainty?: 'sure' | 'unsure' | 'unreadable';
  /** One line in plain words, in the result's language: why this situation (the UI's first line). */
  summary?: string;
  /** Runner-up scenarios, best first, for a person who disagrees with the first answer. */
  alternatives: { id: string; title: string; confidence: number }[];
}

export interface DraftWarning {
  code:
    | 'missing-rso'
    | 'rso-not-configured'
    | 'missing-cc'
    | 'wrong-mailbox'
    | 'call-ops-centre'
    | 'no-recipients'
    | 'missing-recipient'
    | 'missing-facts';
  severity: 'info' | 'warning' | 'error';
  message: string;
  /** Addresses to add that would resolve the warning, when known. */
  add?: { to: string[]; cc: string[] };
}

export interface DraftCheck {
  scenarioId: string;
  language: Lang;
  warnings: DraftWarning[];
}

export interface SearchHit {
  /** A situation is one of the pack's scenarios, found by the words people use for it. */
  type: 'excerpt' | 'service' | 'contact' | 'situation';
  id: string;
  title: string;
  text: string;
  /** For excerpts and services: where it comes from. */
  citation: string | null;
  email: string | null;
  score: number;
  /** For excerpts: the excerpt's kind, "clause" for a clause of an imported document. */
  kind?: string;
  /** For a clause that has one: its number ("12.3"), which people search and quote it by. */
  number?: string;
}
