// A PDF as real tools write it (subset fonts, per-glyph positioning, running header and footer),
// printed by Chromium from a SAMPLE page written here — invented text, not any real agreement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPdfText } from '../../shared/core/import/pdf';
import type { ClauseExcerpt } from '../../shared/core/pack/schema';
import { segmentDocument } from '../../shared/core/import/segment';
import { launchChromium, type Launched } from './browser';

const TITLE = 'SAMPLE agreement for tests — not the IOM–UNDSS MOU';
const sentence = (n: string) =>
  `The sample provider handles sample matter ${n}, a long sentence that wraps onto a second line of the printed page because it keeps going.`;

function sampleHtml(): string {
  let html = `<html lang="en"><body style="font-family: serif; font-size: 11pt; max-width: 16cm"><h1>${TITLE}</h1>`;
  html += '<p>Invented text for tests. Les accents é à ç, ñ, « guillemets ».</p>';
  for (let a = 1; a <= 6; a++) {
    html += `<h2>Article ${a} — Sample provisions ${a}</h2>`;
    for (let k = 1; k <= 5; k++) html += `<p>${a}.${k} ${sentence(`${a}-${k}`)}</p>`;
    html += '<p>(a) first item;<br>(b) second item.</p>';
  }
  html += '<h2>Background</h2>';
  for (let k = 1; k <= 4; k++)
    html += `<p>Unnumbered paragraph ${k} of the sample background, long enough to wrap onto a second printed line of text.</p>`;
  return `${html}</body></html>`;
}

let browser: Launched;
let pages: string[] = [];
let excerpts: ClauseExcerpt[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  const page = await browser.context.newPage();
  await page.setContent(sampleHtml());
  const pdf = await page.pdf({
    format: 'A4',
    displayHeaderFooter: true,
    headerTemplate: '<div style="font-size:8px;width:100%;text-align:center">SAMPLE running header</div>',
    footerTemplate:
      '<div style="font-size:8px;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    margin: { top: '2cm', bottom: '2cm' },
  });
  const result = await extractPdfText(new Uint8Array(pdf));
  if (!result.ok) throw new Error(result.error.message);
  pages = result.value;
  excerpts = segmentDocument(pages, { title: TITLE, documentId: 'printed', sourceId: 'printed' });
});

afterAll(async () => {
  await browser?.close();
});

describe('a PDF printed by Chromium', () => {
  it('yields every numbered clause with its page, in order', () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const numbered = excerpts.filter((e) => /^\d\.\d /.test(e.text)).map((e) => e.id);
    expect(numbered).toEqual(
      Array.from({ length: 30 }, (_, i) => `printed.art-${Math.floor(i / 5) + 1}-${(i % 5) + 1}`),
    );
    expect(excerpts.find((e) => e.id === 'printed.art-1-1')!.clause.page).toBe(1);
    expect(excerpts.find((e) => e.id === 'printed.art-6-5')!.clause.page).toBe(pages.length);
    expect(excerpts.find((e) => e.id === 'printed.art-3-5-b')!.text).toBe('(b) second item.');
  });

  it('keeps the words as printed (spaces, accents, dashes), line breaks where the page wrapped', () => {
    const clause = excerpts.find((e) => e.id === 'printed.art-2-3')!;
    expect(clause.clause.path).toEqual(['Article 2 — Sample provisions 2', '2.3']);
    expect(clause.text.replace(/\n/g, ' ')).toBe(`2.3 ${sentence('2-3')}`);
    expect(clause.text).toContain('\n');
    expect(excerpts[0]!.text).toContain('Les accents é à ç, ñ, « guillemets ».');
  });

  it('drops the running header and the page footer', () => {
    expect(excerpts.some((e) => /SAMPLE running header|Page \d+ of \d+/.test(e.text))).toBe(false);
  });

  it('reads larger type as headings: the title, and a heading with no number', () => {
    expect(pages[0]!.split('\n')[2]).toBe(`# ${TITLE}`);
    expect(excerpts[0]).toMatchObject({ id: 'printed.preamble', clause: { path: [] } });
    expect(excerpts[0]!.text).toBe('Invented text for tests. Les accents é à ç, ñ, « guillemets ».');
    expect(excerpts.filter((e) => e.clause.path[0] === 'Background').map((e) => e.id)[0]).toBe('printed.background');
  });

  it('separates unnumbered paragraphs by the space between them', () => {
    const background = excerpts
      .filter((e) => e.clause.path[0] === 'Background')
      .map((e) => e.text)
      .join('\n\n');
    expect(background.split('\n\n')).toHaveLength(4);
  });
});
