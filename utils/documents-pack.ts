// The pack the popup searches: the built-in one joined with the documents the person imported.
// No validation here (that happened on the options page, at import) so the popup ships no
// schema library; a store that cannot be read is a failed Result: the caller keeps the built-in
// pack, and the popup says so.
import { debug } from '../shared/core/model/debug';
import { fail, ok, type Result } from '../shared/core/model/result';
import { mergeDocumentPack } from '../shared/core/pack/merge';
import type { Pack } from '../shared/core/pack/schema';
import { isWordIndexData, type WordIndexData } from '../shared/core/assist/search-index';
import { createDocumentStore, type DocumentStore } from './document-store';

export interface DocumentsPack {
  pack: Pack;
  /** Titles of the documents joined, in import order. */
  titles: string[];
  /**
   * The documents' stored word indexes, for createSearch's `clauseIndexes`; empty when a record
   * has none (stored by an older version), and the search then indexes the clauses itself.
   */
  clauseIndexes: WordIndexData[];
}

export async function loadDocumentsPack(base: Pack, store?: DocumentStore): Promise<Result<DocumentsPack, unknown>> {
  try {
    const docs = await (store ?? createDocumentStore()).all();
    const indexes = docs.map((d) => d.index);
    const valid = indexes.every((index, i) => isWordIndexData(index, docs[i]!.extension.excerpts.length));
    return ok({
      pack: docs.reduce((pack, d) => mergeDocumentPack(pack, d.extension, d.attached), base),
      titles: docs.map((d) => d.title),
      clauseIndexes: valid ? (indexes as WordIndexData[]) : [],
    });
  } catch (error) {
    debug('documents-pack: store', error);
    return fail(error);
  }
}
