// Run by bench/router.ts in a fresh process: the first load of the router model (JSON.parse and
// decode, cold JIT), as the CLI and the send-time check pay it. Prints one number, in ms.
import { readFileSync } from 'node:fs';
import { decodeWeights, type RouterModel } from '../shared/core/assist/model';

const text = readFileSync(new URL('../data/iom-oss.model.json', import.meta.url), 'utf8');
const start = process.hrtime.bigint();
decodeWeights(JSON.parse(text) as RouterModel);
process.stdout.write(String(Number(process.hrtime.bigint() - start) / 1e6));
