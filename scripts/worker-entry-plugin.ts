// A Vite plugin for the extension build: adds a module worker as one more entry of the build
// that holds a page (the popup's suggestion worker, shared/ui/suggest-worker.ts), under a fixed
// file name the page can start (`new Worker('/suggest-worker.js', { type: 'module' })`). Built
// in the page's own build, the worker imports the very chunks the page loads later (the router
// and its model) instead of a second copy in the package; a worker built on its own (Vite's
// `new Worker(new URL(...))`) would bundle them again. The extension's CSP allows it: the file
// is packaged ('self'), no blob: URL.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

interface Options {
  /** The HTML page whose build gets the worker, as its source file ("entrypoints/popup/index.html"). */
  page: string;
  /** The worker's source file. */
  source: string;
  /** Its file in the output, e.g. "suggest-worker.js". */
  fileName: string;
}

export function workerEntry(options: Options): Plugin {
  return {
    name: 'oss-assist:worker-entry',
    apply: 'build',
    buildStart(input) {
      const inputs = Object.values(typeof input.input === 'string' ? [input.input] : (input.input ?? {})) as string[];
      if (!inputs.some((file) => file.replaceAll('\\', '/').endsWith(`/${options.page}`))) return;
      this.emitFile({ type: 'chunk', id: resolve(options.source), fileName: options.fileName });
    },
  };
}
