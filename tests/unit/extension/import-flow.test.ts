// The options page's import, without React or a browser: the flow from chosen bytes to an
// outcome (components/documents/import-flow.ts) and the worker runner's stop and time limits
// (utils/run-import.ts), with a stand-in worker that answers as the real one does, or never.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { importDocumentFile } from '../../../components/documents/import-flow';
import { importProblem } from '../../../shared/core/import/messages';
import { createDocumentStore, type DocumentStore } from '../../../utils/document-store';
import { prepareImport, type ImportRequest, type WorkerReport } from '../../../utils/import-file';
import { runImport, type RunningImport } from '../../../utils/run-import';
import { nestedFormsPdf } from '../../fixtures/pdf-bombs';
import { SAMPLE_EN_TEXT, SAMPLE_TITLE } from '../../fixtures/sample-documents';

vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (p: string) => p } } }));

const bytes = new TextEncoder().encode(SAMPLE_EN_TEXT);

/** A worker that runs prepareImport on this thread (like the real one), or one that never answers. */
class StandInWorker {
  onmessage: ((event: MessageEvent<WorkerReport>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly silent = false) {}
  postMessage(request: ImportRequest) {
    if (this.silent) {
      // A PDF page that never ends: the worker says it reads a PDF, then nothing more.
      queueMicrotask(() => this.onmessage?.({ data: { type: 'stage', stage: 'reading-pdf' } } as MessageEvent));
      return;
    }
    const report = (data: WorkerReport) => !this.terminated && this.onmessage?.({ data } as MessageEvent);
    void prepareImport(request.file, request.options, request.stored, new Date(), report).then((result) =>
      report({ type: 'done', result }),
    );
  }
  terminate() {
    this.terminated = true;
  }
}

const realRun = (request: ImportRequest, onProgress: (p: number, n: number) => void): RunningImport =>
  runImport(request, onProgress, undefined, () => new StandInWorker() as unknown as Worker);

const job = (store: DocumentStore, run = realRun) => ({
  store,
  run,
  name: 'sample.txt',
  bytes,
  options: { title: SAMPLE_TITLE },
  onProgress: () => undefined,
  onStarted: () => undefined,
});

describe('importDocumentFile', () => {
  it('imports into the store, then says it replaced the earlier copy', async () => {
    const store = createDocumentStore(new IDBFactory());
    expect(await importDocumentFile(job(store))).toMatchObject({
      kind: 'imported',
      title: SAMPLE_TITLE,
      replaced: false,
    });
    expect(await importDocumentFile(job(store))).toMatchObject({ kind: 'imported', replaced: true });
    expect(await store.all()).toHaveLength(1);
  });

  it('stops with a clear sentence when the stored documents cannot be read, and writes nothing', async () => {
    const put = vi.fn();
    const broken: DocumentStore = {
      all: () => Promise.reject(new Error('storage turned off')),
      put,
      putChecked: put,
      remove: put,
    };
    const run = vi.fn(realRun);
    expect(await importDocumentFile(job(broken, run))).toEqual({ kind: 'failed', failure: { code: 'store-read' } });
    expect(run).not.toHaveBeenCalled();
    expect(put).not.toHaveBeenCalled();
  });

  it('refuses the write when another tab stored the same clause ids meanwhile', async () => {
    const factory = new IDBFactory();
    const store = createDocumentStore(factory);
    // This tab read an empty store; meanwhile another tab stored a document with the same clause ids.
    const other = await prepareImport({ name: 'a.txt', bytes }, { title: SAMPLE_TITLE }, []);
    if (!other.ok) throw new Error('sample refused');
    const stale: DocumentStore = { ...store, all: async () => [] };
    await store.put({ ...other.value.doc, id: 'other-tab', title: 'Other tab' });
    const outcome = await importDocumentFile({ ...job(stale), options: { title: SAMPLE_TITLE } });
    expect(outcome).toEqual({ kind: 'failed', failure: { code: 'clash', other: 'Other tab' } });
  });
});

describe('runImport', () => {
  it('stops when the person cancels, and ends the worker', async () => {
    const worker = new StandInWorker(true);
    const running = runImport(
      { file: { name: 'x.pdf', bytes }, options: {}, stored: [] },
      undefined,
      undefined,
      () => worker as unknown as Worker,
    );
    running.cancel();
    expect(await running.result).toEqual({ ok: false, stopped: true });
    expect(worker.terminated).toBe(true);
  });

  it('ends a PDF page that never finishes, and calls nested drawings what they are', { timeout: 20_000 }, async () => {
    const worker = new StandInWorker(true);
    const running = runImport(
      { file: { name: 'nested.pdf', bytes: nestedFormsPdf() }, options: {}, stored: [] },
      undefined,
      { pageMs: 200, totalMs: 10_000 },
      () => worker as unknown as Worker,
    );
    expect(await running.result).toEqual({
      ok: false,
      error: { code: 'core', problem: importProblem('pdf-too-complex') },
    });
    expect(worker.terminated).toBe(true);
  });

  it('ends an import past its total time', { timeout: 20_000 }, async () => {
    const worker = new StandInWorker(true);
    const running = runImport(
      { file: { name: 'slow.txt', bytes }, options: {}, stored: [] },
      undefined,
      { pageMs: 60_000, totalMs: 200 },
      () => worker as unknown as Worker,
    );
    expect(await running.result).toMatchObject({ ok: false, error: { code: 'core', problem: { code: 'too-slow' } } });
  });
});
