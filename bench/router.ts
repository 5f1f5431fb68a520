// The learned router's own cost (part of npm run bench): the model file in bytes (raw and gzip),
// its load (JSON.parse + decode) warm and in a fresh process, and suggest() on the 2 KB email
// with the model beside the same call without it (the pack's phrases alone), so the model's
// share of a suggestion is visible. The 197 KB worst case is in bench/hostile.ts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DEFAULT_SETTINGS } from '../shared/core/index';
import { createAssistant } from '../shared/core/assist/assistant';
import { decodeWeights, type RouterModel } from '../shared/core/assist/model';
import { DEFAULT_PACK } from '../shared/core/pack/default-pack';
import { EMAIL_2KB } from './corpus';
import { round, summarise, time, type Figure } from './measure';

const MODEL_FILE = new URL('../data/iom-oss.model.json', import.meta.url);

export function benchRouter(log: (line: string) => void): Figure[] {
  log('router: model size and load…');
  const raw = readFileSync(MODEL_FILE);
  const text = raw.toString('utf8');
  // A fresh object each run: decodeWeights keeps what it decoded per model object.
  const load = time(() => decodeWeights(JSON.parse(text) as RouterModel), 30, 3);
  const child = fileURLToPath(new URL('./model-child.ts', import.meta.url));
  const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
  const cold = summarise(
    Array.from({ length: 5 }, () => Number(execFileSync(process.execPath, [tsx, child], { encoding: 'utf8' }))),
  );

  log('router: suggest() with and without the model…');
  const model = JSON.parse(text) as RouterModel;
  const withModel = createAssistant(DEFAULT_PACK, model);
  const phrasesOnly = createAssistant(DEFAULT_PACK);
  const a = time(() => withModel.suggest(EMAIL_2KB, DEFAULT_SETTINGS), 1000, 200);
  const b = time(() => phrasesOnly.suggest(EMAIL_2KB, DEFAULT_SETTINGS), 1000, 200);
  return [
    { id: 'model.raw', label: 'router model file, raw', value: round(raw.length / 1000, 1), unit: 'KB' },
    {
      id: 'model.gzip',
      label: '  gzip -9 (what the send-time script and the zip carry)',
      value: round(gzipSync(raw, { level: 9 }).length / 1000, 1),
      unit: 'KB',
    },
    {
      id: 'model.load',
      label: '  load: JSON.parse + decode, warm',
      value: round(load.median, 2),
      unit: 'ms',
      detail: `median of ${load.runs}, p95 ${round(load.p95, 2)} ms`,
    },
    {
      id: 'model.load-cold',
      label: '  the same, first time in a fresh process',
      value: round(cold.median, 1),
      unit: 'ms',
      detail: `median of ${cold.runs} processes`,
    },
    {
      id: 'router.2kb',
      label: 'suggest(), 2 KB email, with the model (as shipped)',
      value: round(a.median),
      unit: 'ms',
      max: 1,
      detail: `median of ${a.runs}, p95 ${round(a.p95)} ms`,
    },
    {
      id: 'router.2kb-phrases',
      label: '  the same without the model (pack phrases alone)',
      value: round(b.median),
      unit: 'ms',
      detail: `median of ${b.runs}, p95 ${round(b.p95)} ms`,
    },
  ];
}
