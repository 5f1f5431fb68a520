// The documents section's state machine: the stored documents, then for an import
// idle → naming (a document asks for its title) → importing (the worker reads it; progress after
// a second; the person may stop it) → an outcome. Reads and writes the store; the rendering is
// DocumentsSection's, the messages ImportOutcome's.
import { useEffect, useRef, useState } from 'react';
import { debug } from '../../shared/core/model/debug';
import type { DocumentKind } from '../../shared/core/model/vocabulary';
import { IMPORT_LIMITS } from '../../shared/core/import/messages';
import { decodeText } from '../../shared/core/import/file-bytes';
import { createDocumentStore, type DocumentStore, type StoredDocument } from '../../utils/document-store';
import { fileType, suggestedTitle } from '../../utils/file-type';
import { runImport as startWorker, type RunningImport } from '../../utils/run-import';
import type { ImportRequest } from '../../utils/import-file';
import { importDocumentFile } from './import-flow';
import type { Outcome } from './outcome';

export interface Pending {
  name: string;
  bytes: Uint8Array;
  title: string;
  kind: DocumentKind;
}

export interface Importing {
  name: string;
  /** Shown once the import has taken a second: people wait calmly for what they can see move. */
  visible: boolean;
  page: { page: number; pages: number } | null;
}

/** Progress shows after this long: a quick import just finishes. */
export const PROGRESS_AFTER_MS = 1000;

export function useDocumentImport(
  options: {
    store?: DocumentStore;
    run?: (request: ImportRequest, onProgress: (page: number, pages: number) => void) => RunningImport;
  } = {},
) {
  const [store] = useState(() => options.store ?? createDocumentStore());
  const run = options.run ?? ((request, onProgress) => startWorker(request, onProgress));
  const [docs, setDocs] = useState<StoredDocument[] | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [importing, setImporting] = useState<Importing | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // A new key empties the file input, so choosing the same file again still fires onChange.
  const [inputKey, setInputKey] = useState(0);
  const running = useRef<RunningImport | null>(null);

  const reload = async () => {
    try {
      setDocs(await store.all());
      setLoadFailed(false);
    } catch (error) {
      debug('documents', error);
      setDocs([]);
      setLoadFailed(true);
    }
  };
  useEffect(() => {
    void reload();
    // An import still running when the page goes away is ended with it.
    return () => running.current?.cancel();
  }, []);

  const finish = (next: Outcome) => {
    setOutcome(next);
    setPending(null);
    setImporting(null);
    running.current = null;
    setInputKey((k) => k + 1);
    return next;
  };

  const importFile = async (name: string, bytes: Uint8Array, opts: { title?: string; kind?: DocumentKind }) => {
    setImporting({ name, visible: false, page: null });
    const shown = setTimeout(() => setImporting((i) => i && { ...i, visible: true }), PROGRESS_AFTER_MS);
    try {
      const outcome = await importDocumentFile({
        store,
        run,
        name,
        bytes,
        options: opts,
        onProgress: (page, pages) => setImporting((i) => i && { ...i, page: { page, pages } }),
        onStarted: (job) => (running.current = job),
      });
      if (outcome.kind === 'imported') await reload();
      return finish(outcome);
    } finally {
      clearTimeout(shown);
    }
  };

  const chooseFile = async (file: File | undefined): Promise<Outcome | null> => {
    setOutcome(null);
    setPending(null);
    if (!file) return null;
    const type = fileType(file.name);
    if (type === 'unsupported') return finish({ kind: 'failed', failure: { code: 'unsupported' } });
    // Refused before reading: a huge file is never loaded into memory.
    if (file.size > IMPORT_LIMITS.maxBytes) {
      const size = (file.size / (1024 * 1024)).toFixed(1);
      return finish({ kind: 'failed', failure: { code: 'too-large', size } });
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      debug('documents', error);
      // The file went away or cannot be read (moved, no permission) between choosing and reading.
      return finish({ kind: 'failed', failure: { code: 'worker' } });
    }
    // A PDF renamed .json is still a PDF: it asks for a title like any document.
    const actual = fileType(file.name, bytes.subarray(0, 1024));
    if (actual === 'json') return importFile(file.name, bytes, {});
    const text = actual === 'text' ? decodeText(bytes.subarray(0, 4096)) : '';
    setPending({ name: file.name, bytes, title: suggestedTitle(file.name, text), kind: 'other' });
    return null;
  };

  const submit = () =>
    pending && pending.title.trim()
      ? importFile(pending.name, pending.bytes, { title: pending.title, kind: pending.kind })
      : Promise.resolve(null);

  const cancelPending = () => {
    setPending(null);
    setInputKey((k) => k + 1);
  };

  const stop = () => running.current?.cancel();

  const remove = async (doc: StoredDocument): Promise<Outcome> => {
    let removed = true;
    try {
      await store.remove(doc.id);
    } catch (error) {
      debug('documents', error);
      removed = false;
    }
    await reload();
    return finish(removed ? { kind: 'removed', title: doc.title } : { kind: 'failed', failure: { code: 'remove' } });
  };

  return {
    docs,
    loadFailed,
    pending,
    setPending,
    importing,
    outcome,
    inputKey,
    chooseFile,
    submit,
    cancelPending,
    stop,
    remove,
  };
}
