// The pack the popup searches: the built-in one joined with the documents the person imported.
// No validation here (that happened on the options page, at import) so the popup ships no
// schema library; a store that cannot be read is a failed Result: the caller keeps the built-in
// pack, and the popup says so.
import { debug } from '../shared/core/model/debug';
import { fail, ok, type Result } from '../shared/core/model/result';
import { mergeDocumentPack } from '../shared/core/pack/merge';
import type { Pack } from '../shared/core/pack/schema';
import { createDocumentStore, type DocumentStore } from './document-store';

export interface DocumentsPack {
  pack: Pack;
  /** Titles of the documents joined, in import order. */
  titles: string[];
}

export async function loadDocumentsPack(base: Pack, store?: DocumentStore): Promise<Result<DocumentsPack, unknown>> {
  try {
    const docs = await (store ?? createDocumentStore()).all();
    return ok({
      pack: docs.reduce((pack, d) => mergeDocumentPack(pack, d.extension, d.attached), base),
      titles: docs.map((d) => d.title),
    });
  } catch (error) {
    debug('documents-pack: store', error);
    return fail(error);
  }
}
