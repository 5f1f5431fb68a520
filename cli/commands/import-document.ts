// oss-assist import-document: an organisation's MOU, SOP or security plan (PDF, text, Markdown)
// → a pack extension JSON file that the add-in and the browser extension load beside the pack.
import { writeFile } from 'node:fs/promises';
import { DOCUMENT_KINDS } from '../../shared/core/import/document-pack';
import { importMessage } from '../../shared/core/import/messages';
import { importDocument } from '../../shared/core/import/document';
import { LANGS } from '../../shared/core/pack/schema';
import { oneOf, readArgs } from '../args';
import { readBytes } from '../load';
import { UsageError, write, type Command } from '../io';

const usage = `Usage: oss-assist import-document FILE --title "…" --out FILE [options]

Turns a document (PDF with a text layer, plain text, or Markdown) into a pack extension:
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
  summary: 'Turn an MOU, SOP or plan (PDF, text, Markdown) into a pack extension',
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
      if (value !== undefined && !/^[a-z0-9][a-z0-9-]{0,63}$/.test(value)) {
        throw new UsageError(`--${key} must be lower-case letters, digits and dashes (at most 64).`);
      }
    }

    const file = positionals[0]!;
    const bytes = new Uint8Array(await readBytes(file));
    const result = await importDocument({
      bytes,
      fileName: file,
      title: values.title.trim(),
      kind,
      lang,
      id: values.id,
      extends: values.extends,
    });
    if (!result.ok) {
      write(io.stderr, `oss-assist import-document: ${file}: ${result.error.message}`);
      return 1;
    }
    await writeFile(values.out, `${JSON.stringify(result.value.documentPack, null, 2)}\n`);
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
