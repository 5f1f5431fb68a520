// What the core answers about an email: createAdvisor(pack, model) builds the router once;
// suggest and checkDraft then answer from it. The views' assistant (assistant.ts) adds the quick
// lookup; the send-time check and the CLI's suggest use this module alone, without the search.
import type { Contact, FactKey, Lang, Pack, Scenario, Settings } from '../pack/schema';
import type { DraftCheck, DraftWarning, ExcerptOut, ExplanationItem, RecipientOut, Suggestion } from '../model/types';
import { createRouter, type Router, type Routing } from './router';
import { decide, type Verdict } from './decide';
import { topWords } from './explain-words';
import type { RouterModel } from './model';
import { detectLanguage } from '../text/language';
import { trimThread } from '../text/thread';
import { extractFacts } from './facts';
import { buildDraft } from './draft';
import { citeExcerpt, localizedExcerpt, sourceLine } from './citation';
import { factLabel, message, MESSAGES, type MessageKey } from '../i18n/messages';

export interface SuggestOptions {
  /** The draft's language, when the person picked one. */
  language?: Lang;
  /** A scenario the person picked instead of the suggested one. */
  scenarioId?: string;
}

/** Suggests and checks drafts; what the send-time check and the CLI's suggest need. */
export interface Advisor {
  pack: Pack;
  suggest(text: string, settings: Settings, options?: SuggestOptions): Suggestion;
  checkDraft(draft: { to: string[]; cc: string[]; subject: string; body: string }, settings: Settings): DraftCheck;
}

interface Analysis {
  text: string;
  removedChars: number;
  detected: Lang;
  routing: Routing;
  verdict: Verdict;
  /** Index of the best scenario, or -1 for "not a security matter". */
  best: number;
  ranked: number[];
}

/**
 * `model` is the pack's trained router (data/iom-oss.model.json for the default pack); without
 * one, the pack's phrases alone decide, as before the model existed.
 */
export function createAdvisor(pack: Pack, model: RouterModel | null = null): Advisor {
  // A model trained for other scenarios (another pack) is not used: the phrases decide alone.
  const fits =
    model !== null && model.classes.join('\u0000') === [...pack.scenarios.map((s) => s.id), 'none'].join('\u0000');
  const router: Router = createRouter(pack, fits ? model : null);
  const contacts = new Map(pack.contacts.map((c) => [c.id, c]));
  const excerpts = new Map(pack.excerpts.map((e) => [e.id, e]));

  function analyse(input: string): Analysis {
    const { text, removedChars } = trimThread(input);
    const routing = router.route(text);
    const verdict = decide(pack, routing, text);
    return {
      text,
      removedChars,
      detected: detectLanguage(text || input),
      routing,
      verdict,
      best: verdict.best,
      ranked: verdict.ranked,
    };
  }

  const round = (x: number) => Math.round(x * 100) / 100;
  const quote = (lang: Lang, words: string[]) =>
    words.map((w) => `${message(lang, 'quote.open')}${w}${message(lang, 'quote.close')}`).join(', ');
  const what = (lang: Lang, s: Scenario) => {
    const key = `what.${s.id}`;
    return key in MESSAGES.en
      ? message(lang, key as MessageKey)
      : message(lang, 'what.other', { scenario: s.title[lang] });
  };

  /** The one plain line the UI shows first: why this situation, or why none. */
  function summarize(a: Analysis, index: number, lang: Lang, forced: boolean, words: string[]): string {
    const v = a.verdict;
    if (forced && index >= 0) return message(lang, 'summary.forced', { what: what(lang, pack.scenarios[index]!) });
    if (v.certainty === 'unreadable') return message(lang, 'summary.unreadable');
    // The rule's own sentence already starts "Not treated as an urgent incident:".
    if (v.guard) return message(lang, `explain.guard.${v.guard}`);
    if (index < 0) return message(lang, v.certainty === 'unsure' ? 'summary.unsureNone' : 'summary.none');
    const s = pack.scenarios[index] as Scenario;
    if (v.certainty === 'unsure')
      return words.length
        ? message(lang, 'summary.unsureWords', { what: what(lang, s), words: quote(lang, words) })
        : message(lang, 'summary.unsure', { what: what(lang, s) });
    return words.length
      ? message(lang, 'summary.words', { what: what(lang, s), words: quote(lang, words) })
      : message(lang, 'summary.unsure', { what: what(lang, s) });
  }

  function address(contact: Contact, settings: Settings): string | null {
    if (contact.email) return contact.email;
    const fromSettings = contact.emailSetting ? settings[contact.emailSetting] : '';
    return fromSettings || null;
  }

  function recipient(id: string, lang: Lang, settings: Settings): RecipientOut {
    const c = contacts.get(id) as Contact;
    const personal = c.nameSetting ? settings[c.nameSetting] : '';
    return {
      contactId: id,
      email: address(c, settings),
      name: personal ? `${personal} — ${c.name[lang]}` : c.name[lang],
      role: c.useFor[lang],
    };
  }

  function excerptOut(id: string, lang: Lang): ExcerptOut | null {
    const e = excerpts.get(id);
    if (!e) return null;
    const { title, text } = localizedExcerpt(lang, e);
    return { id, kind: e.kind, title, text, sourceId: e.source.sourceId, citation: citeExcerpt(lang, pack, e) };
  }

  const strengthOf = (a: Analysis, i: number) => round(a.verdict.strength[i] ?? 0);

  function explain(
    a: Analysis,
    index: number,
    lang: Lang,
    reason: 'detected' | 'setting' | 'requested',
    forced: boolean,
    words: string[],
  ): ExplanationItem[] {
    const out: ExplanationItem[] = [
      { type: 'language', language: lang, reason, text: message(lang, `explain.language.${reason}`) },
    ];
    if (a.removedChars > 0)
      out.push({
        type: 'trimmed',
        removedChars: a.removedChars,
        text: message(lang, 'explain.trimmed', { chars: a.removedChars }),
      });
    const v = a.verdict;
    if (v.certainty === 'unreadable')
      out.push({ type: 'certainty', certainty: 'unreadable', text: message(lang, 'explain.unreadable') });
    else if (v.guard)
      out.push({
        type: 'certainty',
        certainty: 'unsure',
        guard: v.guard,
        text: message(lang, `explain.guard.${v.guard}`),
      });
    else if (v.certainty === 'unsure' && !forced)
      out.push({ type: 'certainty', certainty: 'unsure', text: message(lang, 'explain.unsure') });
    if (index < 0) {
      if (v.certainty !== 'unreadable') out.push({ type: 'none', text: message(lang, 'explain.none') });
      return out;
    }
    const s = pack.scenarios[index] as Scenario;
    if (forced) out.push({ type: 'none', text: message(lang, 'explain.forced', { scenario: s.title[lang] }) });
    if (words.length)
      out.push({
        type: 'words',
        words,
        scenarioId: s.id,
        text: message(lang, 'explain.words', { scenario: s.title[lang], words: quote(lang, words) }),
      });
    for (const c of (a.routing.counted[index] ?? []).slice(0, 6)) {
      const found = a.text.slice(c.hit.start, c.hit.end);
      const params = { found, phrase: c.hit.phrase.text, scenario: s.title[lang] };
      out.push({
        type: 'match',
        phrase: c.hit.phrase.text,
        found,
        scenarioId: s.id,
        weight: c.weight,
        typo: c.hit.typo,
        text: message(lang, c.hit.typo ? 'explain.typo' : 'explain.match', params),
      });
      if (c.dampenedBy) {
        const near = a.text.slice(c.dampenedBy.start, c.dampenedBy.end);
        out.push({
          type: 'dampened',
          phrase: c.hit.phrase.text,
          scenarioId: s.id,
          text: message(lang, 'explain.dampened', { phrase: found, near: `“${near}”` }),
        });
      }
    }
    const source = pack.sources.find((x) => x.id === s.basis.source.sourceId);
    const citation = sourceLine(lang, source, s.basis.source.section);
    out.push({
      type: 'source',
      sourceId: s.basis.source.sourceId,
      section: s.basis.source.section,
      title: source?.title ?? '',
      url: source?.url ?? null,
      updated: source?.updated ?? null,
      text: message(lang, 'explain.source', { summary: s.basis.summary[lang], citation }),
    });
    return out;
  }

  function suggest(input: string, settings: Settings, options: SuggestOptions = {}): Suggestion {
    const a = analyse(input);
    const reason = options.language ? 'requested' : settings.language !== 'auto' ? 'setting' : 'detected';
    const lang: Lang = options.language ?? (settings.language !== 'auto' ? settings.language : a.detected);
    const forcedIndex =
      options.scenarioId === undefined ? -2 : pack.scenarios.findIndex((s) => s.id === options.scenarioId);
    const index = forcedIndex === -2 ? a.best : forcedIndex;
    const forced = forcedIndex >= 0;
    const alternatives = a.ranked
      .filter((i) => i !== index)
      .slice(0, 3)
      .map((i) => ({ id: pack.scenarios[i]!.id, title: pack.scenarios[i]!.title[lang], confidence: strengthOf(a, i) }));
    const words = index >= 0 && !forced ? topWords(router, a.routing, a.text, index) : [];
    const explanation = explain(a, index, lang, reason, forced, words);
    const certainty = forced ? 'sure' : a.verdict.certainty;
    const summary = summarize(a, index, lang, forced, words);

    if (index < 0) {
      return {
        language: lang,
        scenario: { id: 'none', title: message(lang, 'scenario.none'), confidence: round(a.verdict.noneStrength) },
        urgent: false,
        urgency: 'none',
        callFirst: null,
        recipients: { to: [], cc: [] },
        excerpts: [],
        advice: [],
        facts: {},
        draft: { language: lang, subject: '', body: '', missing: [] },
        explanation,
        certainty,
        summary,
        alternatives,
      };
    }

    const s = pack.scenarios[index] as Scenario;
    const to = s.to.map((id) => recipient(id, lang, settings));
    const cc = s.cc.map((id) => recipient(id, lang, settings));
    const quoted = s.excerpts.map((id) => excerptOut(id, lang)).filter((e): e is ExcerptOut => e !== null);
    const facts = extractFacts(a.text, s.facts);
    const extraMissing: ('rsoEmail' | 'opsCentrePhone' | 'opsCentreEmail')[] = [];
    for (const r of [...to, ...cc]) {
      const setting = contacts.get(r.contactId)?.emailSetting;
      if (r.email === null && setting && setting !== 'language')
        extraMissing.push(setting as 'rsoEmail' | 'opsCentreEmail');
    }
    let callFirst: Suggestion['callFirst'] = null;
    if (s.callFirst) {
      const c = contacts.get(s.callFirst) as Contact;
      const phone = c.phoneSetting ? settings[c.phoneSetting] || null : null;
      if (!phone) extraMissing.push('opsCentrePhone');
      callFirst = { contactId: c.id, name: c.name[lang], phone, email: address(c, settings) };
    }
    const draft = buildDraft({ scenario: s, lang, settings, facts, excerpts: quoted, extraMissing });
    return {
      language: lang,
      scenario: { id: s.id, title: s.title[lang], confidence: forced ? 1 : strengthOf(a, index) },
      urgent: s.urgency === 'urgent',
      urgency: s.urgency,
      callFirst,
      recipients: { to, cc },
      excerpts: quoted,
      advice: s.advice.map((x) => x[lang]),
      facts,
      draft,
      explanation,
      certainty,
      summary,
      alternatives,
    };
  }

  function checkDraft(
    d: { to: string[]; cc: string[]; subject: string; body: string },
    settings: Settings,
  ): DraftCheck {
    const a = analyse(`${d.subject}\n${d.body}`);
    const lang: Lang = settings.language !== 'auto' ? settings.language : a.detected;
    if (a.best < 0) return { scenarioId: 'none', language: lang, warnings: [] };
    const s = pack.scenarios[a.best] as Scenario;
    const title = s.title[lang];
    const norm = (x: string) =>
      x
        .trim()
        .toLowerCase()
        .replace(/^.*<([^>]+)>.*$/, '$1');
    const present = new Set([...d.to, ...d.cc].map(norm).filter(Boolean));
    const mailboxes = pack.contacts.filter((c) => c.email).map((c) => c.email!.toLowerCase());
    const warnings: DraftWarning[] = [];

    if (present.size === 0) {
      const names = s.to
        .map((id) => recipient(id, lang, settings))
        .map((r) => (r.email ? `${r.name} <${r.email}>` : r.name));
      warnings.push({
        code: 'no-recipients',
        severity: 'info',
        message: message(lang, 'warn.noRecipients', { scenario: title, names: names.join(', ') }),
      });
    } else {
      for (const id of s.to) {
        const r = recipient(id, lang, settings);
        const isRso = contacts.get(id)?.emailSetting === 'rsoEmail';
        if (r.email === null) {
          if (isRso)
            warnings.push({
              code: 'rso-not-configured',
              severity: 'info',
              message: message(lang, 'warn.rsoNotConfigured', { scenario: title }),
            });
          continue;
        }
        if (present.has(r.email.toLowerCase())) continue;
        const wrong = [...present].find((p) => mailboxes.includes(p));
        if (isRso) {
          warnings.push({
            code: 'missing-rso',
            severity: 'warning',
            message: message(lang, 'warn.missingRso', { scenario: title, email: r.email }),
            add: { to: [r.email], cc: [] },
          });
        } else if (wrong) {
          warnings.push({
            code: 'wrong-mailbox',
            severity: 'warning',
            message: message(lang, 'warn.wrongMailbox', {
              scenario: title,
              expected: r.email,
              name: r.name,
              actual: wrong,
            }),
            add: { to: [r.email], cc: [] },
          });
        } else {
          warnings.push({
            code: 'missing-recipient',
            severity: 'info',
            message: message(lang, 'warn.missingRecipient', { scenario: title, email: r.email, name: r.name }),
            add: { to: [r.email], cc: [] },
          });
        }
      }
      for (const id of s.cc) {
        const r = recipient(id, lang, settings);
        if (r.email && !present.has(r.email.toLowerCase())) {
          warnings.push({
            code: 'missing-cc',
            severity: 'info',
            message: message(lang, 'warn.missingCc', { scenario: title, email: r.email, name: r.name }),
            add: { to: [], cc: [r.email] },
          });
        }
      }
    }
    if (s.callFirst) {
      const c = contacts.get(s.callFirst) as Contact;
      const phone = c.phoneSetting ? settings[c.phoneSetting] : '';
      warnings.push({
        code: 'call-ops-centre',
        severity: 'info',
        message: phone ? message(lang, 'warn.callOpsCentre', { phone }) : message(lang, 'warn.callOpsCentreUnset'),
      });
    }
    const facts = extractFacts(a.text, s.facts);
    const absent = s.facts.filter((k: FactKey) => !facts[k]);
    if (absent.length)
      warnings.push({
        code: 'missing-facts',
        severity: 'info',
        message: message(lang, 'warn.missingFacts', { facts: absent.map((k) => factLabel(lang, k)).join(', ') }),
      });
    return { scenarioId: s.id, language: lang, warnings };
  }

  return { pack, suggest, checkDraft };
}
