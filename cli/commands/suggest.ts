// oss-assist suggest: the right contact, excerpts and draft for one email, or for many (--jsonl).
import { createInterface } from 'node:readline';
import { readFile } from 'node:fs/promises';
import {
  createAssistant,
  readEmail,
  type Assistant,
  type Lang,
  type Settings,
  type Suggestion,
} from '../../shared/core/index';
import { parseArgs } from '../args';
import { loadPack, loadSettings } from '../load';
import { readAll, write, type Command, type Io } from '../io';
import { formatSuggestion } from '../format';
import { errorText } from '../../shared/core/model/result';

const usage = `Usage: oss-assist suggest [options] [FILE|-]

Reads one email (plain text or .eml) from FILE or standard input and prints the
right security contact, the excerpts to quote and a draft escalation.

Options:
  --settings FILE    settings JSON (rsoEmail, rsoName, dutyStation, senderName,
                     language auto|en|fr|es, opsCentrePhone, opsCentreEmail)
  --pack FILE        a knowledge pack instead of the default IOM OSS pack
  --extension FILE   an organisation's pack extension (imported documents); repeatable
  --lang en|fr|es    write the draft in this language
  --scenario ID      use this scenario instead of the suggested one
  --json             print the result as one JSON object
  --jsonl            batch: JSON lines {"id","text"} on standard input, one result line each`;

const LANGS = ['en', 'fr', 'es'];

async function emailText(bytes: Buffer): Promise<string> {
  const email = await readEmail(new Uint8Array(bytes));
  return email.subject ? `${email.subject}\n\n${email.text}` : email.text;
}

async function batch(
  assistant: Assistant,
  settings: Settings,
  options: { language?: Lang; scenarioId?: string },
  io: Io,
): Promise<number> {
  let failed = 0;
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let id: unknown = null;
    try {
      const item = JSON.parse(line) as { id?: unknown; text?: unknown };
      id = item.id ?? null;
      if (typeof item.text !== 'string') throw new Error('"text" must be a string');
      const result: Suggestion = {
        id: id === null ? undefined : String(id),
        ...assistant.suggest(item.text, settings, options),
      };
      write(io.stdout, JSON.stringify(result));
    } catch (error) {
      failed++;
      write(io.stdout, JSON.stringify({ id, error: `line ${n}: ${errorText(error)}` }));
    }
  }
  return failed ? 1 : 0;
}

export const suggest: Command = {
  name: 'suggest',
  summary: 'suggest the contact, excerpts and draft for an email',
  usage,
  async run(args, io) {
    const a = parseArgs(args, {
      flags: ['--json', '--jsonl'],
      values: ['--settings', '--pack', '--extension', '--lang', '--scenario'],
    });
    const lang = a.values.get('--lang')?.[0];
    if (lang !== undefined && !LANGS.includes(lang)) throw new Error(`--lang must be one of ${LANGS.join(', ')}.`);
    const settings = await loadSettings(a.values.get('--settings')?.[0]);
    const pack = await loadPack(a.values.get('--pack')?.[0], a.values.get('--extension') ?? []);
    const scenarioId = a.values.get('--scenario')?.[0];
    if (scenarioId && !pack.scenarios.some((s) => s.id === scenarioId)) {
      throw new Error(`unknown scenario "${scenarioId}"; the pack has ${pack.scenarios.map((s) => s.id).join(', ')}.`);
    }
    const options = { language: lang as Lang | undefined, scenarioId };
    const assistant = createAssistant(pack);
    if (a.flags.has('--jsonl')) return batch(assistant, settings, options, io);
    if (a.positional.length > 1) throw new Error('give one FILE (or - for standard input).');
    const file = a.positional[0];
    const bytes = file && file !== '-' ? await readFile(file) : await readAll(io.stdin);
    const result = assistant.suggest(await emailText(bytes), settings, options);
    write(io.stdout, a.flags.has('--json') ? JSON.stringify(result, null, 2) : formatSuggestion(result));
    return 0;
  },
};
