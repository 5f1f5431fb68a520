// Hostile text in the real UI: the popup (typed text, a page selection, saved settings) and the
// Outlook pane (an HTML message, an organisation pack) show it as text. No element from the
// data appears in the page and no script from it runs. The pane is served without a CSP, so
// there a handler that slipped through would really run; this test would see it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UI_STRINGS } from '../../shared/ui/i18n';
import { ROOT, serveAddin, type AddinServer } from './addin-server';
import { launchBuiltExtension, launchChromium, type Launched } from './browser';
import { pressToolbarButton, selectText, servePages, tabIdOf } from './pages';

const s = UI_STRINGS.en;
const STANDIN = readFileSync(join(ROOT, 'tests', 'fixtures', 'outlook-standin.js'), 'utf8');

/** Markup that would leave a trace (an element with a pwned id, or window.__pwned) if it were ever parsed. */
const payload = (tag: string) =>
  `<img id="pwned-${tag}" src="x" onerror="window.__pwned='${tag}-img'">` +
  `<script id="pwned-${tag}-script">window.__pwned='${tag}-script'</script>` +
  `<svg id="pwned-${tag}-svg" onload="window.__pwned='${tag}-svg'"></svg>` +
  `<a id="pwned-${tag}-link" href="javascript:window.__pwned='${tag}-link'">details</a>`;

const HOSTILE_EMAIL = (tag: string) =>
  `URGENT: our driver was abducted by armed men near Goma this morning. No contact since ${payload(tag)} Please advise what we should do now; his phone is off and the car was found empty by the road.`;

async function traces(page: Page): Promise<{ elements: string[]; pwned: unknown }> {
  return page.evaluate(() => ({
    elements: [
      ...document.querySelectorAll('[id^="pwned"], [onerror], [onload], [href^="javascript:"], iframe, object, embed'),
    ].map((e) => e.outerHTML.slice(0, 120)),
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
  }));
}

async function expectTextOnly(page: Page, tag: string): Promise<void> {
  // The payload reached the page, as characters a person can read.
  await expect.poll(() => page.evaluate(() => document.body.innerText)).toContain(`<img id="pwned-${tag}"`);
  // Give any handler that slipped through the time to fire.
  await page.waitForTimeout(300);
  expect(await traces(page)).toEqual({ elements: [], pwned: undefined });
}

describe('hostile text in the extension popup', () => {
  let browser: Launched;
  let server: Awaited<ReturnType<typeof servePages>>;
  let origin = '';
  const MAIL = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inbox</title></head><body><p id="mail">${HOSTILE_EMAIL(
    'page',
  )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')}</p></body></html>`;

  const openPopup = async (query = '') => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 440, height: 900 });
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html${query}`);
    return page;
  };

  beforeAll(async () => {
    server = await servePages({ '/mail.html': MAIL });
    origin = server.origin;
    browser = await launchBuiltExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('typed text: suggestion, why and draft show the markup as text', async () => {
    const popup = await openPopup();
    await popup.getByLabel(s.searchLabel).fill(HOSTILE_EMAIL('typed'));
    await popup.getByRole('button', { name: s.suggestForText }).click();
    await popup.getByTestId('scenario').waitFor();
    expect(await popup.getByTestId('scenario').getAttribute('data-scenario')).toBe('hostage-incident');
    await expectTextOnly(popup, 'typed');
    await popup.close();
  });

  it('a selection on a page (activeTab): the same', async () => {
    const page = await browser.context.newPage();
    const url = `${origin}/mail.html`;
    await page.goto(url);
    await selectText(page, 'mail');
    // Press the toolbar button on that tab (grants activeTab, as a click does).
    await pressToolbarButton(browser, url);
    const tabId = await tabIdOf(browser, page);
    const popup = await openPopup(`?tab=${tabId}`);
    await popup.getByTestId('scenario').waitFor();
    await expectTextOnly(popup, 'page');
    // The page itself only ever held the payload as text too.
    expect(await traces(page)).toEqual({ elements: [], pwned: undefined });
    await popup.close();
    await page.close();
  });

  it('settings with markup are saved as text and drafted as text', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel(s.field.rsoEmail.label).fill('rso@example.org');
    await options.getByLabel(s.field.rsoName.label).fill('<img id="pwned-rso" src="x" onerror="window.__pwned=1">');
    await options.getByRole('button', { name: s.save }).click();
    await expect.poll(() => options.getByTestId('settings-status').textContent()).toBe(s.saved);
    expect(await traces(options)).toEqual({ elements: [], pwned: undefined });
    const popup = await openPopup();
    await popup.getByLabel(s.searchLabel).fill(HOSTILE_EMAIL('settings'));
    await popup.getByRole('button', { name: s.suggestForText }).click();
    await expect.poll(() => popup.getByTestId('draft-body').textContent()).toContain('<img id="pwned-rso"');
    await expectTextOnly(popup, 'settings');
    await popup.close();
    await options.close();
  });
});

describe('hostile text in the Outlook pane', () => {
  let server: AddinServer;
  let browser: Launched;
  const ORG_PACK = JSON.stringify({
    schemaVersion: 1,
    type: 'extension',
    id: 'hostile-org',
    title: 'Hostile org pack <b id="pwned-title">x</b>',
    extends: 'iom-oss',
    documentKind: 'mou',
    sources: [
      {
        id: 'hostile-src',
        title: 'Source <b id="pwned-source" onmouseover="window.__pwned=1">x</b>',
        url: null,
        updated: null,
      },
    ],
    excerpts: [
      {
        id: 'hostile-src.1',
        kind: 'clause',
        lang: 'en',
        title: 'Hostage incidents',
        text: `In a hostage incident the parties inform each other. ${payload('clause')}`,
        clause: { number: '1.1', path: ['Incidents'], page: 1 },
        source: { sourceId: 'hostile-src', section: 'Incidents' },
      },
    ],
    attach: [{ scenarioId: 'hostage-incident', keywords: ['hostage'] }],
  });

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist', 'addin', 'taskpane.html')))
      throw new Error('dist/addin is missing: run "npm run build:addin" first');
    server = await serveAddin();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('an HTML message and an organisation pack with markup show as text; nothing runs', async () => {
    server.setOrgPack(ORG_PACK);
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 380, height: 1000 });
    await page.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
    );
    const standin = {
      mode: 'read',
      subject: `Driver kidnapped ${payload('subject')}`,
      from: 'lead@example.org',
      to: ['me@example.org'],
      bodyType: 'html',
      body: `<p>${HOSTILE_EMAIL('body')}</p>`,
      stored: {
        settings: { rsoEmail: 'rso@example.org', rsoName: '<img id="pwned-rso" src="x" onerror="window.__pwned=1">' },
      },
    };
    await page.addInitScript({ content: `${STANDIN}\ninstallOutlookStandin(${JSON.stringify(standin)});` });
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByTestId('scenario').waitFor();
    expect(await page.getByTestId('scenario').getAttribute('data-scenario')).toBe('hostage-incident');
    await expect.poll(() => page.getByTestId('org-pack').count()).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => document.body.innerText)).toContain('<img id="pwned-clause"');
    await page.getByTestId('query').fill('hostage incident parties');
    await page.getByTestId('search-results').waitFor();
    await page.waitForTimeout(300);
    expect(await traces(page)).toEqual({ elements: [], pwned: undefined });
    await page.close();
  });
});
