// The document import, in a Web Worker built as its own bundle. Three reasons: reading a long
// document does not freeze the options page; the options page can stop it (terminate) when the
// person cancels or a hostile file keeps it busy; and what it loads — the pack schema (zod),
// pdfjs for PDFs, mammoth for Word files — never joins the modules the popup and the options
// page share (the popup's script budget). pdfjs runs its parser on this worker's own thread.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { errorText, fail } from '../shared/core/model/result';
import { prepareImport, type ImportRequest, type Prepared, type WorkerReport } from '../utils/import-file';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportRequest>) => void): void;
  postMessage(message: WorkerReport): void;
}

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as WorkerScope;
  scope.addEventListener('message', (event) => {
    const { file, options, stored } = event.data;
    const report = (r: WorkerReport) => scope.postMessage(r);
    prepareImport(file, options, stored, new Date(), report)
      // A file the checks did not foresee: refused with what went wrong, never half-imported.
      .catch((error: unknown): Prepared =>
        fail({ code: 'invalid', problems: [{ path: '$', message: errorText(error) }] }),
      )
      .then((result) => report({ type: 'done', result }))
      .catch(() => undefined);
  });
});
