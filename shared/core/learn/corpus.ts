// The labelled corpus (data/corpus/<lang>.jsonl): one email per line,
// {"id","text","language","scenario","split","why"?,"core"}. Read strictly: a bad line is
// reported with its number, never skipped in silence.
export interface CorpusEmail {
  id: string;
  text: string;
  language: string;
  /** A scenario id of the pack, or "none". */
  scenario: string;
  split: 'train' | 'dev' | 'test';
  why?: string;
  core?: string;
}

export type CorpusResult = { ok: true; emails: CorpusEmail[] } | { ok: false; problems: string[] };

const SPLITS = new Set(['train', 'dev', 'test']);

/**
 * Parses JSON lines. `classes` are the labels allowed (the pack's scenarios and "none"); a line
 * without a split (an organisation's own examples) counts as "train".
 */
export function parseCorpus(text: string, classes: string[], source = 'corpus'): CorpusResult {
  const emails: CorpusEmail[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, n) => {
    if (line.trim() === '') return;
    const where = `${source}:${n + 1}`;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      problems.push(`${where}: not valid JSON.`);
      return;
    }
    const r = row as Partial<CorpusEmail>;
    if (typeof r !== 'object' || r === null || typeof r.text !== 'string' || typeof r.scenario !== 'string') {
      problems.push(`${where}: needs "text" and "scenario" strings.`);
      return;
    }
    if (!classes.includes(r.scenario)) {
      problems.push(`${where}: scenario "${r.scenario}" is not one of the pack's (${classes.join(', ')}).`);
      return;
    }
    const split = r.split ?? 'train';
    if (!SPLITS.has(split)) {
      problems.push(`${where}: split "${String(split)}" is not train, dev or test.`);
      return;
    }
    emails.push({
      id: typeof r.id === 'string' ? r.id : where,
      text: r.text,
      language: typeof r.language === 'string' ? r.language : '?',
      scenario: r.scenario,
      split,
      ...(typeof r.why === 'string' ? { why: r.why } : {}),
      ...(typeof r.core === 'string' ? { core: r.core } : {}),
    });
  });
  return problems.length ? { ok: false, problems } : { ok: true, emails };
}
