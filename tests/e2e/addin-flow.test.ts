// Issue 10 in the built task pane with the Outlook stand-in: the first screen after a
// suggestion at 320 px wide (en/fr/es) with the primary action in view; the compose check
// that says nothing on an empty message and follows recipient changes (Outlook's
// RecipientsChanged event, or re-reading where Outlook has no such event); the first-run
// set-up in Outlook, which offers Outlook's language rather than the browser's.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDIN_STRINGS } from '../../addin/src/messages';
import { UI_STRINGS } from '../../shared/ui/i18n';
import type { Lang } from '../../shared/core/model/vocabulary';
import { ADDIN_DIST, ROOT, serveAddin, type AddinServer } from './addin-server';
import type { MockOptions } from '../fixtures/outlook-mock';
import { seriousAxeViolations, SHOTS } from './pages';
import { launchChromium, type Launched } from './browser';

const STANDIN = readFileSync(join(ROOT, 'tests', 'fixtures', 'outlook-standin.js'), 'utf8');
const SETTINGS = { rsoEmail: 'rso.kabul@example.org', rsoName: 'A. Rahimi', dutyStation: 'Kabul' };
const REFUSALS: Record<Lang, { subject: string; body: string }> = {
  en: {
    subject: 'Clearance refused for the Kandahar mission',
    body: 'UNDSS refused to give security clearance for our mission to Kandahar tomorrow.',
  },
  fr: {
    subject: 'Autorisation refusée pour la mission à Kandahar',
    body: 'L’UNDSS a refusé de délivrer l’autorisation de sécurité pour notre mission à Kandahar demain.',
  },
  es: {
    subject: 'Autorización denegada para la misión a Kandahar',
    body: 'El UNDSS se negó a dar la autorización de seguridad para nuestra misión a Kandahar mañana.',
  },
};
const DISPLAY: Record<Lang, string> = { en: 'en-US', fr: 'fr-FR', es: 'es-ES' };

let server: AddinServer;
let browser: Launched;

beforeAll(async () => {
  if (!['taskpane.html', 'send-check.js'].every((f) => existsSync(join(ADDIN_DIST, f)))) {
    execFileSync('npm', ['run', 'build:addin'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  server = await serveAddin();
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPane(standin: MockOptions, size = { width: 320, height: 600 }): Promise<Page> {
  server.setOrgPack(null);
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  await page.addInitScript({ content: `${STANDIN}\ninstallOutlookStandin(${JSON.stringify(standin)});` });
  await page.goto(`${server.origin}/taskpane.html`);
  return page;
}

const edit = (page: Page, change: { to?: string[]; cc?: string[]; subject?: string; body?: string }) =>
  page.evaluate((c) => (globalThis as unknown as { __outlookEdit: (c: object) => void }).__outlookEdit(c), change);

describe('task pane: from situation to sent email in one screen', () => {
  for (const lang of ['en', 'fr', 'es'] as const) {
    it(`read mode at 320 px: situation, To/Cc and "Open as new message" without scrolling (${lang})`, async () => {
      const s = UI_STRINGS[lang];
      const page = await openPane({
        mode: 'read',
        from: 'team.lead@example.org',
        to: ['me@example.org'],
        displayLanguage: DISPLAY[lang],
        ...REFUSALS[lang],
        stored: { settings: SETTINGS },
      });
      await page.getByTestId('scenario').waitFor();
      await page.screenshot({ path: join(SHOTS, `taskpane-first-screen-${lang}.png`) });
      expect(await page.getByTestId('scenario').getAttribute('data-scenario')).toBe('service-refused');
      const open = page.getByTestId('open-draft');
      expect(await open.textContent()).toBe(s.openNewMessage);
      for (const box of [
        await open.boundingBox(),
        await page.getByRole('button', { name: s.copyDraft }).boundingBox(),
        await page.getByRole('list', { name: s.to }).boundingBox(),
      ]) {
        expect(box).not.toBeNull();
        expect(box!.y + box!.height).toBeLessThanOrEqual(600);
        expect(box!.x + box!.width).toBeLessThanOrEqual(320);
      }
      expect(await page.getByRole('list', { name: s.to }).textContent()).toContain('rso.kabul@example.org');
      expect(await page.getByRole('list', { name: s.cc }).textContent()).toContain('OSS@iom.int');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('compose: nothing to say on an empty message, then follows a recipient change (RecipientsChanged)', async () => {
    const t = ADDIN_STRINGS.en;
    const page = await openPane({ mode: 'compose', stored: { settings: SETTINGS } }, { width: 320, height: 900 });
    const check = page.getByTestId('compose-check');
    await check.getByTestId('compose-empty').waitFor();
    expect(await check.textContent()).not.toContain(t.composeOk);
    expect(await check.getByTestId('draft-warning').count()).toBe(0);
    // The pane listens to Outlook's event (it does not only wait for its slower re-read).
    await expect
      .poll(() =>
        page.evaluate(() => (globalThis as unknown as { __outlook: { handlers: number } }).__outlook.handlers),
      )
      .toBe(1);
    // The person writes a refusal to OSS only; the recipients change raises Outlook's event.
    await edit(page, { ...REFUSALS.en, to: ['OSS@iom.int'] });
    await check.getByTestId('draft-warning').filter({ hasText: 'rso.kabul@example.org' }).waitFor({ timeout: 3000 });
    // Adding the RSO by hand in Outlook clears the warning, without "Check again".
    await edit(page, { to: ['OSS@iom.int', 'rso.kabul@example.org'] });
    await expect
      .poll(() => check.getByTestId('draft-warning').filter({ hasText: 'rso.kabul@example.org' }).count(), {
        timeout: 3000,
      })
      .toBe(0);
    expect(await check.getByRole('button', { name: t.checkAgain }).count()).toBe(1);
    await page.close();
  });

  it('compose in an Outlook without RecipientsChanged (Mailbox 1.6): the check still follows, by re-reading', async () => {
    const page = await openPane(
      { mode: 'compose', mailbox: '1.6', stored: { settings: SETTINGS } },
      { width: 320, height: 900 },
    );
    const check = page.getByTestId('compose-check');
    await check.getByTestId('compose-empty').waitFor();
    await edit(page, { ...REFUSALS.en, to: ['OSS@iom.int'] });
    await check.getByTestId('draft-warning').filter({ hasText: 'rso.kabul@example.org' }).waitFor({ timeout: 10_000 });
    await page.close();
  });

  it('first-run set-up in Outlook: asks for the RSO and offers Outlook’s language, not the browser’s', async () => {
    const s = UI_STRINGS.en;
    const page = await openPane({ mode: 'compose' }, { width: 320, height: 900 });
    const welcome = page.getByTestId('welcome');
    await welcome.waitFor();
    const languages = await welcome.locator('select[name="language"] option').allTextContents();
    expect(languages).toContain(s.languageAutoOutlook);
    expect(languages).not.toContain(s.languageAuto);
    await welcome.getByLabel(s.field.rsoEmail.label).fill('rso.kabul@example.org');
    await welcome.getByRole('button', { name: s.welcomeSave }).click();
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { __outlook: { saved: unknown[] } }).__outlook.saved))
      .toEqual([{ settings: expect.objectContaining({ rsoEmail: 'rso.kabul@example.org' }) }]);
    expect(await welcome.count()).toBe(0);
    await page.close();
  });
});
