// An organisation's own documents (an MOU, a country SOP) turned into a document pack of
// clauses: file bytes (file-bytes.ts), PDF text (pdf.ts, pdfjs loaded on demand), text and
// Markdown (text.ts), clause markers and segmenting (clause-markers.ts, segment.ts), the pack
// wrapper and its attach rules (document-pack.ts), and every sentence an import says
// (messages.ts). document.ts and pdf.ts reach pdfjs: only the CLI and import workers load them.
export { importDocument } from './document';
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
export { decodeText, isPdf } from './file-bytes';
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
