// A file the person chose on the options page → a document ready to store, or the reason it
// cannot be. Accepted: pack extensions (.json, from `oss-assist import-document`, which reads
// PDFs) and text or Markdown, segmented here by the core. PDFs are refused with the command to
// run: pdfjs would more than double the extension's download, so it is never bundled here
// (this file must not import shared/core/import.ts or pdf.ts, not even lazily).
// Runs in the import worker (entrypoints/import-worker.ts), built on its own: the pack schema
// (zod) it needs would otherwise join the modules the popup shares with the options page.
import type { DocumentKind } from '../shared/core/import/document-pack';
import { IMPORT_LIMITS, importProblem, type ImportProblem } from '../shared/core/import/messages';
import { decodeText, importText } from '../shared/core/import/text';
import { applyDocumentPack, checkDocumentPack, defaultPack, parseJsonText } from '../shared/core/pack/check';
import { attachClauses, mergeDocumentPack } from '../shared/core/pack/merge';
import type { Problem } from '../shared/core/model/problems';
import type { Lang, DocumentPack } from '../shared/core/pack/schema';
import { RECORD_VERSION, type StoredDocument } from './document-store';
import { fileType, suggestedTitle } from './file-type';

export type ImportFailure =
  | { code: 'pdf' }
  | { code: 'unsupported' }
  /** Too large, empty, not text, too many pages: the core's own sentences, in three languages. */
  | { code: 'core'; problem: ImportProblem }
  | { code: 'not-json'; detail: string }
  /** checkDocumentPack / applyDocumentPack problems, each with its JSON path. */
  | { code: 'invalid'; problems: Problem[] }
  /** Clause or source ids already used by another stored document. */
  | { code: 'clash'; other: string };

export type Prepared =
  { ok: true; doc: StoredDocument; replaces: string | null } | { ok: false; failure: ImportFailure };

export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

/** What the options page posts to the import worker; the worker answers with a Prepared. */
export interface ImportRequest {
  file: ChosenFile;
  options: { title?: string; kind?: DocumentKind };
  stored: StoredDocument[];
}

const fail = (failure: ImportFailure): Prepared => ({ ok: false, failure });

function mainLanguage(extension: DocumentPack): Lang {
  const counts = new Map<Lang, number>();
  for (const e of extension.excerpts) counts.set(e.lang, (counts.get(e.lang) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'en';
}

function fromJson(bytes: Uint8Array): { ok: true; extension: DocumentPack } | { ok: false; failure: ImportFailure } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, failure: { code: 'not-json', detail: 'not UTF-8' } };
  }
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, failure: { code: 'not-json', detail: json.problems[0]?.message ?? '' } };
  const checked = checkDocumentPack(json.value);
  if (!checked.ok) return { ok: false, failure: { code: 'invalid', problems: checked.problems } };
  return { ok: true, extension: checked.value };
}

function fromText(file: ChosenFile, options: { title?: string; kind?: DocumentKind }) {
  const title = options.title?.trim() || suggestedTitle(file.name, decodeText(file.bytes));
  const result = importText({ bytes: file.bytes, fileName: file.name, title, kind: options.kind });
  return result.ok
    ? ({ ok: true, extension: result.extension } as const)
    : ({ ok: false, failure: { code: 'core', problem: result.problem } } as const);
}

/**
 * Checks a chosen file against the built-in pack and the documents already stored, as the
 * popup will join them: a document that passes here never breaks the popup.
 */
export function prepareImport(
  file: ChosenFile,
  options: { title?: string; kind?: DocumentKind },
  stored: StoredDocument[],
  now: Date = new Date(),
): Prepared {
  const type = fileType(file.name, file.bytes.subarray(0, 1024));
  if (type === 'pdf') return fail({ code: 'pdf' });
  if (type === 'unsupported') return fail({ code: 'unsupported' });
  if (file.bytes.byteLength > IMPORT_LIMITS.maxBytes) {
    return fail({
      code: 'core',
      problem: importProblem('too-large', { size: (file.bytes.byteLength / (1024 * 1024)).toFixed(1) }),
    });
  }
  let made;
  try {
    made = type === 'json' ? fromJson(file.bytes) : fromText(file, options);
  } catch (error) {
    // buildDocumentPack validates what it builds; a title it refuses lands here.
    return fail({ code: 'invalid', problems: [{ path: '$.title', message: (error as Error).message }] });
  }
  if (!made.ok) return fail(made.failure);
  const extension = made.extension;
  if (extension.excerpts.length === 0) return fail({ code: 'core', problem: importProblem('empty') });

  const others = stored.filter((d) => d.id !== extension.id);
  const ids = new Set([...extension.excerpts.map((e) => e.id), ...extension.sources.map((s) => s.id)]);
  const clash = others.find((d) => [...d.extension.excerpts, ...d.extension.sources].some((x) => ids.has(x.id)));
  if (clash) return fail({ code: 'clash', other: clash.title });
  const base = others.reduce((pack, d) => mergeDocumentPack(pack, d.extension, d.attached), defaultPack());
  const attached = attachClauses(extension);
  const applied = applyDocumentPack(base, extension, attached);
  if (!applied.ok) return fail({ code: 'invalid', problems: applied.problems });

  const replaced = stored.find((d) => d.id === extension.id);
  return {
    ok: true,
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
    },
  };
}
