// One import from chosen bytes to an outcome, without React: read the stored documents (a failed
// read stops here: the new document could not be checked against them), run the worker, then
// write with the clash check in one transaction. The hook (useDocumentImport.ts) drives it.
import { debug } from '../../shared/core/model/debug';
import type { DocumentKind } from '../../shared/core/model/vocabulary';
import type { DocumentStore, StoredDocument } from '../../utils/document-store';
import type { ImportRequest } from '../../utils/import-file';
import type { RunningImport } from '../../utils/run-import';
import type { Outcome } from './outcome';

export interface ImportJob {
  store: DocumentStore;
  run: (request: ImportRequest, onProgress: (page: number, pages: number) => void) => RunningImport;
  name: string;
  bytes: Uint8Array;
  options: { title?: string; kind?: DocumentKind };
  onProgress: (page: number, pages: number) => void;
  /** Told the running import, so a Stop button can end it. */
  onStarted: (running: RunningImport) => void;
}

export async function importDocumentFile(job: ImportJob): Promise<Outcome> {
  let stored: StoredDocument[];
  try {
    stored = await job.store.all();
  } catch (error) {
    debug('documents/import', error);
    return { kind: 'failed', failure: { code: 'store-read' } };
  }
  const running = job.run({ file: { name: job.name, bytes: job.bytes }, options: job.options, stored }, job.onProgress);
  job.onStarted(running);
  const result = await running.result;
  if ('stopped' in result) return { kind: 'stopped' };
  if ('crashed' in result) return { kind: 'failed', failure: { code: 'worker' } };
  if (!result.ok) return { kind: 'failed', failure: result.error };
  let put;
  try {
    put = await job.store.putChecked(result.value.doc);
  } catch (error) {
    debug('documents/import', error);
    return { kind: 'failed', failure: { code: 'store' } };
  }
  if (!put.ok) return { kind: 'failed', failure: { code: 'clash', other: put.clash } };
  const { title, clauses } = result.value.doc;
  return { kind: 'imported', title, clauses, replaced: put.replaced !== null };
}
