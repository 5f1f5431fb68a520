// npx tsx bench/router.ts [--json] (also the last part of npm run bench)
// The learned router's cost: the model file in bytes (raw and gzip), its load (parse + decode),
// suggest() on a 2 KB email beside a bare tokenize pass, and the bounded worst case of issue 13:
// checkDraft on a 197 KB body of long random words (must stay well under 1 s).
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import { DEFAULT_SETTINGS, defaultPack } from '../shared/core/index';
import { createAssistant } from '../shared/core/assist/assistant';
import { decodeWeights, type RouterModel } from '../shared/core/assist/model';
import { seeded } from '../shared/core/learn/train';
import { EMAIL_2KB } from './corpus';
import { round, time, type Figure } from './measure';
import { printJson, printTable } from './report';

const MODEL_FILE = new URL('../data/iom-oss.model.json', import.meta.url);
const raw = readFileSync(MODEL_FILE);
const pack = defaultPack();
const figures: Figure[] = [];

figures.push({ id: 'model-raw', label: 'router model file, raw', value: round(raw.length / 1000, 1), unit: 'KB' });
figures.push({
  id: 'model-gzip',
  label: 'router model file, gzip -9',
  value: round(gzipSync(raw, { level: 9 }).length / 1000, 1),
  unit: 'KB',
  max: 70,
});

const load = time(() => decodeWeights(JSON.parse(raw.toString('utf8')) as RouterModel), 30, 3);
figures.push({
  id: 'model-load',
  label: 'router model load (JSON.parse + decode)',
  value: round(load.median, 2),
  unit: 'ms',
  detail: `p95 ${round(load.p95, 2)} ms`,
});

const model = JSON.parse(raw.toString('utf8')) as RouterModel;
const assistant = createAssistant(pack, model);
const tokenizeOnly = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u);
let n = 0;
const email = time(() => assistant.suggest(`${EMAIL_2KB} ${n++}`, DEFAULT_SETTINGS), 1000, 200);
const bare = time(() => tokenizeOnly(`${EMAIL_2KB} ${n++}`), 1000, 200);
figures.push({
  id: 'router-2kb',
  label: 'suggest() with the model, 2 KB email',
  value: round(email.median, 3),
  unit: 'ms',
  max: 1,
  detail: `p95 ${round(email.p95, 3)} ms; bare tokenize ${round(bare.median, 3)} ms`,
});

const random = seeded(13);
const words: string[] = [];
for (let size = 0; size < 197_000;) {
  const length = 20 + Math.floor(random() * 60);
  let w = '';
  for (let i = 0; i < length; i++) w += String.fromCharCode(97 + Math.floor(random() * 26));
  words.push(w);
  size += length + 1;
}
const body = words.join(' ');
let k = 0;
const hostile = time(
  () => assistant.checkDraft({ to: ['a@example.org'], cc: [], subject: `${k++}`, body }, DEFAULT_SETTINGS),
  10,
  1,
);
figures.push({
  id: 'router-197kb-random',
  label: 'checkDraft, 197 KB of long random words',
  value: round(hostile.median, 1),
  unit: 'ms',
  max: 1000,
  detail: `p95 ${round(hostile.p95, 1)} ms (issue 13: was 7-8 s)`,
});

const machine = {
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  platform: process.platform,
};
if (process.argv.includes('--json')) printJson(figures, machine);
else printTable(figures, machine);
