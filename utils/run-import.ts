// Hands a chosen file to the import worker (entrypoints/import-worker.ts) and waits for its
// answer, reporting progress. One worker per import, ended after it: imports are rare, and
// nothing lingers. The worker is also how an import is stopped: the person's Stop button, a PDF
// page that keeps the reader busy (no page read for pageSeconds + 2 s), or the whole import past
// its time limit all terminate it, whatever it is doing.
import { browser } from 'wxt/browser';
import { hasForms } from '../shared/core/import/file-bytes';
import { IMPORT_LIMITS, importProblem } from '../shared/core/import/messages';
import { fail } from '../shared/core/model/result';
import type { ImportRequest, Prepared, WorkerReport } from './import-file';

export const IMPORT_WORKER = '/import-worker.js';

export interface ImportLimits {
  /** Silence allowed between two PDF pages (and before the first), in ms. */
  pageMs: number;
  /** The whole import, in ms. */
  totalMs: number;
}

export const IMPORT_RUN_LIMITS: ImportLimits = {
  pageMs: (IMPORT_LIMITS.pageSeconds + 2) * 1000,
  totalMs: (IMPORT_LIMITS.totalSeconds + 30) * 1000,
};

export type RunOutcome = Prepared | { ok: false; stopped: true } | { ok: false; crashed: true };

export interface RunningImport {
  result: Promise<RunOutcome>;
  /** Ends the worker at once; `result` then says the import was stopped. */
  cancel(): void;
}

export function runImport(
  request: ImportRequest,
  onProgress: (page: number, pages: number) => void = () => undefined,
  limits: ImportLimits = IMPORT_RUN_LIMITS,
  makeWorker: () => Worker = () => new Worker((browser.runtime.getURL as (path: string) => string)(IMPORT_WORKER)),
): RunningImport {
  let settle: (outcome: RunOutcome) => void = () => undefined;
  const result = new Promise<RunOutcome>((resolve) => (settle = resolve));
  const worker = makeWorker();
  let pageTimer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const finish = (outcome: RunOutcome) => {
    if (done) return;
    done = true;
    clearTimeout(pageTimer);
    clearTimeout(totalTimer);
    worker.terminate();
    settle(outcome);
  };
  const refuse = (problem: ReturnType<typeof importProblem>) => finish(fail({ code: 'core', problem }));
  const stalled = () =>
    refuse(
      hasForms(request.file.bytes)
        ? importProblem('pdf-too-complex')
        : importProblem('too-slow', { seconds: Math.round(limits.pageMs / 1000) }),
    );
  const watchPages = () => {
    clearTimeout(pageTimer);
    pageTimer = setTimeout(stalled, limits.pageMs);
  };
  const totalTimer = setTimeout(
    () => refuse(importProblem('too-slow', { seconds: Math.round(limits.totalMs / 1000) })),
    limits.totalMs,
  );
  worker.onmessage = (event: MessageEvent<WorkerReport>) => {
    const report = event.data;
    if (report.type === 'done') return finish(report.result);
    if (report.type === 'stage') {
      // Only a PDF's pages can stall; segmenting and checking are bounded, and timed in total.
      if (report.stage === 'reading-pdf') watchPages();
      else clearTimeout(pageTimer);
      return;
    }
    watchPages();
    onProgress(report.page, report.pages);
  };
  // A crash (out of memory, an error the worker could not catch) ends the import with a sentence.
  worker.onerror = (event) => {
    event.preventDefault?.();
    finish({ ok: false, crashed: true });
  };
  worker.postMessage(request);
  return { result, cancel: () => finish({ ok: false, stopped: true }) };
}
