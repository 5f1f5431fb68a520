// The text of a PDF, page by page, through pdfjs-dist. pdfjs is a large library: it is loaded with
// a dynamic import() the first time a PDF is imported, so the popup and the task pane never pay for
// it. No node API is used here; the bytes come in from the caller (a file read by the CLI, a File
// picked on the extension's options page).
//
// Worker: in Node, pdfjs runs its worker code on the same thread by itself (it imports its own
// pdf.worker.mjs). In a browser, pass `workerSrc` — the URL of pdf.worker.mjs shipped with the
// extension, e.g. `browser.runtime.getURL('/pdf.worker.mjs')`, or Vite's
// `import workerSrc from 'pdfjs-dist/legacy/build/pdf.worker.mjs?url'` — so parsing happens off
// the page's thread. Without it, the worker module is loaded onto the page's thread: slower for a
// long PDF, but it works and needs nothing copied.
import { IMPORT_LIMITS, importProblem, type ImportProblem } from './import-messages';

export interface PdfOptions {
  /** Browser only: URL of pdfjs' pdf.worker.mjs, to parse in a Web Worker. */
  workerSrc?: string;
  /** Refuse documents with more pages than this (default IMPORT_LIMITS.maxPages). */
  maxPages?: number;
}

export type PdfTextResult = { ok: true; pages: string[] } | { ok: false; problem: ImportProblem };

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<Pdfjs> | null = null;

async function loadPdfjs(workerSrc: string | undefined): Promise<Pdfjs> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdfjs = await loading;
  if (workerSrc) {
    pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
  } else if (!pdfjs.GlobalWorkerOptions.workerSrc) {
    // A browser page with no worker URL: run the worker's code on this thread (pdfjs looks for it here).
    const global = globalThis as { pdfjsWorker?: unknown };
    global.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  }
  return pdfjs;
}

export async function extractPdfText(bytes: Uint8Array, options: PdfOptions = {}): Promise<PdfTextResult> {
  const maxPages = options.maxPages ?? IMPORT_LIMITS.maxPages;
  if (bytes.byteLength > IMPORT_LIMITS.maxBytes) {
    return { ok: false, problem: importProblem('too-large', { size: (bytes.byteLength / (1024 * 1024)).toFixed(1) }) };
  }
  const pdfjs = await loadPdfjs(options.workerSrc);
  const task = pdfjs.getDocument({
    // A copy: a real worker takes ownership of the buffer it is given, and the caller keeps theirs.
    data: bytes.slice(),
    verbosity: 0,
    // Extension pages forbid eval; text extraction needs no font rendering at all.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  });
  try {
    const doc = await task.promise;
    if (doc.numPages === 0) return { ok: false, problem: importProblem('empty') };
    if (doc.numPages > maxPages) return { ok: false, problem: importProblem('too-many-pages', { pages: doc.numPages }) };
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items.filter((i): i is PdfTextItem & typeof i => 'str' in i)));
      page.cleanup();
    }
    if (pages.every((p) => !p.trim())) return { ok: false, problem: importProblem('pdf-needs-ocr') };
    return { ok: true, pages };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') return { ok: false, problem: importProblem('pdf-encrypted') };
    return { ok: false, problem: importProblem('pdf-invalid', { detail: error instanceof Error ? error.message : String(error) }) };
  } finally {
    await task.destroy();
  }
}

// Typographic ligatures are one glyph for two letters; a search for "first" must find "ﬁrst".
const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };

/**
 * One page's lines, top to bottom: text items on the same baseline form a line; a gap clearly
 * wider than the usual line spacing becomes a blank line (a paragraph break).
 */
export function pageText(raw: PdfTextItem[]): string {
  const items: Item[] = raw
    .filter((i) => i.str.length > 0)
    .map((i) => ({
      str: i.str,
      x: i.transform[4] ?? 0,
      y: i.transform[5] ?? 0,
      width: i.width,
      size: Math.hypot(i.transform[2] ?? 0, i.transform[3] ?? 0) || i.height || 10,
    }));
  // PDF y grows upwards. A stable sort keeps the drawing order of items on one baseline.
  items.sort((a, b) => b.y - a.y);
  const lines: Item[][] = [];
  for (const item of items) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - item.y) <= Math.max(line[0]!.size, item.size) * 0.5) line.push(item);
    else lines.push([item]);
  }
  const texts = lines.map(lineText);
  const gaps = lines.slice(1).map((line, i) => lines[i]![0]!.y - line[0]!.y);
  const usual = median(gaps) ?? 0;
  const out: string[] = [];
  texts.forEach((text, i) => {
    if (!text) return;
    const gap = i > 0 ? gaps[i - 1]! : 0;
    const size = lines[i]![0]!.size;
    if (out.length > 0 && gap > Math.max(usual * 1.5, size * 1.2)) out.push('');
    out.push(text);
  });
  return out.join('\n');
}

function lineText(line: Item[]): string {
  line.sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  for (const item of line) {
    // Items drawn apart with no space character between them are separate words.
    if (text && item.x - end > item.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
    end = item.x + item.width;
  }
  return text
    .replace(/[\uFB00-\uFB06]/g, (c) => LIGATURES[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

function median(values: number[]): number | null {
  const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
  return positive.length > 0 ? positive[Math.floor(positive.length / 2)]! : null;
}
