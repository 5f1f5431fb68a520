// The text of a Word (.docx) file, through mammoth: headings become Markdown headings ("## …") so
// the segmenter keeps them as headings, every other paragraph, list item and table row one line.
// mammoth is loaded with a dynamic import() on first use: only the options page's import worker
// and the CLI ever reach this module. No node API: the bytes come in from the caller.
//
// Bounds: a .docx is a zip, and a zip can inflate a thousandfold. Its central directory states
// each part's size; a file whose parts add up to more than DOCX_LIMITS.maxUnzipped is refused
// before anything is inflated. A zip that lies about its sizes is stopped by the caller's budget
// (the browser worker is terminated; the CLI's parse runs in a child process).
import { importProblem, type ImportProblem } from './messages';
import { errorText, fail, ok, type Result } from '../model/result';

export const DOCX_LIMITS = {
  /** Bytes of all the zip's parts, inflated: a 300-page SOP's document.xml is a few MB. */
  maxUnzipped: 100 * 1024 * 1024,
  maxEntries: 5_000,
} as const;

/** The document's text as lines (headings as "## …"), or why there is none. */
export type DocxTextResult = Result<string, ImportProblem>;

/** An OLE compound file: a .doc, or a .docx protected by a password (Word encrypts into OLE). */
export function isOle(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return sig.every((b, i) => bytes[i] === b);
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The sum of the sizes the zip's central directory states, or null when there is none to read. */
export function statedZipSize(bytes: Uint8Array): { total: number; entries: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 + 65,535 bytes (its comment is at most 64 KB).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    total += view.getUint32(at + 24, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { total, entries };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/**
 * mammoth's HTML (its own small vocabulary: h1–h6, p, li, tables, strong, em, a, br) → lines.
 * Read as text with a pattern, never parsed as markup into a page: there is no DOM in a worker.
 */
export function htmlToLines(html: string): string {
  return html
    .replace(/<h([1-6])[^>]*>/g, (_, n: string) => `\n${'#'.repeat(Math.min(Number(n), 3))} `)
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/(?:h[1-6]|p|li|tr)>/g, '\n')
    .replace(/<\/t[dh]>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export async function extractDocxText(bytes: Uint8Array): Promise<DocxTextResult> {
  if (isOle(bytes)) return fail(importProblem('docx-protected'));
  if (!isZip(bytes)) return fail(importProblem('docx-invalid'));
  const stated = statedZipSize(bytes);
  if (!stated) return fail(importProblem('docx-invalid'));
  if (stated.total > DOCX_LIMITS.maxUnzipped || stated.entries > DOCX_LIMITS.maxEntries) {
    return fail(importProblem('too-much-content'));
  }
  const { default: mammoth } = await import('mammoth');
  const copy = bytes.slice();
  try {
    const result = await mammoth.convertToHtml(
      // mammoth's browser build reads `arrayBuffer`, its Node build `buffer` (a Uint8Array will do).
      { arrayBuffer: copy.buffer, buffer: copy } as unknown as { arrayBuffer: ArrayBuffer },
      {
        // Pictures are never decoded: only text is imported.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        externalFileAccess: false,
      },
    );
    return ok(htmlToLines(result.value));
  } catch (error) {
    return fail(importProblem('docx-invalid', { detail: errorText(error) }));
  }
}
