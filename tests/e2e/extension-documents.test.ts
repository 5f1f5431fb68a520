// Bring your own MOU, in the built extension (.output/chrome-mv3, from `npm run build:ext`):
// on the options page a person imports a text file, a pack extension the real CLI made from a
// PDF, a PDF and a Word document (read in the import worker), sees them listed, and is told why a
// bad file is refused; in the popup the clauses come up in the search and with the matching
// situation, and copy with their citation; removing a document takes its clauses away. Nothing
// leaves the browser.
// Every document here is a SAMPLE written by this test — not the IOM–UNDSS MOU.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchBuiltExtension, type Launched } from './browser';
import { openExtensionPage as openPage, servePages, seriousAxeViolations, SHOTS } from './pages';
import { UI_STRINGS } from '../../shared/ui/i18n';
import { DOCUMENT_STRINGS } from '../../shared/ui/i18n-documents';
import { importText } from '../../shared/core/import/text';
import type { DocumentPack } from '../../shared/core/pack/schema';
import { importMessage } from '../../shared/core/import/messages';
import { pageJs } from '../../scripts/budgets.mjs';
import {
  SAMPLE_EN_TEXT,
  SAMPLE_ES_TEXT,
  SAMPLE_FR_TEXT,
  SAMPLE_TITLE,
  SAMPLE_TITLE_ES,
  SAMPLE_TITLE_FR,
  sampleAgreementPdf,
} from '../fixtures/sample-documents';
import { sampleDocx } from '../fixtures/sample-docx';
import { samplePdf } from '../fixtures/sample-pdf';

const s = UI_STRINGS.en;
const d = DOCUMENT_STRINGS.en;

const UN_ID_CLAUSE = '4.2 The sample provider shall issue UN ID cards to personnel on the same terms as its own staff.';
const UN_ID_TITLE = 'Article 4 — Services › 4.2';
const UN_ID_CITATION = `from ${SAMPLE_TITLE}, Article 4, 4.2, p. 2`;
const REFUSAL =
  'Dear colleagues, the UNDSS office in Goma refused to issue UN ID cards to our new national staff, ' +
  'saying IOM personnel are not covered. Please advise who can help.';

let browser: Launched;
let server: Awaited<ReturnType<typeof servePages>>;
let origin = '';
let work = '';
let frJson = '';
let frExtension: DocumentPack;
const requests: string[] = [];

const openExtensionPage = (path: string, width?: number) => openPage(browser, path, width);

function choose(page: Page, name: string, content: string | Uint8Array, mimeType = 'application/octet-stream') {
  return page.getByTestId('document-file').setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
}

const listed = (page: Page) =>
  page.getByTestId('document').evaluateAll((els) => els.map((e) => e.querySelector('span')?.textContent));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

beforeAll(async () => {
  // The pack extension an organisation makes from its PDF, with the real command line.
  work = mkdtempSync(join(tmpdir(), 'oss-assist-docs-'));
  writeFileSync(join(work, 'accord-exemple.pdf'), samplePdf([{ lines: SAMPLE_FR_TEXT.split('\n') }]));
  execFileSync(
    process.execPath,
    [
      resolve('cli/oss-assist.mjs'),
      'import-document',
      'accord-exemple.pdf',
      '--title',
      SAMPLE_TITLE_FR,
      '--kind',
      'mou',
      '--out',
      'accord-exemple.json',
    ],
    { cwd: work, stdio: 'pipe' },
  );
  frJson = readFileSync(join(work, 'accord-exemple.json'), 'utf8');
  frExtension = JSON.parse(frJson) as DocumentPack;

  // A local page, only to read the clipboard (Chromium lets web origins read it, not extension pages).
  server = await servePages('<!doctype html><title>reader</title>');
  origin = server.origin;
  browser = await launchBuiltExtension();
  browser.context.on('request', (r) => requests.push(r.url()));
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('documents imported on the options page', () => {
  it('keeps the PDF and Word readers in the import worker: the popup and the options page never load them', async () => {
    const files = filesUnder(EXTENSION_DIR).filter((f) => /\.(js|mjs|html)$/.test(f));
    const readers = files.filter((f) =>
      /GlobalWorkerOptions|getDocument\(|mammoth|wordprocessingml\.document\.main/.test(readFileSync(f, 'utf8')),
    );
    expect(readers.map((f) => f.slice(EXTENSION_DIR.length + 1))).toEqual(['import-worker.js']);
    for (const page of ['popup.html', 'options.html']) {
      const { files: loaded, lazy } = await pageJs(EXTENSION_DIR, page);
      expect([...loaded, ...lazy].filter((f) => readers.includes(f))).toEqual([]);
    }
  });

  it('imports a text file with its title and kind, and a pack extension made by the CLI', async () => {
    const options = await openExtensionPage('options.html', 900);
    // No colour transitions half-way in the screenshot.
    await options.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(() => options.getByTestId('no-documents').textContent()).toBe(d.none);

    await choose(options, 'sample-agreement.txt', SAMPLE_EN_TEXT, 'text/plain');
    const title = options.getByLabel(d.titleLabel);
    // The file name is offered as the title; the person gives the one the document is cited by.
    // Polled: the page shows the chosen file after React handles the input's change event.
    await expect.poll(() => options.getByTestId('document-file-name').textContent()).toBe('sample-agreement.txt');
    await expect.poll(() => title.inputValue()).toBe('sample-agreement');
    await title.fill(SAMPLE_TITLE);
    await options.getByLabel(d.kindLabel).selectOption('mou');
    await options.getByRole('button', { name: d.importButton }).click();
    const textClauses = importText({ bytes: new TextEncoder().encode(SAMPLE_EN_TEXT), title: SAMPLE_TITLE });
    if (!textClauses.ok) throw new Error('the SAMPLE text does not import');
    const textCount = textClauses.value.summary.clauses;
    await expect
      .poll(() => options.getByTestId('import-message').textContent())
      .toBe(d.imported(SAMPLE_TITLE, textCount));

    // From the keyboard this time: Enter on "Choose a file…" opens the browser's file dialog.
    const dialog = options.waitForEvent('filechooser');
    await options.getByRole('button', { name: d.chooseFile }).press('Enter');
    await (
      await dialog
    ).setFiles({ name: 'accord-exemple.json', mimeType: 'application/json', buffer: Buffer.from(frJson) });
    await expect
      .poll(() => options.getByTestId('import-message').textContent())
      .toBe(d.imported(SAMPLE_TITLE_FR, frExtension.excerpts.length));
    expect(await listed(options)).toEqual([SAMPLE_TITLE, SAMPLE_TITLE_FR]);
    const meta = await options.getByTestId('document-meta').allTextContents();
    expect(meta[0]).toContain(`${d.kind.mou} · English · ${d.clauses(textCount)} · imported `);
    expect(meta[0]).toContain(String(new Date().getFullYear()));
    expect(meta[1]).toContain(`${d.kind.mou} · Français · ${d.clauses(frExtension.excerpts.length)} · imported `);

    expect(await seriousAxeViolations(options)).toEqual([]);
    // The documents card with a margin of the page around it.
    const card = options.getByTestId('documents').locator('..');
    await card.scrollIntoViewIfNeeded();
    const box = (await card.boundingBox())!;
    await options.screenshot({
      path: resolve(SHOTS, 'options-documents.png'),
      clip: { x: box.x - 16, y: box.y - 16, width: box.width + 32, height: box.height + 32 },
    });

    // The list is read back from storage: a reload shows the same.
    await options.reload();
    await expect.poll(() => listed(options)).toEqual([SAMPLE_TITLE, SAMPLE_TITLE_FR]);
    await options.close();
  });

  it('refuses bad files plainly, with the workaround for a protected or scanned document', async () => {
    const options = await openExtensionPage('options.html', 900);
    const message = options.getByTestId('import-message');
    const importAs = async (name: string, content: string | Uint8Array) => {
      await choose(options, name, content);
      await options.getByRole('button', { name: d.importButton }).click();
    };
    await importAs('locked.pdf', samplePdf([{ lines: ['SAMPLE'] }], { encrypted: true }));
    await expect.poll(() => message.textContent()).toContain(importMessage('pdf-encrypted'));
    await importAs('scan.pdf', samplePdf([{ image: true }]));
    await expect.poll(() => message.textContent()).toContain(importMessage('pdf-needs-ocr'));
    await importAs('locked.docx', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    await expect.poll(() => message.textContent()).toContain(importMessage('docx-protected'));
    expect(await seriousAxeViolations(options)).toEqual([]);

    await choose(options, 'broken.json', '{"type": "extension", ', 'application/json');
    await expect.poll(() => message.textContent()).toContain(d.notJson);

    const bad = JSON.parse(frJson) as { excerpts: { text: string }[]; attach: { scenarioId: string }[] };
    bad.excerpts[0]!.text = '';
    await choose(options, 'bad.json', JSON.stringify(bad), 'application/json');
    await expect.poll(() => message.textContent()).toContain(d.invalid);
    expect(await options.getByTestId('import-problems').textContent()).toContain('$.excerpts[0].text');
    expect(await seriousAxeViolations(options)).toEqual([]);

    await choose(options, 'sheet.xlsx', 'PK\u0003\u0004', 'application/octet-stream');
    await expect.poll(() => message.textContent()).toContain(d.unsupported);
    await choose(options, 'empty.txt', '   \n\n', 'text/plain');
    await options.getByRole('button', { name: d.importButton }).click();
    await expect.poll(() => message.textContent()).toContain('The document is empty');

    // Nothing refused was stored.
    expect(await listed(options)).toEqual([SAMPLE_TITLE, SAMPLE_TITLE_FR]);
    await options.close();
  });

  it('imports a PDF and a Word document in the browser, and finds their clauses in the popup', async () => {
    const options = await openExtensionPage('options.html', 900);
    const message = options.getByTestId('import-message');
    await choose(options, 'SAMPLE agreement.pdf', sampleAgreementPdf(), 'application/pdf');
    expect(await options.getByLabel(d.titleLabel).inputValue()).toBe('SAMPLE agreement');
    await options.getByLabel(d.titleLabel).fill('SAMPLE PDF agreement');
    await options.getByRole('button', { name: d.importButton }).click();
    await expect.poll(() => message.textContent()).toMatch(/^“SAMPLE PDF agreement” imported: \d+ clauses/);

    const lines = SAMPLE_ES_TEXT.split('\n').map((l) => (/^(Sección|SECCIÓN)/.test(l) ? `## ${l}` : l));
    await choose(options, 'acuerdo.docx', sampleDocx(lines));
    await options.getByLabel(d.titleLabel).fill(SAMPLE_TITLE_ES);
    await options.getByRole('button', { name: d.importButton }).click();
    await expect.poll(() => message.textContent()).toMatch(new RegExp(`^“${SAMPLE_TITLE_ES}” imported: \\d+ clauses`));
    expect(await listed(options)).toEqual([SAMPLE_TITLE, SAMPLE_TITLE_FR, 'SAMPLE PDF agreement', SAMPLE_TITLE_ES]);

    const popup = await openExtensionPage('popup.html');
    await popup.getByLabel(s.searchLabel).fill('UN ID cards');
    const fromPdf = popup
      .getByTestId('search-hit')
      .filter({ hasText: 'from SAMPLE PDF agreement, Article 4, 4.2, p. 2' });
    await expect.poll(() => fromPdf.count()).toBe(1);
    await popup.getByLabel(s.searchLabel).fill('carné de identificación');
    const fromWord = popup
      .getByTestId('search-hit')
      .filter({ hasText: `from ${SAMPLE_TITLE_ES}, Sección I, Articulo 2, 2.1` });
    await expect.poll(() => fromWord.count()).toBe(1);
    await popup.close();

    // For the README: the PDF and the Word document listed after the first two.
    const card = options.getByTestId('documents').locator('..');
    await card.scrollIntoViewIfNeeded();
    const box = (await card.boundingBox())!;
    await options.screenshot({
      path: resolve(SHOTS, 'options-documents-pdf-docx.png'),
      clip: { x: box.x - 16, y: box.y - 16, width: box.width + 32, height: box.height + 32 },
    });
    // Taken away again: the tests below expect the first two documents only.
    for (const title of ['SAMPLE PDF agreement', SAMPLE_TITLE_ES]) {
      await options.getByRole('button', { name: d.removeLabel(title) }).click();
      await expect.poll(() => message.textContent()).toBe(d.removed(title));
    }
    await options.close();
  });

  it('finds the clause in the popup and copies it with its article number and citation', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const popup = await openExtensionPage('popup.html');
    await popup.getByLabel(s.searchLabel).fill('UN ID');
    const hit = popup.getByTestId('search-hit').filter({ hasText: UN_ID_CLAUSE });
    await expect.poll(() => hit.count()).toBe(1);
    expect(await hit.textContent()).toContain(UN_ID_TITLE);
    // Marked as a clause, cited as one ("from <title>, <clause>, p. N"), with no "Source:" before it.
    expect(await hit.textContent()).toContain(s.hitType.clause);
    expect(await hit.textContent()).toContain(UN_ID_CITATION);
    expect(await hit.textContent()).not.toContain(`${s.source}: from`);

    await hit.getByRole('button', { name: `${s.copyRich}: ${UN_ID_TITLE}` }).click();
    await expect
      .poll(() => hit.getByRole('button', { name: `${s.copyRich}: ${UN_ID_TITLE}` }).textContent())
      .toBe(s.copied);
    const reader = await browser.context.newPage();
    await reader.goto(`${origin}/`);
    const copied = await reader.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return {
        text: await (await item!.getType('text/plain')).text(),
        html: await (await item!.getType('text/html')).text(),
      };
    });
    expect(copied.text).toBe(`“${UN_ID_CLAUSE}”\n— ${UN_ID_CITATION}`);
    expect(copied.html).toContain('<blockquote');
    expect(copied.html).toContain(UN_ID_CLAUSE);
    expect(copied.html).toContain('SAMPLE agreement for tests — not the IOM–UNDSS MOU, Article 4, 4.2, p. 2');
    await reader.close();

    // The document made from the PDF by the CLI is searched too, in its own language.
    await popup.bringToFront();
    await popup.getByLabel(s.searchLabel).fill('carte d’identité');
    const frHit = popup.getByTestId('search-hit').filter({ hasText: 'carte d’identité des Nations Unies' });
    await expect.poll(() => frHit.count()).toBe(1);
    expect(await frHit.textContent()).toContain(`from ${SAMPLE_TITLE_FR}, Article 3, 3.1, p. 1`);

    // For the README: the clause on top, as a person narrowing the search sees it.
    await popup.emulateMedia({ reducedMotion: 'reduce' });
    await popup.getByLabel(s.searchLabel).fill('UN ID cards');
    await expect.poll(() => popup.getByTestId('search-hit').first().textContent()).toContain(UN_ID_CLAUSE);
    await popup.locator('#root').screenshot({ path: resolve(SHOTS, 'popup-clause.png') });
    await popup.close();
  });

  it('offers the clause with the matching situation, in its excerpts and its draft', async () => {
    const popup = await openExtensionPage('popup.html');
    // The documents are read from storage after the first paint: wait for them before asking.
    await popup.getByLabel(s.searchLabel).fill('UN ID');
    await expect.poll(() => popup.getByTestId('search-hit').filter({ hasText: UN_ID_CLAUSE }).count()).toBe(1);
    await popup.getByLabel(s.searchLabel).fill(REFUSAL);
    await popup.getByRole('button', { name: s.suggestForText }).click();
    expect(await popup.getByTestId('scenario').getAttribute('data-scenario')).toBe('service-refused');
    const excerpt = popup.getByTestId('excerpt').filter({ hasText: UN_ID_CLAUSE });
    expect(await excerpt.textContent()).toContain(UN_ID_CITATION);
    expect(await popup.getByTestId('draft-body').textContent()).toContain(UN_ID_CLAUSE);
    await popup.close();
  });

  it('takes a removed document out of the list and out of the search', async () => {
    const options = await openExtensionPage('options.html', 900);
    await expect.poll(() => listed(options)).toEqual([SAMPLE_TITLE, SAMPLE_TITLE_FR]);
    await options.getByRole('button', { name: d.removeLabel(SAMPLE_TITLE) }).click();
    await expect.poll(() => listed(options)).toEqual([SAMPLE_TITLE_FR]);
    expect(await options.getByTestId('import-message').textContent()).toBe(d.removed(SAMPLE_TITLE));
    await options.close();

    const popup = await openExtensionPage('popup.html');
    // The French document is still joined (its clause comes up), the removed one is not.
    await popup.getByLabel(s.searchLabel).fill('carte d’identité');
    await expect
      .poll(() => popup.getByTestId('search-hit').filter({ hasText: 'carte d’identité des Nations Unies' }).count())
      .toBe(1);
    await popup.getByLabel(s.searchLabel).fill('UN ID');
    await expect.poll(() => popup.getByTestId('search-results').textContent()).not.toBe('');
    expect(await popup.getByTestId('search-hit').filter({ hasText: UN_ID_CLAUSE }).count()).toBe(0);
    await popup.close();
  });

  it('sent no request beyond the extension and the local clipboard page', () => {
    const local = (u: string) =>
      u.startsWith(`chrome-extension://${browser.extensionId}/`) ||
      u.startsWith(`${origin}/`) ||
      /^(data|blob|about):/.test(u);
    expect(requests.filter((u) => !local(u))).toEqual([]);
  });
});
