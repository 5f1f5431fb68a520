// An organisation's own documents (an MOU, a country SOP) turned into a document pack of
// clauses: file bytes (file-bytes.ts), PDF text (pdf.ts, pdfjs loaded on demand; its bounds in
// pdf-bounds.ts), Word text (docx.ts, mammoth loaded on demand), text and
// Markdown (text.ts), clause markers and segmenting (clause-markers.ts, segment.ts), the pack
// wrapper and its attach rules (document-pack.ts), and every sentence an import says
// (messages.ts). document.ts, pdf.ts and docx.ts reach pdfjs and mammoth: only the CLI and the
// import worker load them.
export { importDocument, documentFormat, type DocumentReaders } from './document';
export { extractDocxText, DOCX_LIMITS, type DocxTextResult } from './docx';
export { costsBeyond, SHARED_CONTENT } from './pdf-bounds';
export {
  importText,
  finishImport,
  tooLarge,
  type DocumentFormat,
  type Imported,
  type ImportInput,
  type ImportResult,
  type ImportSummary,
} from './text';
export { decodeText, hasForms, isPdf } from './file-bytes';
export { extractPdfText, type PdfOptions, type PdfTextResult } from './pdf';
export { segmentDocument, documentLanguage, toPages, type SegmentOptions } from './segment';
export {
  classifyLine,
  slugify,
  romanToNumber,
  type Marker,
  type MarkerContext,
  type MarkerKind,
} from './clause-markers';
export * from './document-pack';
export * from './messages';
