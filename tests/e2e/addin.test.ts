// The built Outlook task pane in Debian's Chromium, with the real office.js served from the
// installed package. Outside Outlook it must say so and still search; with a mailbox
// stand-in (tests/fixtures/outlook-standin.js) the read and compose flows work end to end.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import * as acorn from 'acorn';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDIN_STRINGS } from '../../addin/src/messages';
import { SEND_HANDLER_NAME } from '../../addin/src/send-handler';
import { UI_STRINGS } from '../../shared/ui/i18n';
import { ADDIN_DIST, ROOT, serveAddin, type AddinServer } from './addin-server';
import type { MockOptions } from '../fixtures/outlook-mock';
import { seriousAxeViolations, SHOTS } from './pages';
import { launchChromium, type Launched } from './browser';
import { outlookMock } from '../fixtures/outlook-mock';
import { KB, modelAllowance } from '../../scripts/budgets.mjs';

// Built-ins newer than ECMAScript 2016 that a runtime limited to it would not have.
const ES2017_AND_LATER = [
  'Object.values',
  'Object.entries',
  'Object.fromEntries',
  'Object.hasOwn',
  'Array.prototype.flat',
  'Array.prototype.flatMap',
  'Array.prototype.at',
  'Array.prototype.findLast',
  'String.prototype.at',
  'String.prototype.trimStart',
  'String.prototype.trimEnd',
  'String.prototype.padStart',
  'String.prototype.padEnd',
  'String.prototype.matchAll',
  'String.prototype.replaceAll',
  'globalThis.globalThis',
];

const t = ADDIN_STRINGS.en;
const s = UI_STRINGS.en;
const STANDIN = readFileSync(join(ROOT, 'tests', 'fixtures', 'outlook-standin.js'), 'utf8');
// office.js (Microsoft's code) reaches for its own telemetry outside Office; the test blocks
// it like every other outside request, and checks that nothing else tried to leave.
const MICROSOFT = /(^|\.)(microsoft\.com|office\.com|office\.net|oaspapps\.com|live\.com|msocdn\.com)$/;

const SETTINGS = {
  rsoEmail: 'rso.kabul@example.org',
  rsoName: 'A. Rahimi',
  dutyStation: 'Kabul',
  senderName: 'Field manager',
};
const REFUSAL = {
  subject: 'Clearance refused for the Kandahar mission',
  body: 'UNDSS refused to give security clearance for our mission to Kandahar tomorrow. <script>alert(1)</script>',
};

// A SAMPLE organisation clause (invented for the test, not a real MOU) whose text looks like
// markup: it must arrive escaped.
const ORG_PACK = JSON.stringify({
  schemaVersion: 1,
  type: 'extension',
  id: 'kabul-hosting-mou',
  title: 'SAMPLE hosting MOU for tests',
  extends: 'iom-oss',
  documentKind: 'mou',
  sources: [
    { id: 'kabul-mou', title: 'SAMPLE host country MOU (not a real document)', url: null, updated: '2024-03-01' },
  ],
  excerpts: [
    {
      id: 'kabul-mou.4.2',
      kind: 'clause',
      lang: 'en',
      title: '4.2 Security clearance',
      text: 'The authorities shall not refuse <b>security clearance</b> & "escorts" to IOM missions.',
      clause: { number: '4.2', path: ['Security'], page: 3 },
      source: { sourceId: 'kabul-mou', section: '4.2 Security clearance' },
    },
  ],
  attach: [{ scenarioId: 'service-refused', keywords: ['clearance'] }],
});

// The stand-in mailbox takes the unit tests' mock options, plus a failing Office.onReady.
type StandinOptions = MockOptions & { failReady?: string };

interface OutlookLog {
  opened: { toRecipients: string[]; ccRecipients: string[]; subject: string; htmlBody: string }[];
  replies: { htmlBody: string }[];
  inserted: { data: string; coercionType: string }[];
  added: { to: string[]; cc: string[] };
  saved: { settings?: Record<string, string> }[];
}

let server: AddinServer;
let browser: Launched;

beforeAll(async () => {
  // `npm test` builds first; a lone `vitest --project e2e` builds the add-in itself.
  if (!['taskpane.html', 'send-check.js', 'manifest.xml'].every((f) => existsSync(join(ADDIN_DIST, f)))) {
    // Vitest sets NODE_ENV=test, which would give a development build of React.
    execFileSync('npm', ['run', 'build:addin'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  server = await serveAddin();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPane(standin?: StandinOptions, orgPack: string | null = null) {
  server.setOrgPack(orgPack);
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 380, height: 1000 });
  // No colour transitions half-way through when axe or the screenshot looks.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (standin) await page.addInitScript({ content: `${STANDIN}\ninstallOutlookStandin(${JSON.stringify(standin)});` });
  await page.goto(`${server.origin}/taskpane.html`);
  return { page, outside, errors };
}

const outlookLog = (page: Page) => page.evaluate(() => (globalThis as unknown as { __outlook: OutlookLog }).__outlook);

function onlyMicrosoftLeft(outside: string[]) {
  for (const url of outside) expect(new URL(url).hostname, url).toMatch(MICROSOFT);
}

describe('Outlook task pane in Chromium', () => {
  it('outside Outlook says so plainly and still searches', async () => {
    const { page, outside, errors } = await openPane();
    await expect.poll(() => page.getByTestId('not-in-outlook').textContent()).toContain(t.notInOutlook);
    await page.getByTestId('query').fill('hostage');
    await page.getByTestId('search-results').waitFor();
    expect(await page.getByTestId('search-hit').count()).toBeGreaterThan(0);
    // No message actions without a message.
    expect(await page.getByRole('button', { name: s.useSelection }).count()).toBe(0);
    expect(errors).toEqual([]);
    onlyMicrosoftLeft(outside);
    await page.close();
  });

  it('starts without office.js (the CDN unreachable on a slow link), says so, and still searches', async () => {
    const page = await browser.context.newPage();
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      return url.hostname === '127.0.0.1' && !url.pathname.startsWith('/office-js/') ? route.continue() : route.abort();
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.origin}/taskpane.html`);
    await expect.poll(() => page.getByTestId('not-in-outlook').textContent()).toContain(t.notInOutlook);
    await page.getByTestId('query').fill('RSO');
    await page.getByTestId('search-results').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('read mode: suggests for the open message and opens the escalation draft with the right recipients', async () => {
    const { page, outside, errors } = await openPane({
      mode: 'read',
      from: 'team.lead@example.org',
      to: ['me@example.org'],
      ...REFUSAL,
      stored: { settings: SETTINGS },
    });
    const scenario = page.getByTestId('scenario');
    await scenario.waitFor();
    expect(await scenario.getAttribute('data-scenario')).toBe('service-refused');
    // The README's picture: the pane as it opens on a message, at a task pane's width.
    await page.screenshot({ path: join(SHOTS, 'taskpane.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByTestId('open-draft').click();
    await expect.poll(async () => (await outlookLog(page)).opened.length).toBe(1);
    const [draft] = (await outlookLog(page)).opened;
    expect(draft!.toRecipients).toEqual(['rso.kabul@example.org']);
    expect(draft!.ccRecipients).toContain('OSS@iom.int');
    expect(draft!.subject.length).toBeGreaterThan(0);
    expect(draft!.htmlBody).not.toMatch(/<script/i);

    // Reply with an excerpt quoted (read mode only).
    await page
      .getByTestId('excerpt')
      .first()
      .getByRole('button', { name: new RegExp(`^${s.replyWith}`) })
      .click();
    await expect.poll(async () => (await outlookLog(page)).replies.length).toBe(1);
    const reply = (await outlookLog(page)).replies[0]!.htmlBody;
    expect(reply.length).toBeGreaterThan(20);
    expect(reply).not.toMatch(/<script/i);
    expect(await page.getByRole('button', { name: new RegExp(`^${s.insert}`) }).count()).toBe(0);

    expect(errors).toEqual([]);
    onlyMicrosoftLeft(outside);
    await page.close();
  });

  it('compose mode: warns about the missing RSO, adds them, and inserts an organisation clause escaped', async () => {
    const { page, outside, errors } = await openPane(
      { mode: 'compose', to: ['OSS@iom.int'], ...REFUSAL, stored: { settings: SETTINGS } },
      ORG_PACK,
    );
    await expect
      .poll(() => page.getByTestId('org-pack').textContent())
      .toContain(t.orgPackLoaded('SAMPLE hosting MOU for tests'));
    const warning = page.getByTestId('draft-warning').filter({ hasText: 'rso.kabul@example.org' });
    await warning.waitFor();
    await page.screenshot({ path: join(SHOTS, 'taskpane-compose.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await warning.getByRole('button', { name: t.addThese('rso.kabul@example.org') }).click();
    await expect.poll(async () => (await outlookLog(page)).added.to).toEqual(['rso.kabul@example.org']);
    // Checked again: the RSO warning is gone, and OSS@iom.int was kept (only added, never removed).
    await expect
      .poll(() => page.getByTestId('draft-warning').filter({ hasText: 'rso.kabul@example.org' }).count())
      .toBe(0);

    const clause = page.getByTestId('excerpt').filter({ hasText: '4.2 Security clearance' });
    await clause.getByRole('button', { name: new RegExp(`^${s.insert}`) }).click();
    await expect.poll(async () => (await outlookLog(page)).inserted.length).toBe(1);
    const [inserted] = (await outlookLog(page)).inserted;
    expect(inserted!.coercionType).toBe('html');
    expect(inserted!.data).toContain('&lt;b&gt;security clearance&lt;/b&gt; &amp;');
    expect(inserted!.data).not.toContain('<b>security');
    expect(inserted!.data).toContain('SAMPLE host country MOU (not a real document)');
    expect(errors).toEqual([]);
    onlyMicrosoftLeft(outside);
    await page.close();
  });

  it('settings: opened from the unset RSO address, kept in roaming settings, used at once', async () => {
    const { page, errors } = await openPane({ mode: 'read', ...REFUSAL });
    await page.getByTestId('address-not-set').first().click();
    const form = page.getByTestId('settings-form');
    await form.locator('input[name="rsoName"]').fill('B. Mutombo');
    await form.locator('input[name="rsoEmail"]').fill('not an address');
    // Leave the field first: nothing may move under the pointer before Save is pressed.
    await form.locator('input[name="rsoEmail"]').press('Tab');
    await form.getByRole('button', { name: s.save }).click();
    await expect.poll(() => page.getByTestId('settings-status').textContent()).toBe(s.fixErrors);
    expect((await outlookLog(page)).saved).toEqual([]);
    await form.locator('input[name="rsoEmail"]').fill('rso.goma@example.org');
    await form.getByRole('button', { name: s.save }).click();
    await expect.poll(async () => (await outlookLog(page)).saved.length).toBe(1);
    expect((await outlookLog(page)).saved[0]!.settings).toMatchObject({
      rsoEmail: 'rso.goma@example.org',
      rsoName: 'B. Mutombo',
    });
    // Back on the assistant, the suggestion now names the RSO.
    await page.getByTestId('recipient').filter({ hasText: 'rso.goma@example.org' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('explains what an old Outlook cannot do, and shows Outlook errors in the pane', async () => {
    const old = await openPane({ mode: 'compose', mailbox: '1.1', ...REFUSAL, to: ['OSS@iom.int'] });
    await expect
      .poll(() => old.page.getByTestId('missing-features').textContent())
      .toContain(t.missingFeature.readBody);
    expect(await old.page.getByRole('button', { name: new RegExp(`^${s.insert}`) }).count()).toBe(0);
    await old.page.close();

    const failing = await openPane({ mode: 'read', ...REFUSAL, failBody: 'The item was moved.' });
    await expect
      .poll(() => failing.page.getByTestId('pane-error').textContent())
      .toContain(`${t.readBody}: The item was moved.`);
    await failing.page.close();

    // The settings form is loaded on demand; a link that drops then is said, not a blank pane.
    const dropped = await openPane({ mode: 'read', ...REFUSAL });
    await dropped.page.route(/\/assets\/SettingsForm-[^/]*\.js$/, (route) => route.abort());
    await dropped.page.getByRole('button', { name: s.settings, exact: true }).click();
    await dropped.page.getByTestId('load-error').waitFor();
    await dropped.page.close();

    const broken = await openPane({ mode: 'read', ...REFUSAL, failReady: 'Host initialisation failed.' });
    await expect
      .poll(() => broken.page.getByTestId('start-problem').textContent())
      .toBe(t.startFailed('Host initialisation failed.'));
    // Still usable for search.
    await broken.page.getByTestId('query').fill('hostage');
    await broken.page.getByTestId('search-results').waitFor();
    await broken.page.close();
  });

  it('says plainly when the organisation pack next to the pane cannot be used', async () => {
    const { page } = await openPane(undefined, '{"schemaVersion": 1, "type": "extension"}');
    const notice = page.getByTestId('org-pack');
    await expect.poll(() => notice.textContent()).toContain('org-pack.json');
    expect(await notice.textContent()).toContain('$.id');
    // The built-in guidance still works.
    await page.getByTestId('query').fill('hostage');
    await page.getByTestId('search-results').waitFor();
    await page.close();
  });
});

describe('built add-in files', () => {
  const gz = (file: string) => gzipSync(readFileSync(file)).length;

  it('the send-time script is one plain ECMAScript 2016 script, within 60 KB gzip plus the router model, registering the manifest handler', () => {
    const code = readFileSync(join(ADDIN_DIST, 'send-check.js'), 'utf8');
    // The model rides inside the script (one plain script cannot load it later): its gzip size is allowed on top.
    expect(gz(join(ADDIN_DIST, 'send-check.js'))).toBeLessThanOrEqual(60 * KB + modelAllowance());
    // Classic Outlook on Windows: ES2016 only, no modules. acorn refuses anything newer
    // (async functions, ?., object spread, \p{…} in regexes).
    expect(() => acorn.parse(code, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
    expect(readFileSync(join(ADDIN_DIST, 'manifest.xml'), 'utf8')).toContain(`FunctionName="${SEND_HANDLER_NAME}"`);
  });

  it('the send-time script prompts in an ES2016 runtime without a DOM, and lets an everyday message go', async () => {
    const code = readFileSync(join(ADDIN_DIST, 'send-check.js'), 'utf8');
    const run = async (mail: Parameters<typeof outlookMock>[0]) => {
      const handlers: Record<string, (event: unknown) => void> = {};
      const office = outlookMock(mail) as unknown as Record<string, unknown>;
      office.actions = { associate: (name: string, fn: (event: unknown) => void) => (handlers[name] = fn) };
      // A fresh realm with only what such a runtime has: no window or document, and the
      // built-ins newer than ES2016 removed, so the script's own fallbacks must carry it.
      const realm = createContext({ Office: office, setTimeout, clearTimeout, console });
      runInContext(ES2017_AND_LATER.map((path) => `delete ${path};`).join('\n'), realm);
      runInContext(code, realm);
      expect(Object.keys(handlers)).toEqual([SEND_HANDLER_NAME]);
      return new Promise<Record<string, unknown>>((resolve) => handlers[SEND_HANDLER_NAME]!({ completed: resolve }));
    };
    const stored = { settings: { rsoEmail: 'rso.kabul@example.org' } };
    const prompt = await run({ mode: 'compose', ...REFUSAL, to: ['OSS@iom.int'], stored });
    expect(prompt.allowEvent).toBe(false);
    expect(prompt.errorMessage).toContain('rso.kabul@example.org');
    expect(
      await run({
        mode: 'compose',
        subject: 'Lunch',
        body: 'Noon at the canteen?',
        to: ['colleague@example.org'],
        stored,
      }),
    ).toEqual({ allowEvent: true });
  });

  it('ships the pages, icons and manifest, with office.js from the CDN', () => {
    const html = readFileSync(join(ADDIN_DIST, 'taskpane.html'), 'utf8');
    expect(html).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    expect(readFileSync(join(ADDIN_DIST, 'commands.html'), 'utf8')).toContain(
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    );
    for (const size of [16, 32, 64, 80, 128])
      expect(existsSync(join(ADDIN_DIST, 'assets', `icon-${size}.png`))).toBe(true);
    // Sizes are checked against their budgets in budgets.test.ts.
    expect(readdirSync(join(ADDIN_DIST, 'assets')).some((f) => f.endsWith('.js'))).toBe(true);
  });
});
