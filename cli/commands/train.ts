// oss-assist train: the router's model from the labelled corpus, deterministically.
import { writeFile } from 'node:fs/promises';
import { classesOf } from '../../shared/core/learn/fit';
import { chooseAndFit } from '../../shared/core/learn/choose';
import { readArgs } from '../args';
import { loadPack } from '../load';
import { UsageError, write, type Command } from '../io';
import { defaultCorpusFiles, readCorpusFiles } from '../corpus-files';

const usage = `Usage: oss-assist train [--extra FILE.jsonl]... [--corpus FILE.jsonl]... [--pack FILE] [--out FILE]

Trains the router's model on the train split of the labelled corpus (data/corpus/*.jsonl
unless --corpus is given) and writes the model file (default data/iom-oss.model.json).
The dev split chooses the hyper-parameters; the test split is never read.

  --extra FILE   an organisation's own labelled examples (JSON lines {"text","scenario"});
                 added to the training set, kept out of the repository; repeatable
  --corpus FILE  train on these files instead of data/corpus/*.jsonl; repeatable
  --pack FILE    a knowledge pack other than the default (its scenarios are the classes)
  --out FILE     where to write the model

Same corpus, same model file, byte for byte.`;

export const trainCommand: Command = {
  name: 'train',
  usage,
  async run(args, io) {
    const { values, positionals } = readArgs(args, {
      extra: { type: 'string', multiple: true },
      corpus: { type: 'string', multiple: true },
      pack: { type: 'string' },
      out: { type: 'string' },
    });
    if (positionals.length) throw new UsageError('train takes no FILE; use --corpus or --extra.');
    const pack = await loadPack(values.pack, []);
    const classes = classesOf(pack);
    const files = values.corpus ?? (await defaultCorpusFiles());
    const extra = values.extra ?? [];
    const emails = [
      ...(await readCorpusFiles(files, classes)),
      // An organisation's examples only ever train: they have no say in choosing or measuring.
      ...(await readCorpusFiles(extra, classes)).map((e) => ({ ...e, split: 'train' as const })),
    ];
    if (!emails.some((e) => e.split === 'train')) throw new Error('no training examples (split "train") found.');
    const out = values.out ?? 'data/iom-oss.model.json';
    const chosen = chooseAndFit(pack, emails);
    for (const line of chosen.log) write(io.stderr, line);
    const text = `${JSON.stringify(chosen.model)}\n`;
    await writeFile(out, text);
    write(
      io.stdout,
      `${out}: ${emails.filter((e) => e.split === 'train').length} training emails, ${(text.length / 1000).toFixed(1)} KB, dev accuracy ${chosen.dev === null ? 'n/a' : `${(chosen.dev * 100).toFixed(1)}%`} (model alone).`,
    );
    return 0;
  },
};
