// The popup's suggestion worker: what it answers is the core's suggest() on the same text,
// settings and choices (after the trip through postMessage), and the page's side hands routing
// back to the page when the worker fails.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAssistant } from '../../../shared/core/assist/assistant';
import { assistantFor, DEFAULT_MODEL, DEFAULT_PACK } from '../../../shared/core/assist/routing-chunk';
import { STORED_DEFAULTS } from '../../../shared/core/settings/read';
import type { Settings } from '../../../shared/core/pack/schema';
import { createAnswer, type SuggestReply, type SuggestRequest } from '../../../shared/ui/suggest-worker-answer';
import { corpusEmails } from '../../fixtures/corpus-emails';

// Every 25th corpus email: all three languages and every scenario, in a unit test's time.
const emails = corpusEmails().filter((_, i) => i % 25 === 0);
const settings: Settings = { ...STORED_DEFAULTS, rsoEmail: 'rso@example.org', dutyStation: 'Example City' };

describe('the worker answer', () => {
  // A fresh core, built apart from the worker's own (warmed) assistant.
  const core = createAssistant(structuredClone(DEFAULT_PACK), DEFAULT_MODEL);
  const answer = createAnswer(assistantFor(DEFAULT_PACK, DEFAULT_MODEL), STORED_DEFAULTS);
  const ask = (request: SuggestRequest): SuggestReply => structuredClone(answer(structuredClone(request)));

  it('is the core suggest() for every email, as the page receives it', () => {
    expect(emails.length).toBeGreaterThan(100);
    for (const [i, e] of emails.entries()) {
      const reply = ask({ id: i, text: e.text, settings, options: {} });
      // Break: suggest with the warm-up's `settings` instead of request.settings in createAnswer.
      expect(reply).toEqual({ id: i, ok: true, suggestion: core.suggest(e.text, settings, {}) });
    }
  });

  it('follows a picked language and situation as suggest() does', () => {
    const text = emails[0]!.text;
    for (const options of [
      { language: 'fr' as const },
      { scenarioId: 'air-safety' },
      { language: 'es' as const, scenarioId: 'none' },
    ]) {
      // Break: pass {} instead of request.options to suggest() in createAnswer.
      expect(ask({ id: 1, text, settings, options })).toEqual({
        id: 1,
        ok: true,
        suggestion: core.suggest(text, settings, options),
      });
    }
  });

  it('says it could not answer instead of throwing', () => {
    // Break: drop the try/catch in createAnswer and this throws.
    expect(answer({ id: 7, text: 'x', settings: null as unknown as Settings, options: {} })).toEqual({
      id: 7,
      ok: false,
    });
  });
});

/** A stand-in Worker that answers in this process with createAnswer, as the real one would. */
class FakeWorker {
  static made: FakeWorker[] = [];
  listeners: Record<string, ((event: { data?: unknown }) => void)[]> = {};
  broken = false;
  answer = createAnswer(assistantFor(DEFAULT_PACK, DEFAULT_MODEL), STORED_DEFAULTS);
  constructor(public url: string) {
    FakeWorker.made.push(this);
  }
  addEventListener(type: string, f: (event: { data?: unknown }) => void) {
    (this.listeners[type] ??= []).push(f);
  }
  postMessage(request: SuggestRequest) {
    setTimeout(() => {
      if (this.broken) for (const f of this.listeners.error ?? []) f({});
      else for (const f of this.listeners.message ?? []) f({ data: structuredClone(this.answer(request)) });
    });
  }
  terminate() {}
}

describe("the page's side", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
    FakeWorker.made = [];
  });
  const client = () => import('../../../shared/ui/suggest-worker-client');

  it('asks the worker only for the pack it serves', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { startSuggestWorker, workerFor } = await client();
    startSuggestWorker('/suggest-worker.js', DEFAULT_PACK);
    expect(FakeWorker.made.map((w) => w.url)).toEqual(['/suggest-worker.js']);
    // Break: drop `started.pack === pack` in workerFor and a joined pack goes to the worker.
    expect(workerFor({ ...DEFAULT_PACK })).toBeNull();
    const text = emails[1]!.text;
    const got = await workerFor(DEFAULT_PACK)!.suggest(text, settings, {});
    expect(got).toEqual(createAssistant(DEFAULT_PACK, DEFAULT_MODEL).suggest(text, settings, {}));
  });

  it('takes over the worker the page started early, or none if it had failed', async () => {
    const early = new FakeWorker('/early.js');
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('ossAssistSuggestWorker', { worker: early, failed: false });
    let m = await client();
    m.startSuggestWorker('/suggest-worker.js', DEFAULT_PACK);
    // Break: always `new Worker(url)` in startSuggestWorker and a second worker starts.
    expect(FakeWorker.made).toEqual([early]);
    expect(m.workerFor(DEFAULT_PACK)).not.toBeNull();
    vi.resetModules();
    vi.stubGlobal('ossAssistSuggestWorker', { worker: early, failed: true });
    m = await client();
    m.startSuggestWorker('/suggest-worker.js', DEFAULT_PACK);
    expect(m.workerFor(DEFAULT_PACK)).toBeNull();
  });

  it('hands routing back to the page when the worker fails', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { startSuggestWorker, workerFor } = await client();
    startSuggestWorker('/suggest-worker.js', DEFAULT_PACK);
    FakeWorker.made[0]!.broken = true;
    // Break: leave `state.failed` false in fail() and the worker is still offered.
    await expect(workerFor(DEFAULT_PACK)!.suggest('text', settings, {})).rejects.toThrow();
    expect(workerFor(DEFAULT_PACK)).toBeNull();
  });

  it('starts nothing where there are no workers', async () => {
    const { startSuggestWorker, workerFor } = await client();
    startSuggestWorker('/suggest-worker.js', DEFAULT_PACK);
    expect(workerFor(DEFAULT_PACK)).toBeNull();
  });
});
