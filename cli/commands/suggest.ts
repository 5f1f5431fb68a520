// oss-assist suggest: the right contact, excerpts and draft for one email, or for many (--jsonl).
import { createAdvisor, type Advisor, type SuggestOptions } from '../../shared/core/assist/advisor';
import { LANGS } from '../../shared/core/model/vocabulary';
import { readEmail } from '../../shared/core/mail/eml';
import type { Settings } from '../../shared/core/settings/check';
import type { Suggestion } from '../../shared/core/model/types';
import { oneOf, readArgs } from '../args';
import { boundedLines } from '../lines';
import { loadModel, loadPack, loadSettings, readBytes } from '../load';
import { MAX_INPUT_LABEL, readAll, UsageError, write, writeJson, type Command, type Io } from '../io';
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
  --model FILE       a router model made by oss-assist train, instead of the default one
  --json             print the result as one JSON object
  --jsonl            batch: JSON lines {"id","text"} on standard input, one result line each

Input of at most ${MAX_INPUT_LABEL} (each line, with --jsonl). Exit 0 answered, 1 failed
(a bad file, or any bad line in a batch), 2 usage error or nothing to read.`;

const options = {
  settings: { type: 'string' },
  pack: { type: 'string' },
  extension: { type: 'string', multiple: true },
  lang: { type: 'string' },
  model: { type: 'string' },
  scenario: { type: 'string' },
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
} as const;

async function emailText(bytes: Buffer): Promise<string> {
  const email = await readEmail(new Uint8Array(bytes));
  const text = email.subject ? `${email.subject}\n\n${email.text}` : email.text;
  // Plain text with a "To:" line in it can look like a message made only of headers: read it as
  // the text it is rather than answer about nothing.
  return text.trim() ? text : bytes.toString('utf8');
}

async function batch(assistant: Advisor, settings: Settings, options: SuggestOptions, io: Io): Promise<number> {
  let failed = 0;
  let n = 0;
  for await (const line of boundedLines(io.stdin)) {
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
      writeJson(io.stdout, result);
    } catch (error) {
      failed++;
      writeJson(io.stdout, { id, error: `line ${n}: ${errorText(error)}` });
    }
  }
  if (n === 0) throw new UsageError('standard input is empty: give JSON lines {"id","text"}.');
  return failed ? 1 : 0;
}

export const suggest: Command = {
  name: 'suggest',
  usage,
  async run(args, io) {
    const { values, positionals } = readArgs(args, options);
    const language = oneOf('lang', values.lang, LANGS);
    if (positionals.length > 1) throw new UsageError('give one FILE (or - for standard input).');
    if (values.jsonl && positionals.length) throw new UsageError('--jsonl reads standard input only.');
    const settings = await loadSettings(values.settings);
    const pack = await loadPack(values.pack, values.extension ?? []);
    const scenarioId = values.scenario;
    if (scenarioId && !pack.scenarios.some((s) => s.id === scenarioId)) {
      throw new UsageError(
        `unknown scenario "${scenarioId}"; the pack has ${pack.scenarios.map((s) => s.id).join(', ')}.`,
      );
    }
    const assistant = createAdvisor(pack, await loadModel(values.model, pack));
    if (values.jsonl) return batch(assistant, settings, { language, scenarioId }, io);
    const file = positionals[0];
    const fromStdin = !file || file === '-';
    const bytes = fromStdin ? await readAll(io.stdin) : await readBytes(file);
    if (bytes.toString('utf8').trim() === '') {
      throw new UsageError(`${fromStdin ? 'standard input' : file} is empty: give the text of an email.`);
    }
    const result = assistant.suggest(await emailText(bytes), settings, { language, scenarioId });
    if (values.json) writeJson(io.stdout, result, 2);
    else write(io.stdout, formatSuggestion(result));
    return 0;
  },
};
