// The placeholders a draft template may use. check-pack rejects any other, so no "{{…}}" can
// reach a draft; draft.ts fills them.
import { FACT_KEYS, SETTING_KEYS } from '../model/vocabulary';

export const BLOCK_PLACEHOLDERS = ['facts', 'excerpts', 'advice'] as const;
export const VALUE_PLACEHOLDERS = [...SETTING_KEYS.filter((k) => k !== 'language'), ...FACT_KEYS] as const;
export const PLACEHOLDERS: ReadonlySet<string> = new Set([...BLOCK_PLACEHOLDERS, ...VALUE_PLACEHOLDERS]);

/** `{{key}}` or `{{key|@otherKey|literal fallback}}`. */
export const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function placeholderKeys(template: string): string[] {
  const keys: string[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) {
    const [first, ...rest] = (m[1] ?? '').split('|');
    keys.push((first ?? '').trim());
    for (const alt of rest) if (alt.trim().startsWith('@')) keys.push(alt.trim().slice(1));
  }
  return keys;
}
