// One call from a file's bytes to a pack extension: used by `oss-assist import-document`. Nothing
// leaves the machine: the bytes are read here and only here. Text and Markdown are handled by
// import-text.ts, which the browser extension uses on its own (it never loads pdfjs).
import { finishImport, importText, isPdf, tooLarge, type ImportInput, type ImportResult } from './text';

export { decodeText, isPdf } from './text';
export type { DocumentFormat, Imported, ImportInput, ImportResult, ImportSummary } from './text';

export async function importDocument(input: ImportInput): Promise<ImportResult> {
  const large = tooLarge(input.bytes);
  if (large) return large;
  const name = (input.fileName ?? '').toLowerCase();
  if (!isPdf(input.bytes) && !name.endsWith('.pdf')) return importText(input);
  // Loaded on demand: pdf.ts in turn loads pdfjs only when a PDF is imported.
  const { extractPdfText } = await import('./pdf');
  const pdf = await extractPdfText(input.bytes, { workerSrc: input.workerSrc });
  if (!pdf.ok) return pdf;
  return finishImport(pdf.value, input, 'pdf', pdf.value.length);
}
