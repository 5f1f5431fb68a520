// oss-assist check-pack: validate a knowledge pack or a pack extension before shipping it.
import { checkDocumentPack, parseJsonText, parsePackText, type Problem, type Source } from '../../shared/core/index';
import { readArgs } from '../args';
import { existsSync } from 'node:fs';
import { loadPack, readText } from '../load';
import { checkModel } from '../../shared/core/pack/check-model';
import { MODEL_TYPE } from '../../shared/core/assist/model';
import { UsageError, write, type Command } from '../io';

const usage = `Usage: oss-assist check-pack FILE [--pack FILE] [--max-age-days N]

Validates a knowledge pack, a pack extension made by import-document, or a router model made
by train (against the default pack, or --pack). A pack's model beside it (NAME.model.json
next to NAME.pack.json) is checked with it. Prints every problem with its JSON path and exits
1 when there is any.

Options:
  --pack FILE        the pack a router model is checked against (default: the IOM OSS pack)
  --max-age-days N   also warn about each source last updated more than N days ago,
                     or with no date (a warning: the exit code stays 0)`;

const DAY_MS = 24 * 60 * 60 * 1000;

/** NAME.pack.json → NAME.model.json, when that file exists. */
function modelBeside(file: string): string | null {
  const candidate = file.replace(/\.pack\.json$/i, '.model.json');
  return candidate !== file && existsSync(candidate) ? candidate : null;
}

function modelLine(file: string, m: { classes: string[]; weights: string }): string {
  return `${file}: OK — router model for ${m.classes.length - 1} scenarios and "none", ${(m.weights.length / 1000).toFixed(1)} KB of weights.`;
}

function report(file: string, problems: Problem[]): string {
  return [
    `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
    ...problems.map((p) => `  ${p.path}: ${p.message}`),
  ].join('\n');
}

/** One warning per source older than `maxDays` on `today`, or with no date to tell. */
export function staleSources(sources: readonly Source[], maxDays: number, today: Date): string[] {
  const out: string[] = [];
  for (const s of sources) {
    if (s.updated === null) {
      out.push(`warning: source "${s.id}" (${s.title}) gives no date, so its age is unknown.`);
      continue;
    }
    const days = Math.floor((today.getTime() - Date.parse(`${s.updated}T00:00:00Z`)) / DAY_MS);
    if (days > maxDays) {
      out.push(
        `warning: source "${s.id}" (${s.title}) was last updated ${s.updated}, ${days} days ago (more than ${maxDays}); check for a newer version.`,
      );
    }
  }
  return out;
}

function maxAge(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,6}$/.test(value)) throw new UsageError('--max-age-days must be a whole number of days.');
  return Number(value);
}

export const checkPackCommand: Command = {
  name: 'check-pack',
  usage,
  async run(args, io) {
    const { values, positionals } = readArgs(args, { 'max-age-days': { type: 'string' }, pack: { type: 'string' } });
    const maxDays = maxAge(values['max-age-days']);
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError('give exactly one FILE.');
    const text = await readText(file);
    const json = parseJsonText(text);
    const warn = (sources: readonly Source[]) => {
      if (maxDays === undefined) return;
      for (const line of staleSources(sources, maxDays, io.now?.() ?? new Date())) write(io.stderr, line);
    };
    if (
      json.ok &&
      typeof json.value === 'object' &&
      json.value !== null &&
      (json.value as { type?: unknown }).type === 'extension'
    ) {
      const ext = checkDocumentPack(json.value);
      if (!ext.ok) {
        write(io.stderr, report(file, ext.error));
        return 1;
      }
      write(
        io.stdout,
        `${file}: OK — extension "${ext.value.id}" for pack "${ext.value.extends}": ${ext.value.excerpts.length} clauses from ${ext.value.sources.map((s) => s.title).join(', ')}.`,
      );
      warn(ext.value.sources);
      return 0;
    }
    if (json.ok && (json.value as { type?: unknown } | null)?.type === MODEL_TYPE) {
      const checked = checkModel(json.value, await loadPack(values.pack, []));
      if (!checked.ok) {
        write(io.stderr, report(file, checked.error));
        return 1;
      }
      write(io.stdout, modelLine(file, checked.value));
      return 0;
    }
    const result = parsePackText(text);
    if (!result.ok) {
      write(io.stderr, report(file, result.error));
      return 1;
    }
    const p = result.value;
    write(
      io.stdout,
      `${file}: OK — pack "${p.id}": ${p.sources.length} sources, ${p.contacts.length} contacts, ${p.services.length} services, ${p.excerpts.length} excerpts, ${p.scenarios.length} scenarios.`,
    );
    warn(p.sources);
    const beside = modelBeside(file);
    if (beside) {
      const model = parseJsonText(await readText(beside));
      const checked = model.ok ? checkModel(model.value, p) : { ok: false as const, error: model.error };
      if (!checked.ok) {
        write(io.stderr, report(beside, checked.error));
        return 1;
      }
      write(io.stdout, modelLine(beside, checked.value));
    }
    return 0;
  },
};
