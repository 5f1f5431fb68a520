// Reading labelled corpus files for train and eval (JSON lines, see shared/core/learn/corpus.ts).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCorpus, type CorpusEmail } from '../shared/core/learn/corpus';
import { readText } from './load';

export const CORPUS_DIR = 'data/corpus';

/** data/corpus/*.jsonl, in name order (so training sees the same examples in the same order). */
export async function defaultCorpusFiles(): Promise<string[]> {
  const names = await readdir(CORPUS_DIR).catch(() => [] as string[]);
  return names
    .filter((n) => n.endsWith('.jsonl'))
    .sort()
    .map((n) => join(CORPUS_DIR, n));
}

export async function readCorpusFiles(files: string[], classes: string[]): Promise<CorpusEmail[]> {
  const out: CorpusEmail[] = [];
  for (const file of files) {
    const result = parseCorpus(await readText(file), classes, file);
    if (!result.ok) {
      const shown = result.problems.slice(0, 20);
      const more = result.problems.length - shown.length;
      throw new Error(`${file}:\n  ${shown.join('\n  ')}${more > 0 ? `\n  …and ${more} more` : ''}`);
    }
    out.push(...result.emails);
  }
  return out;
}
