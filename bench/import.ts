// Import time and search latency on a long SAMPLE document (invented text, see
// tests/fixtures/sample-documents.ts). bench/run.ts calls benchImport(); run alone with
// `npx tsx bench/import.ts`.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { applyDocumentPack, createAssistant, defaultPack } from '../shared/core/index';
import { importDocument } from '../shared/core/import/document';
import { longSamplePdf, SAMPLE_TITLE } from '../tests/fixtures/sample-documents';

export interface SearchTiming {
  query: string;
  medianMs: number;
  p95Ms: number;
  /** Where the clause the query is about ranks among the hits (1 = first), or null if absent. */
  rank: number | null;
}

export interface ImportBenchResult {
  pages: number;
  bytes: number;
  clauses: number;
  /** PDF bytes → pack extension (text extraction, segmenting, validation). */
  importMs: number;
  /** Pack + extension → assistant with its indexes built. */
  indexMs: number;
  search: SearchTiming[];
}

// Each query and the clause it should find. The long sample has one clause about identification
// cards (Article 51, 51.1, page 151); "sample matter 1999" is paragraph 84.7 on page 250.
const QUERIES: { query: string; target: string }[] = [
  { query: 'UN identification cards', target: 'sample-long.art-51-1' },
  { query: 'identification card', target: 'sample-long.art-51-1' },
  { query: 'sample matter 1999', target: 'sample-long.art-84-7' },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export async function benchImport(options: { pages?: number; runs?: number } = {}): Promise<ImportBenchResult> {
  const pages = options.pages ?? 300;
  const runs = options.runs ?? 30;
  const bytes = longSamplePdf(pages);

  let start = performance.now();
  const imported = await importDocument({
    bytes,
    fileName: 'sample-long.pdf',
    title: SAMPLE_TITLE,
    kind: 'mou',
    id: 'sample-long',
  });
  const importMs = performance.now() - start;
  if (!imported.ok) throw new Error(`bench import failed: ${imported.error.message}`);

  start = performance.now();
  const joined = applyDocumentPack(defaultPack(), imported.value.documentPack);
  if (!joined.ok)
    throw new Error(`bench extension rejected: ${joined.error.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  const assistant = createAssistant(joined.value);
  const indexMs = performance.now() - start;

  const search = QUERIES.map(({ query, target }) => {
    const times: number[] = [];
    let rank: number | null = null;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const hits = assistant.search(query, { limit: 10 });
      times.push(performance.now() - t);
      const at = hits.findIndex((h) => h.id === target);
      rank = at < 0 ? null : at + 1;
    }
    times.sort((a, b) => a - b);
    return { query, medianMs: round(percentile(times, 0.5)), p95Ms: round(percentile(times, 0.95)), rank };
  });

  return {
    pages,
    bytes: bytes.byteLength,
    clauses: imported.value.summary.clauses,
    importMs: round(importMs),
    indexMs: round(indexMs),
    search,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchImport(), null, 2));
}
