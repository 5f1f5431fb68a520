// Worst cases of the document import and the documents' cost at popup open (part of npm run
// bench; alone: `npx tsx bench/documents.ts`). Every input is generated here
// (tests/fixtures/pdf-bombs.ts, bench/corpus.ts): none is a real document.
//   - each PDF bomb through `oss-assist import-document` (the built CLI, whose PDF reader is a
//     child process with a heap limit): time to the sentence, and the peak memory of the CLI and
//     its reader (GNU time's maximum resident set, where /usr/bin/time exists);
//   - 40,000 paragraphs all numbered "1." through the text import;
//   - a document pack at the attach limits (20 rules, ~2.7 MB of clauses): joining it at popup
//     open with the attachments stored at import, and without (what it used to cost);
//   - popup-open work with 10,000 imported clauses vs none (join + search over them), the first
//     search with the word index stored at import and without it, and the next searches.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { indexDocument } from '../shared/core/assist/document-index';
import { createSearch } from '../shared/core/assist/search';
import { importText } from '../shared/core/import/text';
import { defaultPack } from '../shared/core/pack/check';
import { attachClauses, mergeDocumentPack } from '../shared/core/pack/merge';
import type { DocumentPack } from '../shared/core/pack/schema';
import { inflationPdf, nestedFormsPdf, sharedStreamPdf } from '../tests/fixtures/pdf-bombs';
import { bigExtension } from './corpus';
import type { Figure } from './measure';

const round = (ms: number) => Math.round(ms * 10) / 10;
const time = <T>(work: () => T): [T, number] => {
  const start = performance.now();
  const value = work();
  return [value, performance.now() - start];
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const GNU_TIME = '/usr/bin/time';

interface Bomb {
  file: string;
  ms: number;
  /** Peak resident memory of the CLI and its PDF reader, in MB; null where it cannot be read. */
  peakMb: number | null;
  message: string;
}

async function bombs(): Promise<Bomb[]> {
  const dir = mkdtempSync(join(tmpdir(), 'oss-bench-bombs-'));
  const cli = join(import.meta.dirname, '../cli/oss-assist.mjs');
  const measured = existsSync(GNU_TIME);
  const out: Bomb[] = [];
  try {
    for (const [file, bytes] of [
      ['nested-forms.pdf', nestedFormsPdf()],
      ['inflates-to-1GB.pdf', inflationPdf()],
      ['1999-pages-one-stream.pdf', sharedStreamPdf()],
    ] as const) {
      writeFileSync(join(dir, file), bytes);
      const args = [cli, 'import-document', join(dir, file), '--title', 'SAMPLE', '--out', join(dir, 'out.json')];
      const start = performance.now();
      // GNU time reports the largest resident set among the process and the children it waited for.
      const [command, argv] = measured
        ? [GNU_TIME, ['-f', 'PEAK %M', process.execPath, ...args]]
        : [process.execPath, args];
      const stderr = await new Promise<string>((resolve) =>
        execFile(command, argv, { timeout: 120_000 }, (_error, _stdout, err) => resolve(err)),
      );
      const ms = round(performance.now() - start);
      const peak = /PEAK (\d+)/.exec(stderr);
      const said = stderr.replace(/PEAK \d+\s*$/, '').trim();
      out.push({
        file,
        ms,
        peakMb: peak ? Math.round(Number(peak[1]) / 1024) : null,
        message: said.split(': ').slice(2).join(': ').slice(0, 70) || said.slice(0, 70),
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** A document pack at the attach limits: 20 rules of 10 keywords over 2,700 clauses (~2.7 MB as JSON). */
export function craftedPack(): DocumentPack {
  const ext = bigExtension(2_700, 9);
  const keywords = Array.from({ length: 10 }, (_, i) => `sample keyword ${i}`);
  const scenarios = defaultPack().scenarios.map((s) => s.id);
  return {
    ...ext,
    attach: Array.from({ length: 20 }, (_, i) => ({ scenarioId: scenarios[i % scenarios.length]!, keywords })),
  };
}

export async function benchDocuments(log: (line: string) => void): Promise<Figure[]> {
  const figures: Figure[] = [];
  log('documents: 40,000 repeated clause numbers…');
  const repeated = Array.from({ length: 40_000 }, (_, i) => `1. SAMPLE paragraph ${i}.`).join('\n');
  const [, repeatedMs] = time(() =>
    importText({ bytes: new TextEncoder().encode(repeated), fileName: 'x.txt', title: 'SAMPLE repeats' }),
  );
  figures.push({
    id: 'import.repeated-40k',
    label: 'text import, 40,000 paragraphs all numbered "1."',
    value: round(repeatedMs),
    unit: 'ms',
    max: 1000,
    detail: 'issue 13: 132 s before segment ids were made linear',
  });

  log('documents: a document pack at the attach limits…');
  const base = defaultPack();
  const crafted = craftedPack();
  const craftedKb = Math.round(JSON.stringify(crafted).length / 1000);
  const [stored, attachMs] = time(() => attachClauses(crafted));
  const craftedIndex = indexDocument(crafted);
  const open = (attached?: ReturnType<typeof attachClauses>) => {
    const pack = mergeDocumentPack(base, crafted, attached);
    return createSearch(pack, attached ? { clauseIndexes: [craftedIndex] } : {});
  };
  const joinStored = median(Array.from({ length: 7 }, () => time(() => open(stored))[1]));
  const [, joinScanMs] = time(() => open());
  figures.push(
    {
      id: 'pack.crafted-open',
      label: `popup-open work, crafted ${craftedKb} KB pack at the attach limits`,
      value: round(joinStored),
      unit: 'ms',
      max: 100,
      detail: `join + search, attachments and word index stored at import (median of 7); scanning instead: ${round(joinScanMs)} ms`,
    },
    {
      id: 'pack.crafted-attach',
      label: '  its attachments, computed once at import',
      value: round(attachMs),
      unit: 'ms',
    },
  );

  log('documents: popup-open work and searches with 10,000 clauses…');
  const tenK = bigExtension(10_000);
  const tenKAttached = attachClauses(tenK);
  const [tenKIndex, indexMs] = time(() => indexDocument(tenK));
  const openEmpty = median(Array.from({ length: 7 }, () => time(() => createSearch(base))[1]));
  const openTenK = median(
    Array.from(
      { length: 7 },
      () => time(() => createSearch(mergeDocumentPack(base, tenK, tenKAttached), { clauseIndexes: [tenKIndex] }))[1],
    ),
  );
  const pack = mergeDocumentPack(base, tenK, tenKAttached);
  const first = (options: Parameters<typeof createSearch>[1]) => {
    const search = createSearch(pack, options);
    return time(() => search.search('security clearance', { limit: 8 }))[1];
  };
  const firstStored = median(Array.from({ length: 5 }, () => first({ clauseIndexes: [tenKIndex] })));
  const firstBuilt = median(Array.from({ length: 3 }, () => first({})));
  const search = createSearch(pack, { clauseIndexes: [tenKIndex] });
  const queries = ['identification cards', 'article 12.3', 'art. 512', 'SMT', 'UN ID', 'kidnapping', 'secuestro'];
  const rest = queries.flatMap((q) => Array.from({ length: 15 }, () => time(() => search.search(q, { limit: 8 }))[1]));
  figures.push(
    {
      id: 'popup.open-work.10k',
      label: 'popup-open work, 10,000 imported clauses (join + search ready)',
      value: round(openTenK - openEmpty),
      unit: 'ms',
      max: 50,
      detail: `more than with none (${round(openEmpty)} ms); medians of 7`,
    },
    {
      id: 'search.10k-first-stored',
      label: '  first search, word index stored at import',
      value: round(firstStored),
      unit: 'ms',
      max: 5,
      detail: `without the stored index it builds one first: ${round(firstBuilt)} ms; index built at import in ${round(indexMs)} ms`,
    },
    {
      id: 'search.10k-next',
      label: '  the next searches',
      value: round(median(rest)),
      unit: 'ms',
      max: 5,
      detail: `${queries.length} queries × 15, clause numbers and acronyms included`,
    },
  );

  log('documents: memory for 10,000 and 100,000 clauses…');
  for (const clauses of [10_000, 100_000]) {
    const child = join(import.meta.dirname, 'memory-child.ts');
    // tsx as a loader (not its CLI, which starts another process without --expose-gc).
    const { heapMb, indexMb } = JSON.parse(
      execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', child, String(clauses)], {
        encoding: 'utf8',
        cwd: join(import.meta.dirname, '..'),
      }),
    ) as { heapMb: number; indexMb: number };
    figures.push({
      id: `memory.${clauses}`,
      label: `heap for ${clauses.toLocaleString('en')} imported clauses (documents, join, search)`,
      value: Math.round(heapMb),
      unit: 'MB',
      detail: `${round((heapMb * 1000) / clauses)} KB a clause, of which the word index ${round((indexMb * 1000) / clauses)} KB`,
    });
  }

  log('documents: PDF bombs through the built CLI…');
  for (const b of await bombs()) {
    figures.push({
      id: `bomb.${b.file}`,
      label: `import-document ${b.file}`,
      value: round(b.ms / 1000),
      unit: 's',
      max: 10,
      detail: `${b.peakMb === null ? 'peak memory not measured (no /usr/bin/time)' : `peak ${b.peakMb} MB`}; "${b.message}"`,
    });
    if (b.peakMb !== null)
      figures.push({
        id: `bomb.${b.file}.memory`,
        label: '  its peak memory (CLI + PDF reader)',
        value: b.peakMb,
        unit: 'MB',
        max: 512,
      });
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const f of await benchDocuments((line) => process.stderr.write(`${line}\n`)))
    console.log(`${f.label}: ${f.value} ${f.unit}${f.max ? ` (target ≤ ${f.max})` : ''}; ${f.detail ?? ''}`);
}
