// The document import, in a Web Worker built as its own bundle. Two reasons: segmenting a long
// document does not freeze the options page, and the pack schema (zod) it checks files with
// stays out of the modules the popup shares with the options page (the popup's script budget).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { prepareImport, type ImportRequest, type Prepared } from '../utils/import-file';
import { errorText, fail } from '../shared/core/model/result';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportRequest>) => void): void;
  postMessage(message: Prepared): void;
}

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as WorkerScope;
  scope.addEventListener('message', (event) => {
    const { file, options, stored } = event.data;
    let result: Prepared;
    try {
      result = prepareImport(file, options, stored);
    } catch (error) {
      // A file the checks did not foresee: refused with what went wrong, never half-imported.
      result = fail({ code: 'invalid', problems: [{ path: '$', message: errorText(error) }] });
    }
    scope.postMessage(result);
  });
});
