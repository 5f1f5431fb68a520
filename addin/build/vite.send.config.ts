// Builds the send-time check as ONE plain script (IIFE, no module imports): classic Outlook
// on Windows runs it in a JavaScript-only runtime that cannot load ES modules or chunks.
// Budget: 60 KB gzip (checked by the e2e test).
import { defineConfig } from 'vite';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { es2016Regexes } from './es2016-regex.ts';

const here = dirname(fileURLToPath(import.meta.url));
const src = resolve(here, '../src');
export default defineConfig({
  root: src,
  publicDir: false,
  // The core modules it imports are zod-free (model/vocabulary.ts, default-pack.ts); the 60 KB budget test
  // would catch a schema library creeping back in.
  plugins: [es2016Regexes()],
  build: {
    outDir: resolve(here, '../../dist/addin'),
    // The pane is built first into the same folder; keep it.
    emptyOutDir: false,
    // Classic Outlook on Windows runs event handlers in a runtime that supports ECMAScript
    // 2016 only (Microsoft: no async/await there), so the syntax is lowered to it.
    target: 'es2016',
    // The JS-only runtime is not a browser: no modulepreload polyfill, no CSS.
    modulePreload: false,
    cssCodeSplit: false,
    copyPublicDir: false,
    lib: {
      entry: resolve(src, 'send-check.ts'),
      formats: ['iife'],
      name: 'ossAssistSendCheck',
      fileName: () => 'send-check.js',
    },
  },
});
