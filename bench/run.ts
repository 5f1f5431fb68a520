// npm run bench [-- --json]
// Times the core where a person waits on it: suggest() on an email, a long thread and a 1 MB
// paste (each beside a bare tokenization pass over the same text, measured in the same run, so
// the ratio holds on any machine), quick-lookup search on the default pack and on a pack with
// 10,000 imported clauses, and start-up (validate the pack, build the indexes).
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import {
  checkPack,
  createAssistant,
  defaultPack,
  mergeDocumentPack,
  DEFAULT_SETTINGS,
  MAX_INPUT,
} from '../shared/core/index';
import { EMAIL_2KB, QUERIES, bigExtension, bigPack, pastedThread, quotedThread, unquotedText } from './corpus';
import { round, sample, summarise, time, type Figure, type Timing } from './measure';
import { printJson, printTable } from './report';
import { benchImport } from './import';

const json = process.argv.includes('--json');
const figures: Figure[] = [];
const log = (line: string) => {
  if (!json) process.stderr.write(`${line}\n`);
};

/** The baseline: the least any reader of the text must do (lower-case it, split it into words). */
const tokenizeOnly = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u);

const ms = (t: Timing) => `median ${round(t.median)} ms, p95 ${round(t.p95)} ms, ${t.runs} runs`;

// ---- suggest() beside tokenization --------------------------------------------------------
const pack = defaultPack();
const assistant = createAssistant(pack);
const cases = [
  {
    id: '2kb',
    label: '2 KB email',
    text: EMAIL_2KB,
    runs: 2000,
    warmup: 300,
    maxMs: 1,
    maxRatio: undefined as number | undefined,
  },
  {
    id: '100kb',
    label: '100 KB quoted thread',
    text: quotedThread(100_000),
    runs: 300,
    warmup: 30,
    maxMs: undefined,
    maxRatio: 5,
  },
  {
    id: '1mb',
    label: '1 MB pasted Outlook thread',
    text: pastedThread(1_000_000),
    runs: 60,
    warmup: 6,
    maxMs: undefined,
    maxRatio: undefined,
  },
  {
    id: '1mb-unquoted',
    label: `1 MB with nothing to trim (worst case; the core reads ${MAX_INPUT / 1000} K chars)`,
    text: unquotedText(1_000_000),
    runs: 40,
    warmup: 4,
    maxMs: undefined,
    maxRatio: undefined,
  },
];
for (const c of cases) {
  log(`suggest: ${c.label} (${c.text.length} chars)…`);
  // Sanity: a benchmark of a suggestion that routes nowhere would flatter the core.
  const scenario = assistant.suggest(c.text, DEFAULT_SETTINGS).scenario.id;
  const s = time(() => assistant.suggest(c.text, DEFAULT_SETTINGS), c.runs, c.warmup);
  const t = time(() => tokenizeOnly(c.text), c.runs, c.warmup);
  const ratio = s.median / t.median;
  figures.push({
    id: `suggest.${c.id}`,
    label: `suggest(), ${c.label}`,
    value: round(s.median),
    unit: 'ms',
    max: c.maxMs,
    detail: `${ms(s)}; scenario ${scenario}`,
  });
  figures.push({
    id: `tokenize.${c.id}`,
    label: `  tokenize only, same text`,
    value: round(t.median),
    unit: 'ms',
    detail: ms(t),
  });
  figures.push({
    id: `ratio.${c.id}`,
    label: `  ratio suggest / tokenize`,
    value: round(ratio, 2),
    unit: 'x',
    max: c.maxRatio,
  });
}
{
  // A new assistant has an empty word cache: the first suggestion a popup makes after opening.
  const samples: number[] = [];
  for (let i = 0; i < 200; i++) {
    const fresh = createAssistant(pack);
    samples.push(...sample(() => fresh.suggest(EMAIL_2KB, DEFAULT_SETTINGS), 1, 0));
  }
  const t = summarise(samples.slice(20));
  figures.push({
    id: 'suggest.2kb-first',
    label: 'suggest(), 2 KB, first call on a new assistant',
    value: round(t.median),
    unit: 'ms',
    detail: `${ms(t)} (word cache empty)`,
  });
}

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
function searchFigures(id: string, label: string, s: SearchFigures): Figure[] {
  return [
    {
      id,
      label,
      value: round(s.timing.median),
      unit: 'ms',
      max: 10,
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
  // The word index is built on the first search; time that search on its own.
  const firstStart = process.hrtime.bigint();
  bigAssistant.search('first');
  const first = Number(process.hrtime.bigint() - firstStart) / 1e6;
  log('search: 10,000 clauses…');
  figures.push(
    ...searchFigures('search.10k', `search, ${big.excerpts.length} excerpts`, searchTiming(bigAssistant, 30)),
  );
  figures.push({
    id: 'search.10k-first',
    label: '  first search (builds the word index)',
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
