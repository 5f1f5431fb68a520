// The CLI for plain Node (dist/cli/oss-assist.mjs and its chunks beside it, with source maps):
// the core, zod, fuse.js and postal-mime bundled in, so a run starts without resolving packages or
// compiling TypeScript. Each command is its own chunk (cli/commands/index.ts loads it when it
// runs), so `suggest` compiles the router and not the trainer, the importer or the schemas. The
// chunks sit beside the entry because the importer finds pdf-child.mjs beside its own file.
// pdfjs-dist and mammoth stay imports of the installed package (both are dependencies): they are
// large, loaded only when a PDF or a Word file is imported, and with mammoth inside, every
// `suggest` compiled its ~900 KB of zip and XML readers for nothing.
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
      output: { entryFileNames: 'oss-assist.mjs', chunkFileNames: '[name]-[hash].mjs', format: 'es' },
    },
  },
  ssr: { noExternal: true, external: ['pdfjs-dist', 'mammoth'] },
});
