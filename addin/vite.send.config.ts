// Builds the send-time check as ONE plain script (IIFE, no module imports): classic Outlook
// on Windows runs it in a JavaScript-only runtime that cannot load ES modules or chunks.
// Budget: 60 KB gzip (checked by the e2e test).
import { defineConfig, type Plugin } from 'vite';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { es2016Regexes } from './es2016-regex.ts';

const here = dirname(fileURLToPath(import.meta.url));
const SCHEMA = /[\\/]shared[\\/]core[\\/]schema\.ts$/;

/**
 * The pack schema builds its zod objects when the module loads; this script needs only the
 * plain constants from that file (LANGS, SETTING_KEYS, FACT_KEYS...), and the pack it uses is
 * validated by the tests. So here the file is reduced to those constants, which keeps zod
 * (about 27 KB gzip) out. Anything else imported from it fails the build, loudly.
 */
function schemaConstantsOnly(): Plugin {
  return {
    name: 'oss-assist:schema-constants-only',
    enforce: 'pre',
    transform(code, id) {
      if (!SCHEMA.test(id)) return null;
      const constants = code.match(/^export const [A-Z_]+ = (?:\[[^\]]*\](?: as const)?|\d+);$/gm) ?? [];
      return { code: constants.join('\n'), map: null };
    },
  };
}

export default defineConfig({
  root: here,
  publicDir: false,
  plugins: [schemaConstantsOnly(), es2016Regexes()],
  build: {
    outDir: resolve(here, '../dist/addin'),
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
      entry: resolve(here, 'send-check.ts'),
      formats: ['iife'],
      name: 'ossAssistSendCheck',
      fileName: () => 'send-check.js',
    },
  },
});
