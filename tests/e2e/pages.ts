// Steps the end-to-end tests share: a local page to act on, the extension's own pages, a
// selection, the toolbar button, and axe-core.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Launched } from './browser';

// The extension API as seen inside the service worker, for worker.evaluate().
declare const chrome: { tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> } };

const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Where the tests save their screenshots: test-results/ on every run, so a test run leaves
 * the work tree clean; docs/screenshots/ (the README's) with `npm run screenshots`.
 */
export const SHOTS = resolve(process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots');

/** Serves one HTML page (or one per path, 404 otherwise) on 127.0.0.1 at a free port. */
export async function servePages(
  pages: string | Record<string, string>,
): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const html = typeof pages === 'string' ? pages : pages[req.url ?? ''];
    if (html === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

export async function openExtensionPage(browser: Launched, path: string, width = 440): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

/** Selects the whole text of the element with this id, as a person dragging over it would. */
export async function selectText(page: Page, id: string): Promise<void> {
  await page.evaluate((elementId) => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById(elementId)!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, id);
}

/** Presses the toolbar button on a tab over CDP, which grants activeTab as a click does. */
export async function pressToolbarButton(browser: Launched, pageUrl: string): Promise<void> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  // Tab targets are listed only when asked for with an empty filter.
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{}] });
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === pageUrl);
  if (!tab) throw new Error(`no tab target for ${pageUrl}`);
  await cdp.send('Extensions.triggerAction', { id: browser.extensionId!, targetId: tab.targetId });
  await cdp.detach();
}

/**
 * The Chrome tab id of a page, as the extension sees it. Without the "tabs" permission the
 * extension cannot match tabs by URL, so the page is brought to the front and the active
 * tab that is not one of the extension's own pages is taken.
 */
export async function tabIdOf(browser: Launched, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('no extension service worker');
  const ids = await worker.evaluate(async () =>
    (await chrome.tabs.query({ active: true })).filter((t) => !t.url?.startsWith('chrome-extension:')).map((t) => t.id),
  );
  if (ids.length !== 1 || typeof ids[0] !== 'number')
    throw new Error(`expected one active page tab, got ${ids.join(',')}`);
  return ids[0];
}

/** axe-core's serious and critical violations on the page, one line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Extension pages forbid inline scripts (CSP); evaluating through the debugger is allowed.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    type Violation = { id: string; impact: string; help: string; nodes: { html: string; failureSummary?: string }[] };
    const axe = (
      globalThis as unknown as { axe: { run(d: Document, o: object): Promise<{ violations: Violation[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => `${n.html} ${n.failureSummary ?? ''}`).join(' | ')}`,
      );
  });
}

/**
 * A page script that pastes `text` into the view's box the moment the view marks itself ready,
 * from inside the page, so a figure is the product's time and not the test driver's round trips
 * (bench/browser.ts). A pasted email is routed at once (AssistantApp's onPaste).
 */
export const pasteWhenReady = (text: string) => `
  new PerformanceObserver((list, observer) => {
    if (!list.getEntries().some((e) => e.name === 'oss-assist:ready')) return;
    observer.disconnect();
    setTimeout(() => {
      const box = document.querySelector('[data-testid="query"]');
      const data = new DataTransfer();
      data.setData('text/plain', ${JSON.stringify(text)});
      box.focus();
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
  }).observe({ type: 'mark' });`;
