// oss-assist check-pack: validate a knowledge pack or a pack extension before shipping it.
import { checkDocumentPack, parseJsonText, parsePackText, type Problem } from '../../shared/core/index';
import { parseArgs } from '../args';
import { readText } from '../load';
import { write, type Command } from '../io';

const usage = `Usage: oss-assist check-pack FILE

Validates a knowledge pack (or a pack extension made by import-document).
Prints every problem with its JSON path and exits 1 when there is any.`;

function report(file: string, problems: Problem[]): string {
  return [
    `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
    ...problems.map((p) => `  ${p.path}: ${p.message}`),
  ].join('\n');
}

export const checkPackCommand: Command = {
  name: 'check-pack',
  summary: 'validate a knowledge pack or pack extension',
  usage,
  async run(args, io) {
    const a = parseArgs(args, { flags: [], values: [] });
    const [file] = a.positional;
    if (!file || a.positional.length > 1) throw new Error('give exactly one FILE.');
    const text = await readText(file);
    const json = parseJsonText(text);
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
    return 0;
  },
};
