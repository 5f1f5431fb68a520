// Run by bench/run.ts in a fresh process: times the first pack validation and index build, as a
// popup or task pane does once when it opens (cold JIT). Prints one number, in ms.
import { readFileSync } from 'node:fs';
import { checkPack, createAssistant } from '../shared/core/index';

const text = readFileSync(new URL('../data/iom-oss.pack.json', import.meta.url), 'utf8');
const start = process.hrtime.bigint();
const result = checkPack(JSON.parse(text));
if (!result.ok) throw new Error('The default pack is invalid.');
createAssistant(result.value);
process.stdout.write(String(Number(process.hrtime.bigint() - start) / 1e6));
