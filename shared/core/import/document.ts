// One call from a file's bytes to a pack extension: used by `oss-assist import-document` and the
// extension's import worker. Nothing leaves the machine: the bytes are read here and only here.
// Text and Markdown are handled by text.ts on its own; PDF (pdf.ts, pdfjs) and Word (docx.ts,
// mammoth) are loaded on demand, only when such a file is imported.
import { isOle, isZip } from './docx';
import type { PdfTextResult } from './pdf';
import { finishImport, importText, isPdf, tooLarge, type ImportInput, type ImportResult } from './text';

export { decodeText, isPdf } from './text';
export type { DocumentFormat, Imported, ImportInput, ImportResult, ImportSummary } from './text';

export interface DocumentReaders {
  /**
   * Reads a PDF's pages. Default: pdf.ts on this thread. The CLI passes one that runs it in a
   * child process it can kill (cli/pdf-runner.ts); the browser runs this whole import in a worker.
   */
  readPdf?: (bytes: Uint8Array) => Promise<PdfTextResult>;
  onProgress?: (page: number, pages: number) => void;
}

/** What a file is, from its first bytes, then its name. */
export function documentFormat(bytes: Uint8Array, fileName = ''): 'pdf' | 'docx' | 'text' {
  const name = fileName.toLowerCase();
  if (isPdf(bytes) || name.endsWith('.pdf')) return 'pdf';
  // By name only: a zip or an OLE file named otherwise is not taken for a Word document.
  if (name.endsWith('.docx') || name.endsWith('.doc') || (!name && (isZip(bytes) || isOle(bytes)))) return 'docx';
  return 'text';
}

export async function importDocument(input: ImportInput, readers: DocumentReaders = {}): Promise<ImportResult> {
  const large = tooLarge(input.bytes);
  if (large) return large;
  const format = documentFormat(input.bytes, input.fileName);
  if (format === 'text') return importText(input);
  if (format === 'docx') {
    const { extractDocxText } = await import('./docx');
    const docx = await extractDocxText(input.bytes);
    if (!docx.ok) return docx;
    return finishImport(docx.value, input, 'docx', null);
  }
  const read =
    readers.readPdf ??
    (async (bytes: Uint8Array) => {
      // Loaded on demand: pdf.ts in turn loads pdfjs only when a PDF is imported.
      const { extractPdfText } = await import('./pdf');
      return extractPdfText(bytes, { workerSrc: input.workerSrc, onProgress: readers.onProgress });
    });
  const pdf = await read(input.bytes);
  if (!pdf.ok) return pdf;
  return finishImport(pdf.value, input, 'pdf', pdf.value.length);
}
