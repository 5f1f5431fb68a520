// The built extension (.output/chrome-mv3, from `npm run build:ext`) in Debian's Chromium:
// search in the popup, the selection of a real page read through activeTab + scripting,
// a setting changed on the options page and used in the draft, no request leaving the
// machine, axe-core on both pages, and the README screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBuiltExtension, type Launched } from './browser';
import {
  openExtensionPage as openPage,
  pressToolbarButton as press,
  pasteWhenReady,
  selectText,
  servePages,
  seriousAxeViolations,
  tabIdOf as tabOf,
  SHOTS,
} from './pages';
import { UI_STRINGS } from '../../shared/ui/i18n';

const s = UI_STRINGS.en;

// A reading pane, as on a webmail page: the person selects the message and asks.
const EMAIL =
  'Dear colleagues, this morning the UN clinic in Goma refused to treat our national staff member ' +
  'although she showed her UN ID card. The nurse said IOM staff are not covered. Please advise who can help.';
const MAIL_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inbox</title></head>
<body><h1>Inbox</h1><article><h2>Clinic refused our colleague</h2><p id="mail">${EMAIL}</p></article></body></html>`;

let browser: Launched;
let server: Awaited<ReturnType<typeof servePages>>;
let origin = '';
const requests: string[] = [];
const openExtensionPage = (path: string, width?: number) => openPage(browser, path, width);
const tabIdOf = (page: Page) => tabOf(browser, page);
const pressToolbarButton = (url: string) => press(browser, url);

async function openMailAndSelect(): Promise<{ page: Page; url: string }> {
  const page = await browser.context.newPage();
  const url = `${origin}/mail.html`;
  await page.goto(url);
  await selectText(page, 'mail');
  return { page, url };
}

beforeAll(async () => {
  server = await servePages({ '/mail.html': MAIL_PAGE });
  origin = server.origin;
  browser = await launchBuiltExtension();
  browser.context.on('request', (r) => requests.push(r.url()));
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
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
    await options.getByLabel(s.field.opsCentrePhone.label).fill('+00 00 000 0000');
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
      .fill('URGENT: our driver was abducted by armed men near Beni this afternoon.');
    await popup.getByRole('button', { name: s.suggestForText }).click();
    const banner = popup.getByTestId('urgent-banner');
    expect(await banner.textContent()).toContain('+00 00 000 0000');
    expect(await banner.getByRole('link').getAttribute('href')).toBe('tel:+00000000000');
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
    await expect
      .poll(() => popup.getByRole('button', { name: `${s.copyRich}: ${title}` }).textContent())
      .toBe(s.copied);
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
      .fill('UNDSS refused to issue UN ID cards to our staff, and we have a question about the MOU.');
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
      .poll(() =>
        popup.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor),
      )
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

  it('routes an email pasted as the popup opens, running the router only after first paint', async () => {
    // Pasted from inside the page the moment the view marks itself ready (as bench/browser.ts does),
    // and every search-results list that appears meanwhile is counted.
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 440, height: 900 });
    await page.addInitScript({
      content: `
        window.searchListsShown = 0;
        new MutationObserver(() => {
          if (document.querySelector('[data-testid="search-results"]')) window.searchListsShown++;
        }).observe(document, { childList: true, subtree: true });
        ${pasteWhenReady(EMAIL)}`,
    });
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const scenario = page.getByTestId('scenario');
    await scenario.waitFor();
    expect(await scenario.getAttribute('data-scenario')).toBe('service-refused');
    const order = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      router: performance.getEntriesByName('oss-assist:router')[0]?.startTime ?? NaN,
      lists: (window as unknown as { searchListsShown: number }).searchListsShown,
    }));
    // The router's chunk is preloaded (read while the popup starts) but runs only after first paint.
    expect(order.paint).toBeGreaterThan(0);
    expect(order.router).toBeGreaterThan(order.paint);
    // The pasted email is routed, not looked up as well (its results would never be shown).
    expect(order.lists).toBe(0);
    await page.close();
  });

  it("draws the suggestion's first screen before its excerpts and full draft", async () => {
    // What was on the page the moment the suggestion marked itself on screen (shared/ui/marks.ts),
    // read synchronously in that mark's call.
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.addInitScript({
      content: `
        const mark = performance.mark.bind(performance);
        performance.mark = (name, ...rest) => {
          if (name === 'oss-assist:suggestion' && !window.atSuggestion)
            window.atSuggestion = {
              card: Boolean(document.querySelector('[data-testid="suggestion"]')),
              actions: Boolean(document.querySelector('[data-testid="draft-actions"]')),
              draft: Boolean(document.querySelector('[data-testid="draft"]')),
              excerpts: document.querySelectorAll('[data-testid="excerpt"]').length,
            };
          return mark(name, ...rest);
        };
        ${pasteWhenReady(EMAIL)}`,
    });
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    // Then the rest follows (after that frame's paint).
    await page.getByTestId('draft').waitFor();
    expect(await page.getByTestId('excerpt').count()).toBeGreaterThan(0);
    const first = await page.evaluate(() => (window as unknown as { atSuggestion: unknown }).atSuggestion);
    // Break: render DraftPreview and ExcerptList without waiting for `painted` in SuggestionView.
    expect(first).toEqual({ card: true, actions: true, draft: false, excerpts: 0 });
    await page.close();
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
