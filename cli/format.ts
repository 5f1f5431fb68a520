// The human-readable form of a suggestion, for a terminal.
import type { RecipientOut, Suggestion } from '../shared/core/model/types';
import { message } from '../shared/core/i18n/messages';

function person(r: RecipientOut, lang: Suggestion['language']): string {
  return r.email ? `${r.name} <${r.email}>` : `${r.name} <${message(lang, 'contact.addressUnset')}>`;
}

export function formatSuggestion(s: Suggestion): string {
  const lines: string[] = [];
  lines.push(`Scenario:   ${s.scenario.title} (${s.scenario.id}, confidence ${s.scenario.confidence.toFixed(2)})`);
  if (s.scenario.id === 'none') {
    lines.push('', ...s.explanation.map((e) => `  - ${e.text}`));
    return lines.join('\n');
  }
  lines.push(`Urgency:    ${s.urgency}${s.urgent ? '  *** URGENT ***' : ''}`);
  if (s.callFirst)
    lines.push(`Call first: ${s.callFirst.name}: ${s.callFirst.phone ?? message(s.language, 'contact.phoneUnset')}`);
  lines.push(`To:         ${s.recipients.to.map((r) => person(r, s.language)).join(', ')}`);
  if (s.recipients.cc.length) lines.push(`Cc:         ${s.recipients.cc.map((r) => person(r, s.language)).join(', ')}`);
  if (s.advice.length) lines.push('', 'Advice:', ...s.advice.map((a) => `  - ${a}`));
  lines.push('', 'Why:', ...s.explanation.map((e) => `  - ${e.text}`));
  if (s.excerpts.length)
    lines.push('', 'Excerpts:', ...s.excerpts.map((e) => `  [${e.id}] ${e.text}\n      — ${e.citation}`));
  lines.push('', `Draft (${s.draft.language}):`, `Subject: ${s.draft.subject}`, '', s.draft.body);
  if (s.draft.missing.length) lines.push('', `Missing: ${s.draft.missing.join(', ')}`);
  if (s.alternatives.length)
    lines.push(
      '',
      `Other possibilities: ${s.alternatives.map((a) => `${a.id} (${a.confidence.toFixed(2)})`).join(', ')}`,
    );
  return lines.join('\n');
}
