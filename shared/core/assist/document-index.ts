// The word index of one imported document, built when it is imported and stored beside it, so
// the popup searches ten thousand clauses from its first keystroke without reading them again.
// The fields are the ones search.ts gives a clause: the same function makes both, so a stored
// index and one built at search time cannot disagree.
import type { ClauseExcerpt, DocumentPack } from '../pack/schema';
import { buildWordIndex, type IndexedEntry, type WordIndexData } from './search-index';

/** A clause's title (with its number), keywords and text, as search.ts indexes and scores them. */
export function clauseFields(e: ClauseExcerpt): IndexedEntry['fields'] {
  return [`${e.clause.number ?? ''} ${e.title}`, (e.keywords ?? []).join(' '), e.text];
}

export function indexDocument(extension: DocumentPack): WordIndexData {
  return buildWordIndex(extension.excerpts.map((e) => ({ fields: clauseFields(e) })));
}
