// The CLI as one ESM file for plain Node (dist/cli/oss-assist.mjs, with a source map): the core,
// zod, fuse.js and postal-mime bundled in, so a run starts without resolving packages or compiling
// TypeScript. pdfjs-dist and mammoth stay imports of the installed package (both are dependencies):
// they are large, loaded only when a PDF or a Word file is imported, and with mammoth inside,
// every `suggest` compiled its ~900 KB of zip and XML readers for nothing.
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: 'cli/bin.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    sourcemap: true,
    target: 'node20',
    minify: true,
    rollupOptions: {
      output: { entryFileNames: 'oss-assist.mjs', format: 'es', codeSplitting: false },
    },
  },
  ssr: { noExternal: true, external: ['pdfjs-dist', 'mammoth'] },
});
