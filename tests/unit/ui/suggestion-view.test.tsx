// The suggestion's first screen rendered on the server (no browser): the "not sure" state and the
// one-line explanation from the router's `summary`, falling back to its first reason.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createAssistant, defaultPack, DEFAULT_SETTINGS } from '../../../shared/core/index';
import type { Suggestion } from '../../../shared/core/model/types';
import { Shell } from '../../../shared/ui/shell';
import { SuggestionView } from '../../../shared/ui/SuggestionView';
import { UI_STRINGS } from '../../../shared/ui/i18n';

const s = UI_STRINGS.en;
const pack = defaultPack();
const assistant = createAssistant(pack);
const scenarios = pack.scenarios.map((sc) => ({ id: sc.id, title: sc.title.en }));
const base = assistant.suggest('UNDSS refused to issue UN ID cards to our staff in Juba.', DEFAULT_SETTINGS);

const render = (suggestion: Suggestion) =>
  renderToStaticMarkup(
    <Shell
      port={{ name: 'test', loadSettings: async () => ({ settings: DEFAULT_SETTINGS, locked: [] }) }}
      language="en"
    >
      <SuggestionView suggestion={suggestion} scenarios={scenarios} onPickScenario={() => {}} rsoIds={['rso']} />
    </Shell>,
  );
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');

describe('the suggestion view', () => {
  it('says "Not sure" and puts the choice of situation in the first card when the router is unsure', () => {
    const html = render({ ...base, certainty: 'unsure' });
    expect(text(html)).toContain(s.notSure);
    expect(text(html)).toContain(s.notSureHint);
    const card = html.slice(html.indexOf('data-testid="suggestion"'), html.indexOf('aria-label="' + s.recipients));
    expect(card).toContain('data-testid="alternatives"');
    // Every situation but the current one, after "Best match".
    expect(card.match(/<option/g)).toHaveLength(scenarios.length);
  });

  it('shows the confidence and keeps the choice below the actions when the router is sure', () => {
    const html = render(base);
    expect(text(html)).not.toContain(s.notSure);
    const card = html.slice(html.indexOf('data-testid="suggestion"'), html.indexOf('aria-label="' + s.recipients));
    expect(card).not.toContain('data-testid="alternatives"');
    expect(html.indexOf('data-testid="alternatives"')).toBeGreaterThan(html.indexOf('data-testid="draft-actions"'));
  });

  it('uses the router’s one-line summary, else its first reason', () => {
    expect(render({ ...base, summary: 'UN services were refused to IOM staff.' })).toContain(
      'UN services were refused to IOM staff.',
    );
    const first = base.explanation.find((e) => e.type !== 'language' && e.type !== 'trimmed')!;
    const html = render({ ...base, summary: undefined });
    const summary = html.slice(html.indexOf('data-testid="summary"'), html.indexOf('</summary>'));
    expect(text(summary).replace(/\s+/g, ' ').trim()).toContain(first.text.replace(/&/g, '&amp;').slice(0, 20));
  });

  it('never leaves To empty without the RSO address: OSS moves to To, with the way to set the RSO', () => {
    const html = render(base);
    const to = html.slice(html.indexOf(`aria-label="${s.to}"`), html.indexOf('data-testid="draft-actions"'));
    expect(to).toContain('OSS@iom.int');
    expect(text(to)).toContain(s.rsoMovedToOss);
  });
});
