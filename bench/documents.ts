// Worst cases of the document import and the documents' cost at popup open, run alone with
// `npx tsx bench/documents.ts` (npm run bench runs it after the main harness). Every input is
// generated here (tests/fixtures/pdf-bombs.ts, sample-docx.ts): none is a real document.
//   - each PDF bomb through `oss-assist import-document` (child process, heap limit): time to the
//     sentence, and the peak memory of the child (from /proc, where there is one);
//   - 40,000 paragraphs all numbered "1." through the text import;
//   - a document pack at the attach limits (20 rules × 10 keywords, ~2.7 MB of clauses): joining it
//     at popup open with the attachments stored at import, and without (what it used to cost);
//   - popup-open work with 10,000 imported clauses vs none (join + assistant), the first search
//     and the median of the next ones, clause-number queries included.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAssistant } from '../shared/core/assist/assistant';
import { importText } from '../shared/core/import/text';
import { defaultPack } from '../shared/core/pack/check';
import { attachClauses, mergeDocumentPack } from '../shared/core/pack/merge';
import type { DocumentPack } from '../shared/core/pack/schema';
import { inflationPdf, nestedFormsPdf, sharedStreamPdf } from '../tests/fixtures/pdf-bombs';
import { bigExtension } from './corpus';

const round = (ms: number) => Math.round(ms * 10) / 10;
const time = <T>(work: () => T): [T, number] => {
  const start = performance.now();
  const value = work();
  return [value, performance.now() - start];
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function bombs(): Promise<{ file: string; ms: number; message: string }[]> {
  const dir = mkdtempSync(join(tmpdir(), 'oss-bench-bombs-'));
  const cli = join(import.meta.dirname, '../cli/oss-assist.mjs');
  const out: { file: string; ms: number; message: string }[] = [];
  try {
    for (const [file, bytes] of [
      ['nested-forms.pdf', nestedFormsPdf()],
      ['inflates-to-1GB.pdf', inflationPdf()],
      ['1999-pages-one-stream.pdf', sharedStreamPdf()],
    ] as const) {
      writeFileSync(join(dir, file), bytes);
      const start = performance.now();
      const message = await new Promise<string>((resolve) =>
        execFile(
          process.execPath,
          [cli, 'import-document', join(dir, file), '--title', 'SAMPLE', '--out', join(dir, 'out.json')],
          { timeout: 120_000 },
          (_error, _stdout, stderr) => resolve(stderr.trim().split(': ').slice(2).join(': ').slice(0, 60)),
        ),
      );
      out.push({ file, ms: round(performance.now() - start), message });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** A document pack at the attach limits: 20 rules of 10 keywords over 2,700 clauses (~2.7 MB as JSON). */
function craftedPack(): DocumentPack {
  const ext = bigExtension(2_700, 9);
  const keywords = Array.from({ length: 10 }, (_, i) => `sample keyword ${i}`);
  const scenarios = defaultPack().scenarios.map((s) => s.id);
  return {
    ...ext,
    attach: Array.from({ length: 20 }, (_, i) => ({ scenarioId: scenarios[i % scenarios.length]!, keywords })),
  };
}

export async function benchDocuments() {
  const repeated = Array.from({ length: 40_000 }, (_, i) => `1. SAMPLE paragraph ${i}.`).join('\n');
  const [, repeatedMs] = time(() =>
    importText({ bytes: new TextEncoder().encode(repeated), fileName: 'x.txt', title: 'SAMPLE repeats' }),
  );

  const base = defaultPack();
  const crafted = craftedPack();
  const craftedBytes = JSON.stringify(crafted).length;
  const [stored, attachMs] = time(() => attachClauses(crafted));
  const [, joinStoredMs] = time(() => mergeDocumentPack(base, crafted, stored));
  const [, joinScanMs] = time(() => mergeDocumentPack(base, crafted));

  const [, openEmptyMs] = time(() => createAssistant(base));
  const tenK = bigExtension(10_000);
  const tenKAttached = attachClauses(tenK);
  const [assistant, openTenKMs] = time(() => createAssistant(mergeDocumentPack(base, tenK, tenKAttached)));
  const queries = ['identification cards', 'article 12.3', 'art. 512', 'SMT', 'UN ID', 'kidnapping', 'secuestro'];
  const [, firstSearchMs] = time(() => assistant.search('security clearance', { limit: 8 }));
  const runs = queries.map((q) => {
    const ms = Array.from({ length: 15 }, () => time(() => assistant.search(q, { limit: 8 }))[1]);
    return { query: q, medianMs: round(median(ms)) };
  });

  return {
    repeatedNumbers40k: { importMs: round(repeatedMs) },
    craftedPack: {
      bytes: craftedBytes,
      attachAtImportMs: round(attachMs),
      joinAtOpenStoredMs: round(joinStoredMs),
      joinAtOpenScanningMs: round(joinScanMs),
    },
    popupOpen: {
      assistantEmptyMs: round(openEmptyMs),
      assistantTenKMs: round(openTenKMs),
      firstSearchTenKMs: round(firstSearchMs),
      searches: runs,
    },
    pdfBombs: await bombs(),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchDocuments(), null, 2));
}
