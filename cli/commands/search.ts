// oss-assist search: the popup's search, on the command line, for the people who maintain a pack
// and its documents: "does article 4.2 come up for 'art. 4.2'? does 'secuestro' find the hostage
// situation?". Same core search as the popup and the pane.
import { parseArgs } from 'node:util';
import { createAssistant } from '../../shared/core/assist/assistant';
import { LANGS, type Lang } from '../../shared/core/model/vocabulary';
import type { SearchHit } from '../../shared/core/model/types';
import { loadPack } from '../load';
import { write, type Command, type Io } from '../io';

const usage = `Usage: oss-assist search QUERY [--extension FILE] [--lang en|fr|es] [--limit N] [--json]

Searches the pack (and the documents of each --extension) as the popup does: contacts,
services, situations, excerpts and imported clauses. A clause number ("article 4.2", "§ 3")
or an acronym in capitals ("SMT", "UN ID") brings the entry that carries it first.

Options:
  --extension FILE  an organisation's pack extension (imported documents); repeatable
  --pack FILE       another knowledge pack instead of the built-in one
  --lang LANG       en | fr | es: the language hits are shown in (default: en)
  --limit N         at most N hits (default: 10, at most 50)
  --json            a JSON list of hits: id, type, title, clause number, citation
`;

/** Pack and document text as plain text: control characters (a crafted clause's escape codes) shown, not obeyed. */
const plain = (text: string) =>
  text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what this finds
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

function usageError(io: Io, message: string): number {
  write(io.stderr, `oss-assist search: ${message}\n\n${usage}`);
  return 2;
}

/** What a pack maintainer checks per hit; the clause number only for a clause that has one. */
function jsonHit(hit: SearchHit) {
  const number = hit.number;
  return {
    id: hit.id,
    type: hit.kind === 'clause' ? 'clause' : hit.type,
    title: hit.title,
    ...(number ? { clause: number } : {}),
    citation: hit.citation,
    ...(hit.email ? { email: hit.email } : {}),
  };
}

export const searchCommand: Command = {
  name: 'search',
  usage,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          extension: { type: 'string', multiple: true },
          pack: { type: 'string' },
          lang: { type: 'string' },
          limit: { type: 'string' },
          json: { type: 'boolean' },
        },
      });
    } catch (error) {
      return usageError(io, (error as Error).message);
    }
    const { values, positionals } = parsed;
    const query = positionals.join(' ').trim();
    if (!query) return usageError(io, 'give the words to search for.');
    if (values.lang && !(LANGS as readonly string[]).includes(values.lang)) {
      return usageError(io, `--lang must be one of ${LANGS.join(', ')}.`);
    }
    const limit = values.limit === undefined ? 10 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) return usageError(io, '--limit must be 1 to 50.');

    let pack;
    try {
      pack = await loadPack(values.pack, values.extension ?? []);
    } catch (error) {
      write(io.stderr, `oss-assist search: ${(error as Error).message}`);
      return 1;
    }
    const hits = createAssistant(pack).search(query, { limit, language: (values.lang ?? 'en') as Lang });
    if (values.json) {
      write(
        io.stdout,
        JSON.stringify(
          hits.map((h) => jsonHit(h)),
          null,
          2,
        ),
      );
      return 0;
    }
    if (hits.length === 0) {
      write(io.stdout, plain(`Nothing found for "${query}".`));
      return 0;
    }
    const lines = hits.map((h, i) => {
      const number = h.number;
      const head = `${i + 1}. [${h.kind === 'clause' ? 'clause' : h.type}] ${number ? `${number} — ` : ''}${h.title}`;
      const where = h.citation ?? h.email;
      return plain(where ? `${head}\n   ${where}` : head);
    });
    write(io.stdout, lines.join('\n'));
    return 0;
  },
};
