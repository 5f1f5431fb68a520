// What kind of file the person chose, the title to offer for it, and the command for a PDF.
// Light on purpose (no schema, no segmenter): the options page runs it as soon as a file is
// chosen; the import itself happens in the import worker.
import { isPdf } from '../shared/core/import/file-bytes';

export type FileType = 'json' | 'text' | 'pdf' | 'unsupported';

/** What the file is, from its name, and from its first bytes for a PDF renamed to something else. */
export function fileType(name: string, head: Uint8Array = new Uint8Array()): FileType {
  const lower = name.toLowerCase();
  if (lower.endsWith('.pdf') || isPdf(head)) return 'pdf';
  if (lower.endsWith('.json')) return 'json';
  if (/\.(txt|text|md|markdown)$/.test(lower)) return 'text';
  return 'unsupported';
}

/** The title offered for a text file: a Markdown file's single top "# Title", else the file name. */
export function suggestedTitle(name: string, text = ''): string {
  const heading = /^\uFEFF?#\s+(.+?)\s*#*\s*$/m.exec(text.slice(0, 2000));
  const fromName = name
    .replace(/\.[^.]+$/, '')
    .replace(/[_]+/g, ' ')
    .trim();
  return (heading?.[1] ?? fromName).slice(0, 300);
}

/** The command that turns a PDF into a .json this page accepts. A name a shell could misread is replaced by a placeholder. */
export function pdfCommand(fileName: string): string {
  const safe = /^[\p{L}\p{N} ._()–-]{1,120}\.pdf$/iu.test(fileName) ? fileName : 'FILE.pdf';
  const base = safe.replace(/\.pdf$/i, '');
  return `npx oss-assist import-document "${safe}" --title "${base}" --out "${base}.json"`;
}
