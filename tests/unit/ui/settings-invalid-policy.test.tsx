// An organisation's policy value that is not valid locks its field empty, and the form says so
// in the person's language (issue 13 item 7).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/core';
import { LANGS } from '../../../shared/core/model/vocabulary';
import { SettingsForm } from '../../../shared/ui/SettingsForm';
import { Shell } from '../../../shared/ui/shell';
import { stringsFor } from '../../../shared/ui/i18n';
import type { HostPort, SettingsState } from '../../../shared/ui/port';

const port = { name: 'test' } as unknown as HostPort;
const state: SettingsState = {
  settings: DEFAULT_SETTINGS,
  locked: ['rsoEmail', 'dutyStation'],
  ignored: [],
  invalidPolicy: ['rsoEmail'],
};
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ');

describe('settings form with an invalid policy value', () => {
  it.each(LANGS)('says the organisation’s value is invalid, names the field, and locks it empty (%s)', (lang) => {
    const s = stringsFor(lang);
    const html = renderToStaticMarkup(
      <Shell port={port} language={lang}>
        <SettingsForm state={state} />
      </Shell>,
    );
    // text() folds every space, the narrow no-break ones of French typography included.
    const fold = (t: string) => t.replace(/\s+/g, ' ');
    expect(text(html)).toContain(fold(s.invalidPolicy(s.field.rsoEmail.label)));
    expect(text(html)).toContain(fold(s.invalidPolicyField));
    const input = /<input[^>]*name="rsoEmail"[^>]*>/.exec(html)?.[0] ?? '';
    expect(input).toMatch(/value=""/);
    expect(input).toMatch(/readonly|disabled/i);
  });

  it('says nothing of it when every policy value is valid', () => {
    const html = renderToStaticMarkup(
      <Shell port={port} language="en">
        <SettingsForm state={{ ...state, invalidPolicy: [] }} />
      </Shell>,
    );
    expect(html).not.toContain('data-testid="invalid-policy"');
  });
});
