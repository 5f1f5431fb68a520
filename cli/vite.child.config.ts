// The PDF reader's child process (cli/pdf-child.ts) as its own file beside the CLI bundle
// (dist/cli/pdf-child.mjs): the bundled pdf-runner forks './pdf-child.mjs' next to itself.
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: 'cli/pdf-child.ts',
    outDir: 'dist/cli',
    emptyOutDir: false,
    sourcemap: true,
    target: 'node20',
    minify: true,
    rollupOptions: {
      output: { entryFileNames: 'pdf-child.mjs', format: 'es', codeSplitting: false },
    },
  },
  ssr: { noExternal: true, external: ['pdfjs-dist'] },
});
