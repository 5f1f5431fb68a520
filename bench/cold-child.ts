// Run by bench/suggest.ts in a fresh process: the first suggest() on one corpus text, as a popup
// or the CLI pays it (cold JIT, empty caches). Prints one number, in ms.
import { createAssistant, DEFAULT_SETTINGS } from '../shared/core/index';
import { DEFAULT_PACK } from '../shared/core/pack/default-pack';
import { DEFAULT_MODEL } from '../shared/core/assist/default-model';
import { TEXTS } from './texts';

const text = TEXTS[process.argv[2] as keyof typeof TEXTS]();
// Made (and its model decoded) before the clock starts, as the views do after first paint.
const assistant = createAssistant(DEFAULT_PACK, DEFAULT_MODEL);
const start = process.hrtime.bigint();
assistant.suggest(text, DEFAULT_SETTINGS);
process.stdout.write(String(Number(process.hrtime.bigint() - start) / 1e6));
