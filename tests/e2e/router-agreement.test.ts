// The CLI, the popup, the task pane and the send-time check give the same verdict on every
// corpus email. Each face is exercised through what ships: the built send-check.js run in
// node:vm, and the popup's and the pane's built routing chunk imported inside their own pages
// in Chromium (so it runs with the very chunks those pages load), all compared with the
// core's suggest() and with `oss-assist suggest --jsonl`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultPack } from '../../shared/core/index';
import { createAssistant } from '../../shared/core/assist/assistant';
import { DEFAULT_MODEL } from '../../shared/core/assist/default-model';
import { runCli } from '../unit/cli/helpers';
import { ADDIN_DIST, ROOT, serveAddin, type AddinServer } from './addin-server';
import { corpusEmails } from '../fixtures/corpus-emails';
import { launchChromium, type Launched } from './browser';

const emails = corpusEmails();

const core = createAssistant(defaultPack(), DEFAULT_MODEL);
const expected = emails.map((e) => core.suggest(e.text, DEFAULT_SETTINGS).scenario.id);
const chunkIn = (dir: string) => readdirSync(dir).find((f) => /^routing-chunk-.*\.js$/.test(f));

let server: AddinServer;
let browser: Launched;
beforeAll(async () => {
  server = await serveAddin();
  browser = await launchChromium({ extensionDir: join(ROOT, '.output', 'chrome-mv3') });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Routes every email with the routing chunk a page loads, inside that page. */
async function routeInPage(url: string, chunk: string): Promise<string[]> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const out: string[] = [];
  for (let i = 0; i < emails.length; i += 250) {
    const texts = emails.slice(i, i + 250).map((e) => e.text);
    // A string, not a function: vitest would rewrite import() inside a function it transforms.
    const script = `(async () => {
      const m = await import(${JSON.stringify(chunk)});
      const a = m.assistantFor(m.DEFAULT_PACK, m.DEFAULT_MODEL);
      const settings = ${JSON.stringify(DEFAULT_SETTINGS)};
      return ${JSON.stringify(texts)}.map((t) => a.suggest(t, settings).scenario.id);
    })()`;
    out.push(...((await page.evaluate(script)) as string[]));
  }
  await page.close();
  return out;
}

describe('the same verdict everywhere', { timeout: 600_000 }, () => {
  it('has a corpus to compare on', () => {
    expect(emails.length).toBeGreaterThan(1000);
  });

  it('the send-time script (dist/addin/send-check.js in node:vm)', () => {
    const context = createContext({});
    runInContext(readFileSync(join(ADDIN_DIST, 'send-check.js'), 'utf8'), context);
    const bundle = (
      context as { ossAssistSendCheck: { checkDraft: (d: unknown, s: unknown) => { scenarioId: string } } }
    ).ossAssistSendCheck;
    const got = emails.map(
      (e) => bundle.checkDraft({ to: [], cc: [], subject: '', body: e.text }, DEFAULT_SETTINGS).scenarioId,
    );
    // Break: build send-check.ts with createAssistant(DEFAULT_PACK) (no model) and this differs.
    expect(got).toEqual(expected);
  });

  it('the CLI (oss-assist suggest --jsonl)', async () => {
    const input = emails.map((e) => JSON.stringify({ id: e.id, text: e.text })).join('\n');
    const { code, out } = await runCli(['suggest', '--jsonl'], input);
    expect(code).toBe(0);
    const got = out
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { scenario: { id: string } }).scenario.id);
    expect(got).toEqual(expected);
  });

  it('the task pane (its built routing chunk, in its page)', async () => {
    const chunk = chunkIn(join(ADDIN_DIST, 'assets'));
    expect(chunk).toBeDefined();
    expect(await routeInPage(`${server.origin}/taskpane.html`, `./assets/${chunk}`)).toEqual(expected);
  });

  it('the popup (its built routing chunk, in its page)', async () => {
    const chunk = chunkIn(join(ROOT, '.output', 'chrome-mv3', 'chunks'));
    expect(chunk).toBeDefined();
    expect(await routeInPage(`chrome-extension://${browser.extensionId}/popup.html`, `/chunks/${chunk}`)).toEqual(
      expected,
    );
  });
});
