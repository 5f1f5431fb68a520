// Where a person waits in a browser: the extension popup from open to ready (the search box can
// be used) and to a suggestion (a 2 KB email pasted and "Suggest" pressed), with no imported
// document, with 10,000 imported clauses, and with the crafted pack at the attach limits (issue
// 13); with 10,000 clauses also the first search after open and the next one (typed to results
// shown); and the Outlook task pane from load to suggestion on an open message, with office.js
// served locally and the Outlook stand-in of the e2e tests. Each document set gets a fresh
// browser profile, imported through the options page as a person would.
// Times are the page's own performance marks (shared/ui/marks.ts: ms since navigation started,
// taken when the view has rendered, not when the test driver noticed), in
// Debian's Chromium, headless. Needs the built extension and pane (`npm run build`). Run alone:
// `npx tsx bench/browser.ts`.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium, type Launched } from '../tests/e2e/browser';
import { serveAddin } from '../tests/e2e/addin-server';
import { pasteWhenReady } from '../tests/e2e/pages';
import { bigExtension, EMAIL_2KB } from './corpus';
import { craftedPack } from './documents';
import { round, summarise, type Figure } from './measure';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION = join(ROOT, '.output/chrome-mv3');
/** When the page marked this moment (shared/ui/marks.ts), waiting for its `count`th mark. */
async function marked(page: Page, moment: 'ready' | 'suggestion' | 'results', count = 1): Promise<number> {
  const name = `oss-assist:${moment}`;
  await page.waitForFunction(([n, c]) => performance.getEntriesByName(n).length >= c, [name, count] as const);
  return page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.startTime ?? NaN, name);
}

async function popupOnce(browser: Launched, suggest: boolean, path = 'popup.html'): Promise<number> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  if (suggest) await page.addInitScript({ content: pasteWhenReady(EMAIL_2KB) });
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  const at = await marked(page, suggest ? 'suggestion' : 'ready');
  await page.close();
  return at;
}

/**
 * The built extension with one more page, floor.html: an empty extension page whose one module
 * script writes a word and marks 'ready'. Its open-to-ready is the floor under the popup's (what
 * Chromium takes to create an extension page and run a script), so the figures say what the
 * popup itself costs. A copy: the shipped extension has no such page.
 */
function withFloorPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'oss-assist-floor-'));
  cpSync(EXTENSION, dir, { recursive: true });
  writeFileSync(
    join(dir, 'floor.html'),
    '<!doctype html><html><head><meta charset="utf-8"><script type="module" src="/floor.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(
    join(dir, 'floor.js'),
    "document.getElementById('root').textContent = 'OSS Assist'; performance.mark('oss-assist:ready');",
  );
  return dir;
}

async function importDocument(browser: Launched, extension: unknown): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByTestId('document-file').setInputFiles({
    name: 'bench-doc.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(extension)),
  });
  await options.getByTestId('document').first().waitFor({ timeout: 120_000 });
  await options.close();
}

/** Milliseconds from typing a query to its results on screen, first search after open then the next. */
async function searchesAfterOpen(browser: Launched): Promise<[number, number]> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await marked(page, 'ready');
  // The documents are read from IndexedDB after first paint: a person types after that.
  await page.waitForTimeout(300);
  const out: number[] = [];
  for (const [i, query] of ['security clearance', 'identification cards'].entries()) {
    // Typed from inside the page (React's own input event), so the driver's round trips are not timed.
    const start = await page.evaluate((q) => {
      const box = document.querySelector('[data-testid="query"]') as HTMLTextAreaElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
      const t = performance.now();
      setValue?.call(box, q);
      box.dispatchEvent(new Event('input', { bubbles: true }));
      return t;
    }, query);
    out.push((await marked(page, 'results', i + 1)) - start);
  }
  await page.close();
  return out as [number, number];
}

function figure(id: string, label: string, samples: number[], max?: number): Figure {
  const t = summarise(samples);
  return {
    id,
    label,
    value: round(t.median, 1),
    unit: 'ms',
    max,
    detail: `median of ${t.runs}, p95 ${round(t.p95, 1)} ms`,
  };
}

export async function benchBrowser(log: (line: string) => void, runs = 7): Promise<Figure[]> {
  if (!existsSync(join(EXTENSION, 'manifest.json')) || !existsSync(join(ROOT, 'dist/addin/taskpane.html'))) {
    log('browser: skipped — run "npm run build" first for the popup and pane figures');
    return [];
  }
  const figures: Figure[] = [];
  const sets: [string, string, unknown][] = [
    ['0', 'no imported document', null],
    ['10000', '10,000 imported clauses', bigExtension(10_000)],
    ['crafted', 'the crafted pack at the attach limits', craftedPack()],
  ];
  const extensionDir = withFloorPage();
  for (const [id, what, extension] of sets) {
    const browser = await launchChromium({ extensionDir });
    try {
      if (extension) {
        log(`browser: importing ${what} on the options page…`);
        await importDocument(browser, extension);
      }
      log(`browser: popup with ${what}…`);
      await popupOnce(browser, true); // the first open after start-up pays for the disk cache
      await popupOnce(browser, false, 'floor.html');
      const ready: number[] = [];
      const suggestion: number[] = [];
      const floor: number[] = [];
      for (let i = 0; i < runs; i++) {
        // The floor between the popup's opens, so both see the same machine.
        if (!extension) floor.push(await popupOnce(browser, false, 'floor.html'));
        ready.push(await popupOnce(browser, false));
        suggestion.push(await popupOnce(browser, true));
      }
      if (!extension)
        figures.push(figure('popup.floor', 'empty extension page open-to-ready (the floor under the popup)', floor));
      figures.push(figure(`popup.ready.${id}`, `popup open-to-ready, ${what}`, ready, 100));
      figures.push(
        figure(`popup.suggestion.${id}`, `  open-to-suggestion (2 KB email pasted when ready)`, suggestion, 150),
      );
      {
        const first: number[] = [];
        const next: number[] = [];
        for (let i = 0; i < runs; i++) {
          const [a, b] = await searchesAfterOpen(browser);
          first.push(a);
          next.push(b);
        }
        figures.push(figure(`popup.search.first.${id}`, '  first search after open, typed to results shown', first));
        figures.push(figure(`popup.search.next.${id}`, '  the next search', next));
      }
    } finally {
      await browser.close();
    }
  }
  rmSync(extensionDir, { recursive: true, force: true });

  log('browser: task pane with the Outlook stand-in…');
  const server = await serveAddin();
  const standin = readFileSync(join(ROOT, 'tests/fixtures/outlook-standin.js'), 'utf8');
  const pane = await launchChromium();
  try {
    const samples: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const page = await pane.context.newPage();
      await page.setViewportSize({ width: 320, height: 900 });
      await page.route('**/*', (route) =>
        new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
      );
      const message = { mode: 'read', subject: 'UN ID cards refused', body: EMAIL_2KB };
      await page.addInitScript({ content: `${standin}\ninstallOutlookStandin(${JSON.stringify(message)});` });
      await page.goto(`${server.origin}/taskpane.html`);
      const at = await marked(page, 'suggestion');
      if (i > 0) samples.push(at); // the first load fills the cache
      await page.close();
    }
    figures.push(figure('pane.suggestion', 'task pane load-to-suggestion (office.js local)', samples));
  } finally {
    await pane.close();
    await server.close();
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await benchBrowser((line) => process.stderr.write(`${line}\n`));
  for (const f of figures)
    console.log(`${f.label}: ${f.value} ${f.unit}${f.max ? ` (target ≤ ${f.max})` : ''}; ${f.detail}`);
}
