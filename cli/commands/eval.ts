// oss-assist eval: how well the router does on a labelled set (the whole answer, safety rules
// included, exactly as suggest() gives it).
import { createAssistant, DEFAULT_SETTINGS } from '../../shared/core/index';
import { classesOf } from '../../shared/core/learn/fit';
import { evaluate, formatFigures, type Outcome } from '../../shared/core/learn/evaluate';
import { oneOf, readArgs } from '../args';
import { loadModel, loadPack } from '../load';
import { write, type Command } from '../io';
import { defaultCorpusFiles, readCorpusFiles } from '../corpus-files';

const usage = `Usage: oss-assist eval [FILE.jsonl...] [--split train|dev|test] [--model FILE] [--pack FILE] [--json]

Routes every labelled email ({"text","scenario","language"?,"split"?} per line; without FILE,
data/corpus/*.jsonl) and prints
accuracy, precision and recall per scenario, accuracy per language, the confusion matrix,
hostage-incident recall and the hard negatives raised as urgent.

  --split NAME   only the emails of this split
  --model FILE   a model other than the default pack's (data/iom-oss.model.json)
  --pack FILE    a knowledge pack other than the default
  --json         the figures as one JSON object`;

export const evalCommand: Command = {
  name: 'eval',
  usage,
  async run(args, io) {
    const { values, positionals } = readArgs(args, {
      json: { type: 'boolean' },
      split: { type: 'string' },
      model: { type: 'string' },
      pack: { type: 'string' },
    });
    const split = oneOf('split', values.split, ['train', 'dev', 'test'] as const);
    const pack = await loadPack(values.pack, []);
    const model = await loadModel(values.model, pack);
    if (!model) throw new Error('the default model does not fit this pack: give --model FILE (see oss-assist train).');
    const classes = classesOf(pack);
    const files = positionals.length ? positionals : await defaultCorpusFiles();
    if (files.length === 0) throw new Error('no FILE.jsonl given and no data/corpus/*.jsonl found.');
    const emails = (await readCorpusFiles(files, classes)).filter((e) => !split || e.split === split);
    const assistant = createAssistant(pack, model);
    const outcomes: Outcome[] = emails.map((e) => {
      const s = assistant.suggest(e.text, DEFAULT_SETTINGS);
      return {
        id: e.id,
        language: e.language,
        expected: e.scenario,
        got: s.scenario.id,
        urgent: s.urgent,
        certainty: s.certainty ?? 'sure',
        ...(e.why ? { why: e.why } : {}),
      };
    });
    const urgentClasses = pack.scenarios.filter((s) => s.urgency === 'urgent').map((s) => s.id);
    const figures = evaluate(outcomes, classes, urgentClasses);
    write(io.stdout, values.json ? JSON.stringify(figures, null, 2) : formatFigures(figures, classes));
    return 0;
  },
};
