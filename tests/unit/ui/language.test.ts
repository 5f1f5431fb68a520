// One language rule (README): the draft's every sentence follows the draft language, and words
// quoted from the email stay as written, marked as quoted. French typography: a narrow no-break
// space (U+202F) before : ; ? ! and inside « », in every French sentence the product writes.
import { describe, expect, it } from 'vitest';
import { createAssistant, defaultPack, DEFAULT_SETTINGS, MESSAGES, message } from '../../../shared/core/index';
import { UI_STRINGS } from '../../../shared/ui/i18n';
import { ADDIN_STRINGS } from '../../../addin/src/messages';
import { DOCUMENT_STRINGS } from '../../../shared/ui/i18n-documents';
import { IMPORT_MESSAGES } from '../../../shared/core/import/messages';

const pack = defaultPack();
const assistant = createAssistant(pack);
const EMAIL = 'UNDSS refused to issue UN ID cards to our staff in Juba this morning.';

/** Every string (and function result, with sample arguments) in a strings object. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return strings((value as (...a: unknown[]) => unknown)('X', 'Y'));
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const BAD_SPACE = /[ \u00a0\u202f]\u202f|[ \u00a0][:;?!]|«[ \u00a0]|[ \u00a0]»/;
// A letter or closing mark right against : ; ? ! followed by a space or the end (not 14:00, not https:).
const NO_SPACE = /[\p{L}\p{N})\]»’][:;?!](?=\s|$)/u;

describe('the draft language', () => {
  it('switches every sentence of the draft, facts included, keeping the email’s words quoted', () => {
    const en = assistant.suggest(EMAIL, DEFAULT_SETTINGS);
    expect(en.draft.body).toContain(`${message('en', 'fact.date')}: “this morning”`);
    const fr = assistant.suggest(EMAIL, DEFAULT_SETTINGS, { language: 'fr' });
    expect(fr.draft.body).toContain(`${message('fr', 'fact.date')}\u202f: «\u202fthis morning\u202f»`);
    for (const key of ['fact.date', 'fact.place', 'draft.excerptIntro'] as const) {
      expect(fr.draft.body).not.toContain(message('en', key));
    }
  });

  it('greets in Spanish without "Estimado/a" or an English title when the RSO has no name', () => {
    const es = assistant.suggest(EMAIL, DEFAULT_SETTINGS, { language: 'es' });
    expect(es.draft.body).not.toMatch(/Estimado\/a|Regional Security Officer:/);
    expect(es.draft.body).toMatch(/^Buenos días:/);
    const named = assistant.suggest(EMAIL, { ...DEFAULT_SETTINGS, rsoName: 'Ana Ruiz' }, { language: 'es' });
    expect(named.draft.body).toMatch(/^Buenos días, Ana Ruiz:/);
  });
});

describe('French typography', () => {
  const french = [
    ...strings(UI_STRINGS.fr),
    ...strings(MESSAGES.fr),
    ...strings(ADDIN_STRINGS.fr),
    ...strings(DOCUMENT_STRINGS.fr),
    ...Object.values(IMPORT_MESSAGES).map((m) => m.fr),
    ...pack.scenarios.flatMap((s) => [
      s.title.fr,
      s.template.subject.fr,
      s.template.body.fr,
      ...s.advice.map((a) => a.fr),
    ]),
    ...pack.excerpts.flatMap((e) => (e.kind === 'clause' ? [] : [e.title.fr, e.text.fr])),
  ];

  it('puts a narrow no-break space before : ; ? ! and inside « », everywhere', () => {
    expect(french.length).toBeGreaterThan(200);
    expect(french.filter((t) => BAD_SPACE.test(t) || NO_SPACE.test(t))).toEqual([]);
  });

  it('writes drafts and citations by the same rule', () => {
    const fr = assistant.suggest(EMAIL, DEFAULT_SETTINGS, { language: 'fr' });
    expect(BAD_SPACE.test(fr.draft.body) || NO_SPACE.test(fr.draft.body)).toBe(false);
  });
});
