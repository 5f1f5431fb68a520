// suggest() beside a fair floor: the least any reader of the same text must do, a plain
// toLowerCase() and split on whitespace. Two ratios: against the whole text (untrimmed) and against
// the text the core keeps after cutting quoted history and signatures (trimmed), so a long thread
// cannot flatter the figure by being mostly cut. Warm: the median after a warm-up. First email:
// the word caches emptied before each call (forgetWords), so no word of the text is known, as for
// the first email a view reads (issue 12's "cold": the warm word cache hid the first call). Fresh
// process: the first call with the JIT cold too, as the CLI pays it.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createAssistant, DEFAULT_SETTINGS, trimThread } from '../shared/core/index';
import { DEFAULT_PACK } from '../shared/core/pack/default-pack';
import { DEFAULT_MODEL } from '../shared/core/assist/default-model';
import { round, summarise, time, type Figure, type Timing } from './measure';
import { forgetWords } from '../shared/core/assist/features';
import { TEXT_LABELS, TEXTS } from './texts';

/** The fair floor: one lower-casing and one split, no Unicode property classes. */
export const floor = (text: string): string[] => text.toLowerCase().split(/\s+/);

const ms = (t: Timing) => `median ${round(t.median)} ms, p95 ${round(t.p95)} ms, ${t.runs} runs`;

const TARGETS: Record<keyof typeof TEXTS, { warm?: number; first?: number; ratio?: number }> = {
  '2kb': { warm: 0.5, first: 1 },
  '100kb-quoted': {},
  '100kb-untrimmed': { ratio: 5 },
};

function coldRuns(id: string, processes: number): Timing {
  const child = fileURLToPath(new URL('./cold-child.ts', import.meta.url));
  const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
  const samples = Array.from({ length: processes }, () =>
    Number(execFileSync(process.execPath, [tsx, child, id], { encoding: 'utf8' })),
  );
  return summarise(samples);
}

export function benchSuggest(log: (line: string) => void, processes = 7): Figure[] {
  const figures: Figure[] = [];
  // What every host runs: the pack with its router model.
  const assistant = createAssistant(DEFAULT_PACK, DEFAULT_MODEL);
  for (const id of Object.keys(TEXTS) as (keyof typeof TEXTS)[]) {
    const text = TEXTS[id]();
    const kept = trimThread(text).text;
    const label = TEXT_LABELS[id];
    log(`suggest: ${label} (${text.length} chars, ${kept.length} kept)…`);
    const runs = text.length > 10_000 ? 300 : 2000;
    const scenario = assistant.suggest(text, DEFAULT_SETTINGS).scenario.id;
    const cold = coldRuns(id, processes);
    const warm = time(() => assistant.suggest(text, DEFAULT_SETTINGS), runs, runs / 10);
    const first = time(
      () => {
        forgetWords();
        return assistant.suggest(text, DEFAULT_SETTINGS);
      },
      runs / 4,
      runs / 40,
    );
    const whole = time(() => floor(text), runs, runs / 10);
    const trimmed = time(() => floor(kept), runs, runs / 10);
    const t = TARGETS[id];
    figures.push(
      {
        id: `suggest.${id}.warm`,
        label: `suggest(), ${label}, warm`,
        value: round(warm.median),
        unit: 'ms',
        max: t.warm,
        detail: `${ms(warm)}; scenario ${scenario}`,
      },
      {
        id: `suggest.${id}.first`,
        label: '  first email: no word of it known yet (word caches emptied)',
        value: round(first.median),
        unit: 'ms',
        max: t.first,
        detail: ms(first),
      },
      {
        id: `suggest.${id}.cold`,
        label: '  first call in a fresh process (cold JIT too)',
        value: round(cold.median),
        unit: 'ms',
        detail: `median of ${cold.runs} processes`,
      },
      {
        id: `floor.${id}`,
        label: `  fair floor: toLowerCase + split, whole text (${Math.round(text.length / 1000)} K chars)`,
        value: round(whole.median),
        unit: 'ms',
        detail: ms(whole),
      },
      {
        id: `ratio.${id}.untrimmed`,
        label: '  ratio suggest / floor on the whole text',
        value: round(warm.median / whole.median, 2),
        unit: 'x',
        max: t.ratio,
      },
      {
        id: `ratio.${id}.trimmed`,
        label: `  ratio suggest / floor on the text it keeps (${Math.round(kept.length / 100) / 10} K chars)`,
        value: round(warm.median / trimmed.median, 2),
        unit: 'x',
        detail: `floor on kept text ${ms(trimmed)}`,
      },
    );
  }
  return figures;
}
