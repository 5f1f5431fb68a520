// Builds the task pane (taskpane.html + React) into dist/addin with relative URLs, so the
// same files work under any base URL the organisation hosts them at. `npm run dev:addin`
// serves it over HTTPS on localhost:3000, the address in manifest.xml.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devHttps, localOfficeJs, serveSendCheck } from './vite-dev.ts';

const here = dirname(fileURLToPath(import.meta.url));
const src = resolve(here, '../src');

export default defineConfig(({ command }) => ({
  root: src,
  base: './',
  publicDir: resolve(here, '../public'),
  plugins: [react(), ...(command === 'serve' ? [localOfficeJs(), serveSendCheck()] : [])],
  build: {
    outDir: resolve(here, '../../dist/addin'),
    emptyOutDir: true,
    rolldownOptions: { input: { taskpane: resolve(src, 'taskpane.html') } },
    // Say so when the pane grows past its budget (160 KB gzip is checked by the e2e test).
    chunkSizeWarningLimit: 600,
  },
  server: { host: 'localhost', port: 3000, strictPort: true, https: command === 'serve' ? devHttps() : undefined },
  preview: { host: 'localhost', port: 3000, strictPort: true },
}));
