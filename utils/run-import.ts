// Hands a chosen file to the import worker (entrypoints/import-worker.ts) and waits for its
// answer. One worker per import, ended after it: imports are rare, and nothing lingers.
import { browser } from 'wxt/browser';
import type { ImportRequest, Prepared } from './import-file';

export const IMPORT_WORKER = '/import-worker.js';

export function runImport(request: ImportRequest): Promise<Prepared> {
  return new Promise((resolve, reject) => {
    // WXT types getURL to the files it knows of; the worker is one of ours.
    const worker = new Worker((browser.runtime.getURL as (path: string) => string)(IMPORT_WORKER));
    worker.onmessage = (event: MessageEvent<Prepared>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'import worker failed'));
    };
    worker.postMessage(request);
  });
}
