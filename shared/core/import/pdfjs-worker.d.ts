// pdfjs-dist ships no types for its worker module; pdf.ts only needs it to exist.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
