// oss-assist import-document: an organisation's MOU, SOP or security plan (PDF, text, Markdown)
// → a pack extension JSON file that the add-in and the browser extension load beside the pack.
// A PDF is read in a child process with a heap limit, killed if a page or the whole reading takes
// too long (cli/pdf-runner.ts): a hostile PDF ends with a sentence, never a hang.
import { stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { MAX_PACK_BYTES } from '../../shared/core/pack/check';
import { ID_PATTERN } from '../../shared/core/model/vocabulary';
import { extractPdfInChild } from '../pdf-runner';
import { DOCUMENT_KINDS } from '../../shared/core/import/document-pack';
import { importMessage } from '../../shared/core/import/messages';
import { importDocument } from '../../shared/core/import/document';
import { LANGS } from '../../shared/core/pack/schema';
import { oneOf, readArgs } from '../args';
import { readBytes } from '../load';
import { UsageError, write, type Command } from '../io';

const usage = `Usage: oss-assist import-document FILE --title "…" --out FILE [options]

Turns a document (PDF with a text layer, Word .docx, plain text, or Markdown) into a pack extension:
its articles, sections and numbered paragraphs become excerpts, quoted word for word with
their clause number and page. Nothing is uploaded; the file is read on this machine.

Options:
  --title TEXT      the document's title, as it is cited (required)
  --out FILE        where to write the pack extension JSON (required)
  --kind KIND       mou | sop | plan | other (default: other)
  --lang LANG       en | fr | es (default: detected from the text)
  --id ID           extension id, lower-case letters, digits and dashes (default: from the title)
  --extends ID      the pack it extends (default: iom-oss)
`;

export const importDocumentCommand: Command = {
  name: 'import-document',
  usage,
  async run(args, io) {
    const { values, positionals } = readArgs(args, {
      title: { type: 'string' },
      out: { type: 'string' },
      kind: { type: 'string' },
      lang: { type: 'string' },
      id: { type: 'string' },
      extends: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one FILE to import.');
    if (!values.title?.trim()) throw new UsageError('--title is required.');
    if (!values.out) throw new UsageError('--out is required.');
    const kind = oneOf('kind', values.kind, DOCUMENT_KINDS);
    const lang = oneOf('lang', values.lang, LANGS);
    for (const key of ['id', 'extends'] as const) {
      const value = values[key];
      if (value !== undefined && !ID_PATTERN.test(value)) {
        throw new UsageError(`--${key} must be lower-case letters, digits and dashes (at most 64).`);
      }
    }

    const file = positionals[0]!;
    if (await sameFile(file, values.out))
      throw new UsageError('--out is the document itself: choose another file to write.');
    const bytes = new Uint8Array(await readBytes(file));
    const result = await importDocument(
      { bytes, fileName: file, title: values.title.trim(), kind, lang, id: values.id, extends: values.extends },
      { readPdf: (pdf) => extractPdfInChild(pdf) },
    );
    if (!result.ok) {
      write(io.stderr, `oss-assist import-document: ${file}: ${result.error.message}`);
      return 1;
    }
    const json = `${JSON.stringify(result.value.documentPack, null, 2)}\n`;
    // The limit check-pack and the options page apply: never write a file they would refuse.
    if (json.length > MAX_PACK_BYTES) {
      const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
      write(
        io.stderr,
        `oss-assist import-document: ${file}: the pack extension would be ${mb(json.length)} MB; check-pack and the ` +
          `options page accept at most ${mb(MAX_PACK_BYTES)} MB. Split the document and import the parts.`,
      );
      return 1;
    }
    await writeFile(values.out, json);
    const { clauses, pages, language } = result.value.summary;
    write(
      io.stdout,
      [
        pages === null
          ? importMessage('summaryNoPages', 'en', { clauses, language })
          : importMessage('summary', 'en', { clauses, pages, language }),
        importMessage('written', 'en', { file: values.out }),
      ].join('\n'),
    );
    return 0;
  },
};

/** The same file by path, or (when both exist) by device and inode: a link to the input counts. */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}
