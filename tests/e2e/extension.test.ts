// The built extension (.output/chrome-mv3, from `npm run build:ext`) in Debian's Chromium:
// search in the popup, the selection of a real page read through activeTab + scripting,
// a setting changed on the options page and used in the draft, no request leaving the
// machine, axe-core on both pages, and the README screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type Launched } from './browser';
import { UI_STRINGS } from '../../shared/ui/i18n';

// The extension API as seen inside the service worker, for worker.evaluate().
declare const chrome: { tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> } };

const EXTENSION_DIR = resolve('.output/chrome-mv3');
const AXE = resolve('node_modules/axe-core/axe.min.js');
const SHOTS = resolve('docs/screenshots');
const s = UI_STRINGS.en;

// A reading pane, as on a webmail page: the person selects the message and asks.
const EMAIL =
  'Dear colleagues, this morning the UN clinic in Goma refused to treat our national staff member ' +
  'although she showed her UN ID card. The nurse said IOM staff are not covered. Please advise who can help.';
const MAIL_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inbox</title></head>
<body><h1>Inbox</h1><article><h2>Clinic refused our colleague</h2><p id="mail">${EMAIL}</p></article></body></html>`;

let browser: Launched;
let server: Server;
let origin = '';
const requests: string[] = [];

function extensionUrl(path: string) {
  return `chrome-extension://${browser.extensionId}/${path}`;
}

async function openExtensionPage(path: string, width = 440): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(extensionUrl(path));
  return page;
}

/**
 * The Chrome tab id of a page, as the extension sees it. Without the "tabs" permission the
 * extension cannot match tabs by URL, so the page is brought to the front and the active
 * tab that is not one of the extension's own pages is taken.
 */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('no extension service worker');
  const ids = await worker.evaluate(async () =>
    (await chrome.tabs.query({ active: true })).filter((t) => !t.url?.startsWith('chrome-extension:')).map((t) => t.id),
  );
  if (ids.length !== 1 || typeof ids[0] !== 'number') throw new Error(`expected one active page tab, got ${ids.join(',')}`);
  return ids[0];
}

/** Presses the toolbar button on a tab over CDP, which grants activeTab as a click does. */
async function pressToolbarButton(pageUrl: string) {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  // Tab targets are listed only when asked for with an empty filter.
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{}] });
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === pageUrl);
  if (!tab) throw new Error(`no tab target for ${pageUrl}`);
  await cdp.send('Extensions.triggerAction', { id: browser.extensionId!, targetId: tab.targetId });
  await cdp.detach();
}

async function openMailAndSelect(): Promise<{ page: Page; url: string }> {
  const page = await browser.context.newPage();
  const url = `${origin}/mail.html`;
  await page.goto(url);
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('mail')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  return { page, url };
}

async function seriousAxeViolations(page: Page) {
  // Extension pages forbid inline scripts (CSP); evaluating through the debugger is allowed.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    // @ts-expect-error axe is the script just injected
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    type Violation = { id: string; impact: string; help: string; nodes: { html: string; failureSummary?: string }[] };
    return (result.violations as Violation[])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => `${n.html} ${n.failureSummary ?? ''}`).join(' | ')}`);
  });
}

beforeAll(async () => {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${EXTENSION_DIR} is missing: run "npm run build:ext" first`);
  }
  server = createServer((req, res) => {
    if (req.url === '/mail.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(MAIL_PAGE);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchChromium({ extensionDir: EXTENSION_DIR });
  browser.context.on('request', (r) => requests.push(r.url()));
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

describe('browser extension', () => {
  it('finds contacts, services and excerpts as the person types', async () => {
    const popup = await openExtensionPage('popup.html');
    await popup.getByLabel(s.searchLabel).fill('OSSHQ');
    const hits = popup.getByTestId('search-hit');
    await expect.poll(() => hits.count()).toBeGreaterThan(0);
    const first = hits.first();
    expect(await first.getAttribute('data-type')).toBe('contact');
    expect(await first.textContent()).toContain('OSSHQ@iom.int');
    await popup.getByLabel(s.searchLabel).fill('air safety');
    await expect.poll(() => popup.getByTestId('search-results').textContent()).toMatch(/air safety|aviation/i);
    await popup.close();
  });

  it('cannot read a page the person has not pointed it at, and says so', async () => {
    const { page } = await openMailAndSelect();
    const popup = await openExtensionPage(`popup.html?tab=${await tabIdOf(page)}`);
    await popup.getByRole('button', { name: s.useSelection }).click();
    await expect.poll(() => popup.getByTestId('context-message').textContent()).toContain(s.cannotReadPage);
    await popup.close();
    await page.close();
  });

  it('suggests scenario, recipients and why for the selected text (activeTab + scripting)', async () => {
    const { page, url } = await openMailAndSelect();
    await pressToolbarButton(url);
    const popup = await openExtensionPage(`popup.html?tab=${await tabIdOf(page)}`);
    const scenario = popup.getByTestId('scenario');
    await scenario.waitFor();
    expect(await scenario.getAttribute('data-scenario')).toBe('service-refused');
    const recipients = popup.getByTestId('recipient');
    expect(await recipients.evaluateAll((els) => els.map((e) => e.getAttribute('data-contact')))).toEqual([
      'rso',
      'oss-general',
    ]);
    // No RSO address yet: the person is told plainly and offered the settings.
    expect(await popup.getByTestId('address-not-set').textContent()).toBe(s.rsoNotSet);
    expect(await popup.getByTestId('recipient').nth(1).textContent()).toContain('OSS@iom.int');
    const why = await popup.getByTestId('why').textContent();
    expect(why).toContain('refused');
    expect(why).toContain('UN ID card');
    expect(why).toContain('IOM Emergency Manual');
    await popup.close();
    await page.close();
  });

  it('uses a setting saved on the options page in the popup draft', async () => {
    const options = await openExtensionPage('options.html', 900);
    const rsoEmail = options.getByLabel(s.field.rsoEmail.label);
    await rsoEmail.fill('not an address');
    await options.getByRole('button', { name: s.save }).click();
    await expect.poll(() => options.getByTestId('settings-form').textContent()).toContain(s.notEmail);
    await rsoEmail.fill('rso.goma@example.org');
    await options.getByLabel(s.field.rsoName.label).fill('Jean Dupont');
    await options.getByLabel(s.field.dutyStation.label).fill('Goma');
    await options.getByLabel(s.field.senderName.label).fill('Amina Diallo');
    await options.getByLabel(s.field.opsCentrePhone.label).fill('+41 22 000 0000');
    await options.getByRole('button', { name: s.save }).click();
    await expect.poll(() => options.getByTestId('settings-status').textContent()).toBe(s.saved);
    expect(await options.getByTestId('settings-form').textContent()).not.toContain(s.notEmail);

    const popup = await openExtensionPage('popup.html');
    await popup.getByLabel(s.searchLabel).fill(EMAIL);
    await popup.getByRole('button', { name: s.suggestForText }).click();
    const rso = popup.locator('[data-testid="recipient"][data-contact="rso"]');
    expect(await rso.textContent()).toContain('rso.goma@example.org');
    const body = await popup.getByTestId('draft-body').textContent();
    expect(body).toContain('Dear Jean Dupont');
    expect(body).toContain('Amina Diallo');
    // The language switch rewrites the draft.
    await popup.getByRole('radio', { name: s.langName.fr }).check();
    await expect.poll(() => popup.getByTestId('draft-body').textContent()).toContain('Jean Dupont');
    expect(await popup.getByTestId('draft-body').getAttribute('lang')).toBe('fr');
    await popup.close();
    await options.close();
  });

  it('shows the urgent banner with the configured Operations Centre number', async () => {
    const popup = await openExtensionPage('popup.html');
    await popup
      .getByLabel(s.searchLabel)
      .fill('Our driver was kidnapped near Beni this afternoon; no contact since 14:00. Please help.');
    await popup.getByRole('button', { name: s.suggestForText }).click();
    const banner = popup.getByTestId('urgent-banner');
    expect(await banner.textContent()).toContain('+41 22 000 0000');
    expect(await banner.getByRole('link').getAttribute('href')).toBe('tel:+41220000000');
    await popup.close();
  });

  it('copies an address, and an excerpt as rich text with its citation', async () => {
    // Chromium grants clipboard reading to web origins only, so the local test page reads
    // what the popup put on the (browser-wide) clipboard.
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const reader = await browser.context.newPage();
    await reader.goto(`${origin}/mail.html`);
    const readClipboard = async () => {
      await reader.bringToFront();
      return reader.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        const read = async (type: string) => (item!.types.includes(type) ? (await item!.getType(type)).text() : null);
        return { text: await read('text/plain'), html: await read('text/html') };
      });
    };

    const popup = await openExtensionPage('popup.html');
    await popup.getByLabel(s.searchLabel).fill(EMAIL);
    await popup.getByRole('button', { name: s.suggestForText }).click();
    await popup.getByRole('button', { name: s.copyAddress('Office of Staff Security (OSS)') }).click();
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe(s.copied);
    expect((await readClipboard()).text).toBe('OSS@iom.int');

    await popup.bringToFront();
    const excerpt = popup.getByTestId('excerpt').first();
    const title = await excerpt.locator('span').first().textContent();
    await excerpt.getByRole('button', { name: `${s.copyRich}: ${title}` }).click();
    await expect.poll(() => popup.getByRole('button', { name: `${s.copyRich}: ${title}` }).textContent()).toBe(s.copied);
    const rich = await readClipboard();
    expect(rich.html).toContain('<blockquote');
    expect(rich.html).toContain('IOM Emergency Manual');
    expect(rich.text).toContain('— IOM Emergency Manual');
    await popup.close();
    await reader.close();
  });

  it('lets the person pick another situation', async () => {
    const popup = await openExtensionPage('popup.html');
    await popup
      .getByLabel(s.searchLabel)
      .fill('Our request for UN ID cards was refused by UNDSS, and we have a question about the MOU.');
    await popup.getByRole('button', { name: s.suggestForText }).click();
    const scenario = popup.getByTestId('scenario');
    expect(await scenario.getAttribute('data-scenario')).toBe('service-refused');
    await popup.getByLabel(s.otherScenario).selectOption('mou-question');
    await expect.poll(() => scenario.getAttribute('data-scenario')).toBe('mou-question');
    await popup.getByLabel(s.otherScenario).selectOption('');
    await expect.poll(() => scenario.getAttribute('data-scenario')).toBe('service-refused');
    await popup.close();
  });

  it('passes axe-core on the popup and the options page, and takes the README screenshots', async () => {
    const { page, url } = await openMailAndSelect();
    await pressToolbarButton(url);
    const popup = await openExtensionPage(`popup.html?tab=${await tabIdOf(page)}`);
    await popup.getByTestId('scenario').waitFor();
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: resolve(SHOTS, 'popup.png'), fullPage: true });
    // The dark theme follows the system setting; its contrast is checked as well.
    // Reduced motion so Fluent's colour transitions do not leave half-switched colours for axe.
    await popup.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await expect
      .poll(() => popup.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor))
      .not.toBe('rgb(250, 250, 250)');
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: resolve(SHOTS, 'popup-dark.png') });
    await popup.close();
    await page.close();

    const options = await openExtensionPage('options.html', 900);
    await options.getByTestId('settings-form').waitFor();
    expect(await seriousAxeViolations(options)).toEqual([]);
    await options.screenshot({ path: resolve(SHOTS, 'options.png'), fullPage: true });
    await options.close();
  });

  it('speaks the language chosen in the settings', async () => {
    const fr = UI_STRINGS.fr;
    const options = await openExtensionPage('options.html', 900);
    await options.getByLabel(s.field.language.label).selectOption('fr');
    await options.getByRole('button', { name: s.save }).click();
    // The page switches at once: its labels are now French.
    await options.getByRole('button', { name: fr.save }).waitFor();
    const popup = await openExtensionPage('popup.html');
    await popup.getByLabel(fr.searchLabel).fill('OSSHQ');
    await expect.poll(() => popup.getByTestId('search-results').textContent()).toContain(fr.hitType.contact);
    expect(await popup.locator('html').getAttribute('lang')).toBe('fr');
    await popup.close();
    // Back to automatic, for whoever runs next.
    await options.getByLabel(fr.field.language.label).selectOption('auto');
    await options.getByRole('button', { name: fr.save }).click();
    await options.getByRole('button', { name: s.save }).waitFor();
    await options.close();
  });

  it('sent no request beyond the extension and the local test page', () => {
    const local = (u: string) =>
      u.startsWith(`chrome-extension://${browser.extensionId}/`) ||
      u.startsWith(`${origin}/`) ||
      /^(data|blob|about):/.test(u);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !local(u))).toEqual([]);
  });
});
