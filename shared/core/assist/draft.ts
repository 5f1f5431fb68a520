// Turns a scenario's template into a draft. Every placeholder is filled or replaced by a plain
// "[… : to complete]" marker and listed in `missing`: no "{{…}}" ever reaches a person.
import type { FactKey, Lang, Scenario, Settings } from '../pack/schema';
import { FACT_KEYS, SETTING_KEYS } from '../model/vocabulary';
import { factLabel, message, settingLabel } from '../i18n/messages';
import { PLACEHOLDER } from '../pack/placeholders';
import type { Draft, ExcerptOut, Missing } from '../model/types';

export interface DraftInput {
  scenario: Scenario;
  lang: Lang;
  settings: Settings;
  facts: Partial<Record<FactKey, string>>;
  excerpts: ExcerptOut[];
  extraMissing: Missing[];
}

const isFact = (k: string): k is FactKey => (FACT_KEYS as readonly string[]).includes(k);
const isSetting = (k: string): k is Exclude<(typeof SETTING_KEYS)[number], 'language'> =>
  (SETTING_KEYS as readonly string[]).includes(k) && k !== 'language';

export function buildDraft(input: DraftInput): Draft {
  const { scenario, lang, settings, facts, excerpts } = input;
  const missing = new Set<Missing>(input.extraMissing);
  for (const key of scenario.facts) if (!facts[key]) missing.add(key);

  const value = (key: string): string => {
    if (isFact(key)) return facts[key] ?? '';
    if (isSetting(key)) return settings[key];
    return '';
  };
  const label = (key: string): string =>
    isFact(key) ? factLabel(lang, key) : isSetting(key) ? settingLabel(lang, key) : key;

  const blocks: Record<string, string> = {
    // A fact is words from the person's email, kept as written and marked as quoted, so a
    // draft switched to another language says plainly which words are the email's own.
    facts: scenario.facts
      .map((k) => {
        const found = facts[k];
        const value = found ? message(lang, 'draft.quoted', { text: found }) : message(lang, 'draft.blank');
        return message(lang, 'draft.fact', { label: factLabel(lang, k), value });
      })
      .join('\n'),
    excerpts: excerpts.length
      ? [
          message(lang, 'draft.excerptIntro'),
          // An imported clause's citation already reads "from <title>, § 4.2": no "Source:" before it.
          ...excerpts.map(
            (e) =>
              `“${e.text}”\n— ${e.kind === 'clause' ? e.citation : message(lang, 'draft.source', { citation: e.citation })}`,
          ),
        ].join('\n\n')
      : '',
    advice: scenario.advice.map((a) => `- ${a[lang]}`).join('\n'),
  };

  const render = (template: string): string =>
    template.replace(PLACEHOLDER, (_whole, inner: string) => {
      const [key = '', ...alternatives] = inner.split('|').map((s) => s.trim());
      if (key in blocks) return blocks[key] ?? '';
      if (value(key)) return value(key);
      for (const alt of alternatives) {
        if (!alt.startsWith('@')) return alt;
        if (value(alt.slice(1))) return value(alt.slice(1));
      }
      if (isFact(key) || isSetting(key)) missing.add(key);
      return message(lang, 'draft.toComplete', { label: label(key) });
    });

  const subject = render(scenario.template.subject[lang])
    .replace(/\s+/g, ' ')
    .replace(/\s*[–-]\s*$/, '')
    .trim();
  const body = render(scenario.template.body[lang])
    .replace(/[ \t]+$/gm, '')
    .replace(/ +,/g, ',')
    // A greeting whose name is not set: "Buenos días, :" → "Buenos días:".
    .replace(/,[ \t]*:/g, ':')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { language: lang, subject, body, missing: [...missing] };
}
