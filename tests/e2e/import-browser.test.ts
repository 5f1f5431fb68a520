// The import runs in a real browser page, bundled by Vite as the extension's options page
// would bundle it: pdfjs in its own chunk, its worker as a file. SAMPLE PDFs only (invented text).
import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMessage } from '../../shared/core/import/messages';
import { SAMPLE_TITLE, sampleAgreementPdf } from '../fixtures/sample-documents';
import { samplePdf } from '../fixtures/sample-pdf';
import { launchChromium, type Launched } from './browser';

const ROOT = resolve(import.meta.dirname, '../..');

// The page exposes the import with and without a worker URL, and notes whether pdfjs was
// loaded before the first import (it must not be: it is fetched on demand).
const ENTRY = `
import workerSrc from 'pdfjs-dist/legacy/build/pdf.worker.mjs?url';
import { importDocument } from '${ROOT}/shared/core/import/document.ts';
window.pdfjsLoadedAtStart = performance.getEntriesByType('resource').some((r) => /pdf-|pdf\\.worker/.test(r.name));
window.runImport = async (bytes, withWorker) => {
  const result = await importDocument({ bytes: new Uint8Array(bytes), fileName: 'sample.pdf', title: ${JSON.stringify(SAMPLE_TITLE)}, kind: 'mou', id: 'sample', workerSrc: withWorker ? workerSrc : undefined });
  return result.ok ? { ok: true, summary: result.value.summary, clause: result.value.documentPack.excerpts.find((e) => e.id === 'sample.art-4-2') } : result;
};
window.ready = true;
`;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript' };

let dir = '';
let server: Server;
let browser: Launched;
let page: Page;

beforeAll(async () => {
  // Inside the project (git-ignored .cache/), so the build resolves packages from its node_modules.
  await mkdir(join(ROOT, '.cache'), { recursive: true });
  dir = await mkdtemp(join(ROOT, '.cache', 'import-browser-'));
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><script type="module" src="./entry.js"></script>',
  );
  await writeFile(join(dir, 'entry.js'), ENTRY);
  await build({
    root: dir,
    logLevel: 'warn',
    build: { outDir: join(dir, 'dist'), minify: false, target: 'es2022' },
    server: { fs: { allow: [ROOT] } },
  });
  server = createServer((req, res) => {
    const path = join(dir, 'dist', new URL(req.url ?? '/', 'http://x').pathname.replace(/\/$/, '/index.html'));
    readFile(path).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  browser = await launchChromium();
  page = await browser.context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const run = (bytes: Uint8Array, withWorker: boolean) =>
  page.evaluate(
    ([data, w]) =>
      (window as unknown as { runImport(b: readonly number[], w: boolean): Promise<unknown> }).runImport(data, w),
    [[...bytes], withWorker] as const,
  );

/**
 * The files the page loads before any import(): the HTML's module script and modulepreload links,
 * and what they import statically, transitively. A dynamic import() is not followed.
 */
async function staticGraph(dist: string): Promise<string[]> {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+)"/g)].map(
    (m) => join(dist, m[1] as string),
  );
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(file, 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?['"]([^'"]+)['"]/g)) {
      queue.push(join(dirname(file), m[1] as string));
    }
  }
  return [...seen];
}

/** pdfjs' own code (its API object), whichever chunk Vite puts it in. */
const PDFJS_CODE = /GlobalWorkerOptions/;

describe('importing in the browser', () => {
  it('does not load pdfjs before an import: nothing the page loads at start holds or imports it', async () => {
    const files = await staticGraph(join(dir, 'dist'));
    expect(files.length).toBeGreaterThan(0);
    const withPdfjs = [];
    for (const file of files) if (PDFJS_CODE.test(await readFile(file, 'utf8'))) withPdfjs.push(file);
    expect(withPdfjs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { pdfjsLoadedAtStart: boolean }).pdfjsLoadedAtStart)).toBe(
      false,
    );
  });

  it('finds pdfjs where it is loaded on demand (so the check above can see it)', async () => {
    const assets = await readdir(join(dir, 'dist', 'assets'));
    const found = [];
    for (const name of assets) {
      if (PDFJS_CODE.test(await readFile(join(dir, 'dist', 'assets', name), 'utf8'))) found.push(name);
    }
    expect(found.length).toBeGreaterThan(0);
  });

  it.each([
    ['in a Web Worker (workerSrc given)', true],
    ['on the page thread (no workerSrc)', false],
  ])('reads a SAMPLE PDF %s', async (_name, withWorker) => {
    const result = await run(sampleAgreementPdf(), withWorker);
    expect(result).toMatchObject({
      ok: true,
      summary: { format: 'pdf', clauses: 18, pages: 3, language: 'en' },
      clause: {
        text: '4.2 The sample provider shall issue UN ID cards to personnel on the same terms as its own staff.',
        clause: { number: 'Article 4, 4.2', path: ['Article 4 — Services', '4.2'], page: 2 },
      },
    });
  });

  it('has loaded pdfjs once a PDF was imported (so the check above can see it)', async () => {
    const names = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    expect(names.some((n) => /pdf-|pdf\.worker/.test(n))).toBe(true);
  });

  it('says a scanned PDF needs OCR, and a protected one needs a password', async () => {
    expect(await run(samplePdf([{ image: true }]), true)).toMatchObject({
      ok: false,
      error: { message: importMessage('pdf-needs-ocr') },
    });
    expect(await run(samplePdf([{ lines: ['SAMPLE'] }], { encrypted: true }), true)).toMatchObject({
      ok: false,
      error: { message: importMessage('pdf-encrypted') },
    });
  });
});
