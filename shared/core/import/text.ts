// The text half of a document import: plain text and Markdown bytes → a pack extension, with
// no PDF code anywhere in reach. The browser extension imports this module (in its import worker):
// import.ts names pdf.ts, and any import of it would bundle pdfjs into the extension.
import { buildDocumentPack, extensionIdFromTitle, type DocumentKind } from './document-pack';
import { IMPORT_LIMITS, importProblem, tooLargeProblem, type ImportProblem } from './messages';
import { fail, ok, type Result } from '../model/result';
import type { Lang, DocumentPack } from '../pack/schema';
import { documentLanguage, segmentDocument, toPages } from './segment';
import { decodeText } from './file-bytes';

export { decodeText, isPdf } from './file-bytes';

export type DocumentFormat = 'pdf' | 'docx' | 'markdown' | 'text';

export interface ImportInput {
  /** The file's content. */
  bytes: Uint8Array;
  /** The file's name: only its ending is used, to tell Markdown from plain text. */
  fileName?: string;
  title: string;
  kind?: DocumentKind;
  /** The document's language; detected when absent. */
  lang?: Lang;
  /** Extension id (default: from the title). */
  id?: string;
  /** The pack it extends (default "iom-oss"). */
  extends?: string;
  /** Browser only: URL of pdfjs' pdf.worker.mjs (see pdf.ts). */
  workerSrc?: string;
}

export interface ImportSummary {
  format: DocumentFormat;
  clauses: number;
  /** Pages of a PDF or of a text with form feeds; null for a text without pages. */
  pages: number | null;
  language: Lang;
}

export interface Imported {
  documentPack: DocumentPack;
  summary: ImportSummary;
}

export type ImportResult = Result<Imported, ImportProblem>;

// A Word file or a zip decodes to text full of control characters; real text has almost none.
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    // Tab, line feed, carriage return and form feed (page break) are text.
    if ((code < 0x20 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0x7f) control++;
  }
  return control > sample.length * 0.01;
}

export function tooLarge(bytes: Uint8Array): ImportResult | null {
  const problem = tooLargeProblem(bytes.byteLength);
  return problem ? fail(problem) : null;
}

/** Segments a document's pages (or unpaged text) and wraps the clauses as a pack extension. */
export function finishImport(
  pages: string[] | string,
  input: ImportInput,
  format: DocumentFormat,
  pageCount: number | null,
): ImportResult {
  const allText = Array.isArray(pages) ? pages.join('\n') : pages;
  if (!allText.trim()) return fail(importProblem('empty'));

  const id = input.id ?? extensionIdFromTitle(input.title);
  const language = input.lang ?? documentLanguage(allText);
  const excerpts = segmentDocument(pages, { title: input.title, documentId: id, sourceId: id, lang: language });
  if (excerpts.length === 0) return fail(importProblem('empty'));
  const documentPack = buildDocumentPack(excerpts, {
    id,
    title: input.title,
    documentKind: input.kind,
    extends: input.extends,
  });
  return ok({ documentPack, summary: { format, clauses: excerpts.length, pages: pageCount, language } });
}

/** A plain text or Markdown file (told apart by its name) → a pack extension. */
export function importText(input: ImportInput): ImportResult {
  const large = tooLarge(input.bytes);
  if (large) return large;
  const text = decodeText(input.bytes);
  if (looksBinary(text)) return fail(importProblem('not-text'));
  const format = /\.(md|markdown)$/.test((input.fileName ?? '').toLowerCase()) ? 'markdown' : 'text';
  const split = toPages(text);
  if (split.pages.length > IMPORT_LIMITS.maxPages) {
    return fail(importProblem('too-many-pages', { pages: split.pages.length }));
  }
  return finishImport(text, input, format, split.paged ? split.pages.length : null);
}
