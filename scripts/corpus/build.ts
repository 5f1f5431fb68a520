// `npm run corpus`: composes the labelled corpus from every language's materials and writes
// data/corpus/<lang>.jsonl and data/corpus/README.md. Deterministic: same materials → same bytes.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { composeEmails } from './compose.ts';
import type { Materials, ScenarioId } from './materials/types.ts';
import { renderReadme } from './readme.ts';
import { splitStratum, type Split } from './split.ts';

export const LANGS = ['en', 'fr', 'es'] as const;
export type Lang = (typeof LANGS)[number];
export const EMAILS_PER_CORE = 3;
/** Hard negatives get more emails per core when a language has few of them, up to this many. */
const MAX_EMAILS_PER_NEGATIVE = 6;
/** The share of a language's emails that should be hard negatives (the issue asks for at least a fifth). */
const NEGATIVE_SHARE = 0.22;

export interface Row {
  id: string;
  text: string;
  language: Lang;
  scenario: ScenarioId | 'none';
  split: Split;
  why?: string;
  core: string;
}

const HERE = dirname(fileURLToPath(import.meta.url));
export const OUT_DIR = join(HERE, '..', '..', 'data', 'corpus');

/** The materials of every language whose file exists (fr.ts and es.ts appear as they are written). */
export async function loadMaterials(): Promise<Materials[]> {
  const found: Materials[] = [];
  for (const lang of LANGS) {
    if (!existsSync(join(HERE, 'materials', `${lang}.ts`))) continue;
    const mod = (await import(`./materials/${lang}.ts`)) as { MATERIALS: Materials };
    found.push(mod.MATERIALS);
  }
  return found;
}

function check(m: Materials): void {
  const ids = new Set<string>();
  const all = [...Object.values(m.scenarios).flat(), ...m.negatives];
  for (const core of all) {
    if (ids.has(core.id)) throw new Error(`${m.lang}: core id ${core.id} is used twice`);
    if (!core.text.trim()) throw new Error(`${m.lang}: core ${core.id} has no text`);
    ids.add(core.id);
  }
  for (const n of m.negatives) if (!n.why.trim()) throw new Error(`${m.lang}: negative ${n.id} has no why`);
  for (const key of ['greetings', 'signatures', 'disclaimers', 'forwardIntros', 'forwardNotes'] as const) {
    if (m[key].length === 0) throw new Error(`${m.lang}: ${key} is empty`);
  }
  if (m.quotedHistory.length === 0 || m.replyIntros.length === 0) throw new Error(`${m.lang}: no quoted history`);
}

/** All emails of one language, positives first (scenario order of the materials), then hard negatives. */
export function buildLanguage(m: Materials): Row[] {
  check(m);
  const rows: Row[] = [];
  const add = (scenario: ScenarioId | 'none', cores: { id: string; text: string; why?: string }[], n: number) => {
    const splits = splitStratum(cores.map((c) => c.id));
    for (const core of cores) {
      composeEmails(core, scenario, m, n).forEach((text, i) => {
        // Key order as documented: id, text, language, scenario, split, why?, core.
        rows.push({
          id: `${core.id}-${i + 1}`,
          text,
          language: m.lang,
          scenario,
          split: splits.get(core.id)!,
          ...(core.why ? { why: core.why } : {}),
          core: core.id,
        });
      });
    }
  };
  const scenarios = Object.entries(m.scenarios) as [ScenarioId, Materials['scenarios'][ScenarioId]][];
  for (const [scenario, cores] of scenarios) add(scenario, cores, EMAILS_PER_CORE);
  const positives = rows.length;
  const wanted = Math.ceil((NEGATIVE_SHARE * positives) / (1 - NEGATIVE_SHARE));
  const perNegative = Math.min(
    MAX_EMAILS_PER_NEGATIVE,
    Math.max(EMAILS_PER_CORE, Math.ceil(wanted / Math.max(1, m.negatives.length))),
  );
  add('none', m.negatives, perNegative);
  return rows;
}

export function toJsonl(rows: readonly Row[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

/** Every output file (path relative to data/corpus → content), from the given materials. */
export function buildCorpus(materials: readonly Materials[]): Map<string, string> {
  const byLang = new Map<Lang, Row[]>();
  for (const m of materials) byLang.set(m.lang, buildLanguage(m));
  const files = new Map<string, string>();
  for (const [lang, rows] of byLang) files.set(`${lang}.jsonl`, toJsonl(rows));
  files.set('README.md', renderReadme(byLang));
  return files;
}

async function main(): Promise<void> {
  const materials = await loadMaterials();
  const files = buildCorpus(materials);
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, content] of files) writeFileSync(join(OUT_DIR, name), content);
  // A language whose materials are gone leaves no stale file behind.
  for (const lang of LANGS) if (!files.has(`${lang}.jsonl`)) rmSync(join(OUT_DIR, `${lang}.jsonl`), { force: true });
  console.log(files.get('README.md')!.split('## Counts')[1]?.trim());
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
