// npm run bench [-- --json] [-- --no-browser]
// Times the core where a person waits on it: suggest() on a 2 KB email, a 100 KB quoted thread and
// 100 KB with nothing to trim, cold and warm, beside a fair floor on the same text (bench/suggest.ts);
// the router model's size, load and share (bench/router.ts); quick-lookup search on the default
// pack and on 10,000 imported clauses, with plain fuse.js and minisearch beside it (bench/peers.ts);
// start-up; the CLI's start-to-answer (bench/cli.ts); hostile inputs (bench/hostile.ts); the
// popup and the pane in Chromium (bench/browser.ts); a 300-page document import (bench/import.ts);
// and the documents' worst cases (bench/documents.ts). One table, one exit code: 1 if any target
// is missed.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { checkPack, createAssistant, defaultPack, mergeDocumentPack } from '../shared/core/index';
import { QUERIES, bigExtension, bigPack } from './corpus';
import { benchSuggest } from './suggest';
import { benchCli } from './cli';
import { benchPeers } from './peers';
import { benchHostile } from './hostile';
import { benchBrowser } from './browser';
import { round, sample, summarise, time, type Figure, type Timing } from './measure';
import { printJson, printTable } from './report';
import { benchImport } from './import';
import { benchRouter } from './router';
import { benchDocuments } from './documents';

const json = process.argv.includes('--json');
const figures: Figure[] = [];
const log = (line: string) => {
  if (!json) process.stderr.write(`${line}\n`);
};

const ms = (t: Timing) => `median ${round(t.median)} ms, p95 ${round(t.p95)} ms, ${t.runs} runs`;

// ---- suggest() beside a fair floor (bench/suggest.ts) ---------------------------------------
const pack = defaultPack();
const assistant = createAssistant(pack);
figures.push(...benchSuggest(log));
figures.push(...benchRouter(log));

// ---- quick-lookup search ------------------------------------------------------------------
interface SearchFigures {
  timing: Timing;
  /** The slowest query's median: every query, not just the typical one, should be quick. */
  slowest: { query: string; median: number };
  found: number;
}

function searchTiming(target: ReturnType<typeof createAssistant>, runs: number): SearchFigures {
  const all: number[] = [];
  let slowest = { query: '', median: 0 };
  let found = 0;
  for (const q of QUERIES) {
    found += target.search(q).length > 0 ? 1 : 0;
    const samples = sample(() => target.search(q), runs, 3);
    all.push(...samples);
    const median = summarise(samples).median;
    if (median > slowest.median) slowest = { query: q, median };
  }
  return { timing: summarise(all), slowest, found };
}
function searchFigures(id: string, label: string, s: SearchFigures, max = 10): Figure[] {
  return [
    {
      id,
      label,
      value: round(s.timing.median),
      unit: 'ms',
      max,
      detail: `${ms(s.timing)}; ${QUERIES.length} queries, ${s.found} with hits`,
    },
    {
      id: `${id}-slowest`,
      label: '  slowest query (its median)',
      value: round(s.slowest.median),
      unit: 'ms',
      max: 10,
      detail: `"${s.slowest.query}"`,
    },
  ];
}
{
  log('search: default pack…');
  figures.push(
    ...searchFigures(
      'search.default',
      `search, default pack (${pack.excerpts.length} excerpts, ${pack.services.length} services, ${pack.contacts.length} contacts)`,
      searchTiming(assistant, 40),
    ),
  );
}
{
  log('search: building a pack with 10,000 clauses…');
  const buildStart = process.hrtime.bigint();
  const big = bigPack(pack, 10_000);
  const validated = Number(process.hrtime.bigint() - buildStart) / 1e6;
  const indexStart = process.hrtime.bigint();
  const bigAssistant = createAssistant(big);
  const indexed = Number(process.hrtime.bigint() - indexStart) / 1e6;
  // Without a stored index (a pack loaded whole, as here) the first search builds the word index.
  const firstStart = process.hrtime.bigint();
  bigAssistant.search('first');
  const first = Number(process.hrtime.bigint() - firstStart) / 1e6;
  log('search: 10,000 clauses…');
  figures.push(
    ...searchFigures('search.10k', `search, ${big.excerpts.length} excerpts`, searchTiming(bigAssistant, 30), 5),
  );
  figures.push(...benchPeers(big, (q) => bigAssistant.search(q), log));
  figures.push({
    id: 'search.10k-first',
    label: '  first search of a pack loaded whole (builds the word index)',
    value: round(first, 1),
    unit: 'ms',
  });
  const kb = Math.round(JSON.stringify(big).length / 1024);
  figures.push({
    id: 'pack.10k-load',
    label: `  validate + open that pack (${kb} KB), once`,
    value: round(validated + indexed, 1),
    unit: 'ms',
    detail: `applyDocumentPack + checkPack ${round(validated, 1)} ms, createAssistant ${round(indexed, 1)} ms`,
  });
  // Hosts check a document once, when it is imported, and later only merge it.
  const extension = bigExtension(10_000);
  const open = time(() => createAssistant(mergeDocumentPack(pack, extension)), 5, 1);
  figures.push({
    id: 'pack.10k-open',
    label: '  open it already checked (mergeDocumentPack + createAssistant)',
    value: round(open.median, 1),
    unit: 'ms',
    detail: ms(open),
  });
}

// ---- start-up -----------------------------------------------------------------------------
{
  log('start-up…');
  const text = readFileSync(new URL('../data/iom-oss.pack.json', import.meta.url), 'utf8');
  const startup = () => {
    const result = checkPack(JSON.parse(text));
    if (!result.ok) throw new Error('The default pack is invalid.');
    return createAssistant(result.value);
  };
  const t = time(startup, 60, 10);
  figures.push({
    id: 'startup',
    label: 'start-up: parse + checkPack + createAssistant',
    value: round(t.median),
    unit: 'ms',
    max: 5,
    detail: ms(t),
  });
  // What a popup pays the first time, before the JIT has seen the code: measured in fresh processes.
  const child = fileURLToPath(new URL('./startup-child.ts', import.meta.url));
  const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
  const cold = Array.from({ length: 5 }, () =>
    Number(execFileSync(process.execPath, [tsx, child], { encoding: 'utf8' })),
  );
  const c = summarise(cold);
  figures.push({
    id: 'startup.cold',
    label: '  the same, first time in a fresh process',
    value: round(c.median, 1),
    unit: 'ms',
    detail: `median of ${c.runs} processes (cold JIT)`,
  });
}

// ---- the command line (bench/cli.ts) and hostile inputs (bench/hostile.ts) ----------------
figures.push(...benchCli(log));
figures.push(...(await benchHostile(log)));

// ---- popup and task pane in Chromium (bench/browser.ts; needs `npm run build`) -----------
if (!process.argv.includes('--no-browser')) figures.push(...(await benchBrowser(log)));

// ---- document import (bench/import.ts, by the import engineer) ----------------------------
{
  log('document import: 300-page SAMPLE PDF (bench/import.ts)…');
  const r = await benchImport();
  figures.push({
    id: 'import.300p',
    label: `import a ${r.pages}-page PDF`,
    value: round(r.importMs, 0),
    unit: 'ms',
    detail: `${Math.round(r.bytes / 1024)} KB, ${r.clauses} clauses; text, segmenting, validation`,
  });
  figures.push({
    id: 'import.300p-index',
    label: '  join it to the pack + build the assistant',
    value: round(r.indexMs, 1),
    unit: 'ms',
  });
  for (const [i, s] of r.search.entries()) {
    figures.push({
      id: `import.search.${i}`,
      label: `  search "${s.query}"`,
      value: s.medianMs,
      unit: 'ms',
      max: 10,
      detail: `p95 ${s.p95Ms} ms; the clause it is about ranks ${s.rank ?? 'absent'}`,
    });
  }
}

figures.push(...(await benchDocuments(log)));

const failed = figures.filter((f) => f.max !== undefined && f.value > f.max);
const machine = {
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  platform: process.platform,
};
if (json) printJson(figures, machine);
else printTable(figures, machine);
process.exitCode = failed.length ? 1 : 0;
