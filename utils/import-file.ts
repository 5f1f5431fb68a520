// A file the person chose on the options page → a document ready to store, or the reason it
// cannot be. Accepted: PDF (pdfjs) and Word .docx (mammoth), read by the core's importDocument,
// text or Markdown, segmented by the core, and pack extensions (.json).
// Runs only in the import worker (entrypoints/import-worker.ts), built on its own: the pack schema
// (zod), pdfjs and mammoth it reaches never join the modules the popup shares with the options
// page. The worker can be terminated: that is how a hostile file's reading is stopped.
import { importDocument } from '../shared/core/import/document';
import type { DocumentKind } from '../shared/core/import/document-pack';
import { importProblem, tooLargeProblem, type ImportProblem } from '../shared/core/import/messages';
import { decodeText } from '../shared/core/import/text';
import { applyDocumentPack, checkDocumentPack, defaultPack, parseJsonText } from '../shared/core/pack/check';
import { attachClauses, mergeDocumentPack } from '../shared/core/pack/merge';
import { indexDocument } from '../shared/core/assist/document-index';
import type { Problem } from '../shared/core/model/problems';
import { errorText, fail, ok, type Result } from '../shared/core/model/result';
import type { Lang, DocumentPack } from '../shared/core/pack/schema';
import { clashingDocument } from './clash';
import { RECORD_VERSION, type StoredDocument } from './document-store';
import { fileType, suggestedTitle } from './file-type';

export type ImportFailure =
  | { code: 'unsupported' }
  /** Too large, empty, not text, a scan, protected, too slow: the core's own sentences, in three languages. */
  | { code: 'core'; problem: ImportProblem }
  | { code: 'not-json'; detail: string }
  /** checkDocumentPack / applyDocumentPack problems, each with its JSON path. */
  | { code: 'invalid'; problems: Problem[] }
  /** Clause or source ids already used by another stored document. */
  | { code: 'clash'; other: string };

/** A document ready to store (and the title of the one it replaces), or why it cannot be. */
export type Prepared = Result<{ doc: StoredDocument; replaces: string | null }, ImportFailure>;

export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  title?: string;
  kind?: DocumentKind;
}

/** What the options page posts to the import worker. */
export interface ImportRequest {
  file: ChosenFile;
  options: ImportOptions;
  stored: StoredDocument[];
}

/** What the worker posts back: which stage it is in, each PDF page read, then the answer. */
export type WorkerReport =
  | { type: 'stage'; stage: 'reading-pdf' | 'checking' }
  | { type: 'progress'; page: number; pages: number }
  | { type: 'done'; result: Prepared };

function mainLanguage(extension: DocumentPack): Lang {
  const counts = new Map<Lang, number>();
  for (const e of extension.excerpts) counts.set(e.lang, (counts.get(e.lang) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'en';
}

type Made = Result<DocumentPack, ImportFailure>;

function fromJson(bytes: Uint8Array): Made {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not an error to report: a file that is not UTF-8 is said to the person as such.
    return fail({ code: 'not-json', detail: 'not UTF-8' });
  }
  const json = parseJsonText(text);
  if (!json.ok) return fail({ code: 'not-json', detail: json.error[0]?.message ?? '' });
  const checked = checkDocumentPack(json.value);
  if (!checked.ok) return fail({ code: 'invalid', problems: checked.error });
  return ok(checked.value);
}

async function fromDocument(
  file: ChosenFile,
  options: ImportOptions,
  report: (r: WorkerReport) => void,
): Promise<Made> {
  const type = fileType(file.name, file.bytes.subarray(0, 1024));
  const text = type === 'text' ? decodeText(file.bytes) : '';
  const title = options.title?.trim() || suggestedTitle(file.name, text);
  if (type === 'pdf') report({ type: 'stage', stage: 'reading-pdf' });
  const result = await importDocument(
    { bytes: file.bytes, fileName: file.name, title, kind: options.kind },
    { onProgress: (page, pages) => report({ type: 'progress', page, pages }) },
  );
  report({ type: 'stage', stage: 'checking' });
  return result.ok ? ok(result.value.documentPack) : fail({ code: 'core', problem: result.error });
}

/**
 * Checks a chosen file against the built-in pack and the documents already stored, as the
 * popup will join them: a document that passes here never breaks the popup. The store checks
 * the ids again when it writes (putChecked), against what it holds then.
 */
export async function prepareImport(
  file: ChosenFile,
  options: ImportOptions,
  stored: StoredDocument[],
  now: Date = new Date(),
  report: (r: WorkerReport) => void = () => undefined,
): Promise<Prepared> {
  const type = fileType(file.name, file.bytes.subarray(0, 1024));
  if (type === 'unsupported') return fail({ code: 'unsupported' });
  const large = tooLargeProblem(file.bytes.byteLength);
  if (large) return fail({ code: 'core', problem: large });
  let made: Made;
  try {
    made = type === 'json' ? fromJson(file.bytes) : await fromDocument(file, options, report);
  } catch (error) {
    // buildDocumentPack validates what it builds; a title it refuses lands here.
    return fail({ code: 'invalid', problems: [{ path: '$.title', message: errorText(error) }] });
  }
  if (!made.ok) return made;
  const extension = made.value;
  if (extension.excerpts.length === 0) return fail({ code: 'core', problem: importProblem('empty') });

  const clash = clashingDocument(extension, stored);
  if (clash !== null) return fail({ code: 'clash', other: clash });
  const others = stored.filter((d) => d.id !== extension.id);
  const base = others.reduce((pack, d) => mergeDocumentPack(pack, d.extension, d.attached), defaultPack());
  // Computed once here and stored: the popup joins the document without scanning its text.
  const attached = attachClauses(extension);
  const applied = applyDocumentPack(base, extension, attached);
  if (!applied.ok) return fail({ code: 'invalid', problems: applied.error });

  // Also once here: the popup searches the clauses with this index instead of reading them again.
  const index = indexDocument(extension);
  const replaced = stored.find((d) => d.id === extension.id);
  return ok({
    replaces: replaced ? replaced.title : null,
    doc: {
      version: RECORD_VERSION,
      id: extension.id,
      title: extension.title,
      kind: extension.documentKind,
      language: mainLanguage(extension),
      clauses: extension.excerpts.length,
      importedAt: now.toISOString(),
      fileName: file.name.slice(0, 260),
      extension,
      attached,
      index,
    },
  });
}
