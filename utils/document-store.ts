// The organisation's documents the person imported on the options page, kept in the
// extension's own IndexedDB: no extra permission, room for large documents, and nothing
// leaves the browser. Only documents live here (pack extensions), never email or page text.
// The popup reads it too, so this file imports no schema library: every record was checked
// (checkDocumentPack + applyDocumentPack) before the options page stored it.
import type { DocumentPack } from '../shared/core/pack/schema';
import type { Lang } from '../shared/core/model/vocabulary';
import type { Attachments } from '../shared/core/pack/merge';
import type { WordIndexData } from '../shared/core/assist/search-index';
import { clashingDocument } from './clash';

const DB_NAME = 'oss-assist-documents';
const STORE = 'documents';
/** The record layout. A record of another version (an older extension) is left unread. */
export const RECORD_VERSION = 1;

export interface StoredDocument {
  version: typeof RECORD_VERSION;
  /** The extension's id: importing a document with the same id replaces it. */
  id: string;
  title: string;
  kind: DocumentPack['documentKind'];
  language: Lang;
  clauses: number;
  /** ISO 8601, when the person imported it. */
  importedAt: string;
  fileName: string;
  extension: DocumentPack;
  /**
   * The clauses each scenario brings up (attachClauses), computed once at import so that opening
   * the popup costs no keyword scan. Absent in records stored before it existed: then computed.
   */
  attached?: Attachments;
  /**
   * The clauses' word index (document-index.ts), built at import so that the popup's first search
   * reads no clause text. Absent in records stored before it existed: then built at that search.
   */
  index?: WordIndexData;
}

export type PutOutcome = { ok: true; replaced: string | null } | { ok: false; clash: string };

export type DocumentInfo = Omit<StoredDocument, 'extension' | 'version'>;

export interface DocumentStore {
  /** Every stored document, oldest import first. */
  all(): Promise<StoredDocument[]>;
  /** Adds a document, or replaces the one with the same id. */
  put(doc: StoredDocument): Promise<void>;
  /**
   * Adds a document unless another stored one holds its ids: the check and the write in one
   * transaction, so two tabs importing at once cannot both pass the check.
   */
  putChecked(doc: StoredDocument): Promise<PutOutcome>;
  remove(id: string): Promise<void>;
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  const request = factory.open(DB_NAME, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
  return done(request);
}

export function createDocumentStore(factory: IDBFactory = globalThis.indexedDB): DocumentStore {
  // One transaction per call, and the connection closed after it: a long-lived connection
  // would block a later version upgrade from another page of the extension.
  async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const db = await open(factory);
    try {
      const tx = db.transaction(STORE, mode);
      // A write counts once its transaction has committed, not when its request succeeded.
      const committed = new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      });
      const result = await done(work(tx.objectStore(STORE)));
      await committed;
      return result;
    } finally {
      db.close();
    }
  }
  return {
    async all() {
      const records = (await run('readonly', (s) => s.getAll())) as StoredDocument[];
      return records
        .filter((r) => r?.version === RECORD_VERSION)
        .sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    },
    async put(doc) {
      await run('readwrite', (s) => s.put(doc));
    },
    async putChecked(doc) {
      let outcome: PutOutcome = { ok: true, replaced: null };
      await run('readwrite', (s) => {
        // Everything below happens in request callbacks of this one transaction: an await here
        // would let the transaction commit between the read and the write.
        const read = s.getAll();
        // A listener, not onsuccess: run() sets onsuccess on the request it is handed.
        read.addEventListener('success', () => {
          const stored = (read.result as StoredDocument[]).filter((r) => r?.version === RECORD_VERSION);
          const clash = clashingDocument(doc.extension, stored);
          if (clash !== null) {
            outcome = { ok: false, clash };
            return;
          }
          outcome = { ok: true, replaced: stored.find((r) => r.id === doc.id)?.title ?? null };
          s.put(doc);
        });
        return read;
      });
      return outcome;
    },
    async remove(id) {
      await run('readwrite', (s) => s.delete(id));
    },
  };
}
