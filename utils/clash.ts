// Whether a document's clause or source ids are already held by another stored document. Run
// twice: by the import worker on the documents it was given, and again inside the store's write
// transaction (document-store.ts), so two tabs importing at once cannot both pass.
import type { DocumentPack } from '../shared/core/pack/schema';

interface Holder {
  id: string;
  title: string;
  extension: DocumentPack;
}

/** The title of another document holding one of `extension`'s ids, or null. Linear in all ids. */
export function clashingDocument(extension: DocumentPack, stored: Holder[]): string | null {
  const ids = new Set<string>();
  for (const x of extension.excerpts) ids.add(x.id);
  for (const x of extension.sources) ids.add(x.id);
  for (const d of stored) {
    if (d.id === extension.id) continue;
    for (const x of d.extension.excerpts) if (ids.has(x.id)) return d.title;
    for (const x of d.extension.sources) if (ids.has(x.id)) return d.title;
  }
  return null;
}
