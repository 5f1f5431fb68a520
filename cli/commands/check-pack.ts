// oss-assist check-pack: validate a knowledge pack or a pack extension before shipping it.
import { checkDocumentPack, parseJsonText, parsePackText, type Problem, type Source } from '../../shared/core/index';
import { readArgs } from '../args';
import { readText } from '../load';
import { UsageError, write, type Command } from '../io';

const usage = `Usage: oss-assist check-pack FILE [--max-age-days N]

Validates a knowledge pack (or a pack extension made by import-document).
Prints every problem with its JSON path and exits 1 when there is any.

Options:
  --max-age-days N   also warn about each source last updated more than N days ago,
                     or with no date (a warning: the exit code stays 0)`;

const DAY_MS = 24 * 60 * 60 * 1000;

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
  summary: 'validate a knowledge pack or pack extension',
  usage,
  async run(args, io) {
    const { values, positionals } = readArgs(args, { 'max-age-days': { type: 'string' } });
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
    return 0;
  },
};
