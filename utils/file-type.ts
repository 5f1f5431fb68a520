// What kind of file the person chose, and the title to offer for it. Light on purpose (no
// schema, no segmenter, no PDF or Word reader): the options page runs it as soon as a file is
// chosen; the import itself happens in the import worker.
import { isPdf } from '../shared/core/import/file-bytes';

export type FileType = 'json' | 'text' | 'pdf' | 'docx' | 'unsupported';

/** What the file is, from its name, and from its first bytes for a PDF renamed to something else. */
export function fileType(name: string, head: Uint8Array = new Uint8Array()): FileType {
  const lower = name.toLowerCase();
  if (lower.endsWith('.pdf') || isPdf(head)) return 'pdf';
  // An older .doc goes to the Word reader too, which says to save it as .docx.
  if (/\.docx?$/.test(lower)) return 'docx';
  if (lower.endsWith('.json')) return 'json';
  if (/\.(txt|text|md|markdown)$/.test(lower)) return 'text';
  return 'unsupported';
}

/** The title offered for a file: a Markdown file's single top "# Title", else the file name. */
export function suggestedTitle(name: string, text = ''): string {
  const heading = /^\uFEFF?#\s+(.+?)\s*#*\s*$/m.exec(text.slice(0, 2000));
  const fromName = name
    .replace(/\.[^.]+$/, '')
    .replace(/[_]+/g, ' ')
    .trim();
  return (heading?.[1] ?? fromName).slice(0, 300);
}
