// oss-assist check-pack: validate a knowledge pack or a pack extension before shipping it.
import { checkDocumentPack, parseJsonText, parsePackText, type Problem } from '../../shared/core/index';
import { parseArgs } from '../args';
import { existsSync } from 'node:fs';
import { loadPack, readText } from '../load';
import { checkModel } from '../../shared/core/pack/check-model';
import { MODEL_TYPE } from '../../shared/core/assist/model';
import { write, type Command } from '../io';

const usage = `Usage: oss-assist check-pack FILE [--pack FILE]

Validates a knowledge pack, a pack extension made by import-document, or a router model made
by train (against the default pack, or --pack). A pack's model beside it (NAME.model.json
next to NAME.pack.json) is checked with it. Prints every problem with its JSON path and exits
1 when there is any.`;

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

export const checkPackCommand: Command = {
  name: 'check-pack',
  summary: 'validate a knowledge pack or pack extension',
  usage,
  async run(args, io) {
    const a = parseArgs(args, { flags: [], values: ['--pack'] });
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
    if (json.ok && (json.value as { type?: unknown } | null)?.type === MODEL_TYPE) {
      const checked = checkModel(json.value, await loadPack(a.values.get('--pack')?.[0], []));
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
