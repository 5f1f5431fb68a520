// The text of a PDF, page by page, through pdfjs-dist. pdfjs is a large library: it is loaded with
// a dynamic import() the first time a PDF is imported, so the popup and the task pane never pay for
// it. No node API is used here; the bytes come in from the caller (a file read by the CLI, a File
// picked on the extension's options page).
//
// Worker: in Node, pdfjs runs its worker code on the same thread by itself (it imports its own
// pdf.worker.mjs). In a browser, pass `workerSrc` — the URL of pdf.worker.mjs shipped with the
// host (an extension's packaged-file URL for /pdf.worker.mjs), or Vite's
// `import workerSrc from 'pdfjs-dist/legacy/build/pdf.worker.mjs?url'` — so parsing happens off
// the page's thread. Without it, the worker module is loaded onto the page's thread: slower for a
// long PDF, but it works and needs nothing copied.
//
// Bounds (IMPORT_LIMITS): file bytes, pages, bytes the Flate streams inflate to (measured before
// parsing, pdf-bounds.ts), text items over the document, seconds per page and in all. The time
// limits stop waiting and end pdfjs' task; a page stuck in synchronous work (pdfjs decoding one huge
// stream) can only be stopped from outside, so the hosts run this where it can be ended: the
// browser's import worker (terminated) and a child process of the CLI (killed, with a heap limit).
import { IMPORT_LIMITS, importProblem, tooLargeProblem, type ImportProblem } from './messages';
import { errorText, fail, ok, type Result } from '../model/result';
import { hasForms } from './file-bytes';
import { costsBeyond } from './pdf-bounds';

export interface PdfOptions {
  /** Browser only: URL of pdfjs' pdf.worker.mjs, to parse in a Web Worker. */
  workerSrc?: string;
  /** Refuse documents with more pages than this (default IMPORT_LIMITS.maxPages). */
  maxPages?: number;
  /** Told after each page is read, so a host can show progress and know the reading is alive. */
  onProgress?: (page: number, pages: number) => void;
  /** Overrides of IMPORT_LIMITS' time and content bounds (tests). */
  limits?: Partial<
    Pick<typeof IMPORT_LIMITS, 'maxTextItems' | 'pageTextItems' | 'maxDecodedBytes' | 'pageSeconds' | 'totalSeconds'>
  >;
}

class Stopped extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.message);
  }
}

/** `work`, or a Stopped error once `ms` have passed (the work itself is ended by the caller). */
function within<T>(work: Promise<T>, ms: number, problem: () => ImportProblem): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Stopped(problem())), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** The text of each page, or why there is none. */
export type PdfTextResult = Result<string[], ImportProblem>;

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

/** Loads pdfjs ahead of a reading (the CLI's child process does, before it says it is ready). */
export async function loadPdfjs(workerSrc?: string): Promise<Pdfjs> {
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
  const large = tooLargeProblem(bytes.byteLength);
  if (large) return fail(large);
  const limits = { ...IMPORT_LIMITS, ...options.limits };
  if (await costsBeyond(bytes, limits.maxDecodedBytes)) return fail(importProblem('too-much-content'));
  // A page that never ends is nested drawings when the file has any; otherwise simply too slow.
  const slow = () =>
    hasForms(bytes) ? importProblem('pdf-too-complex') : importProblem('too-slow', { seconds: limits.pageSeconds });
  const started = Date.now();
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
    const doc = await within(task.promise, limits.totalSeconds * 1000, slow);
    if (doc.numPages === 0) return fail(importProblem('empty'));
    if (doc.numPages > maxPages) return fail(importProblem('too-many-pages', { pages: doc.numPages }));
    const lines: PdfLine[][] = [];
    let items = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const left = limits.totalSeconds * 1000 - (Date.now() - started);
      if (left <= 0) return fail(importProblem('too-slow', { seconds: limits.totalSeconds }));
      const content = await within(
        doc.getPage(n).then((page) => page.getTextContent().finally(() => page.cleanup())),
        Math.min(left, limits.pageSeconds * 1000),
        slow,
      );
      items += content.items.length;
      if (items > limits.maxTextItems || content.items.length > limits.pageTextItems)
        return fail(importProblem('too-much-content'));
      lines.push(pageLines(content.items.filter((i): i is PdfTextItem & typeof i => 'str' in i)));
      options.onProgress?.(n, doc.numPages);
    }
    if (lines.every((page) => page.every((line) => !line.text))) return fail(importProblem('pdf-needs-ocr'));
    // Heading sizes are judged over the whole document: one page may hold only headings.
    const headings = headingSizes(lines);
    return ok(lines.map((page) => renderPage(page, headings)));
  } catch (error) {
    if (error instanceof Stopped) return fail(error.problem);
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') return fail(importProblem('pdf-encrypted'));
    return fail(importProblem('pdf-invalid', { detail: errorText(error) }));
  } finally {
    // Not awaited: a worker stuck in a page would keep the answer waiting.
    void task.destroy().catch(() => undefined);
  }
}

// Typographic ligatures are one glyph for two letters; a search for "first" must find "ﬁrst".
const LIGATURES: Record<string, string> = { ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl', ﬃ: 'ffi', ﬄ: 'ffl', ﬅ: 'st', ﬆ: 'st' };

interface PdfLine {
  text: string;
  /** Font size of most of the line's characters. */
  size: number;
  /** Distance from the previous line's baseline (0 for the first line). */
  gap: number;
}

/** One page's lines, top to bottom: text items on the same baseline form a line. */
export function pageLines(raw: PdfTextItem[]): PdfLine[] {
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
  const groups: Item[][] = [];
  for (const item of items) {
    const line = groups[groups.length - 1];
    if (line && Math.abs(line[0]!.y - item.y) <= Math.max(line[0]!.size, item.size) * 0.5) line.push(item);
    else groups.push([item]);
  }
  return groups.map((group, i) => ({
    text: lineText(group),
    size: mainSize(group),
    gap: i > 0 ? groups[i - 1]![0]!.y - group[0]!.y : 0,
  }));
}

/**
 * Font sizes that mark headings, largest first (at most three levels): sizes clearly above the
 * body text's, on short lines. A PDF has no "heading" element; size is what readers see.
 */
export function headingSizes(pages: PdfLine[][]): number[] {
  const chars = new Map<number, number>();
  for (const line of pages.flat()) chars.set(line.size, (chars.get(line.size) ?? 0) + line.text.length);
  let body = 0;
  let most = -1;
  for (const [size, count] of chars) if (count > most) [body, most] = [size, count];
  const sizes = new Set<number>();
  for (const line of pages.flat()) if (line.size >= body * 1.15 && isHeadingText(line.text)) sizes.add(line.size);
  return [...sizes].sort((a, b) => b - a);
}

function isHeadingText(text: string): boolean {
  return text.length <= 120 && (text.match(/\p{L}/gu)?.length ?? 0) >= 2;
}

/**
 * A page as text: a gap clearly wider than the usual line spacing becomes a blank line (a
 * paragraph break), and a line in a heading size is written as a Markdown heading ("## …"), so
 * the segmenter keeps it as a heading. The words of every line are the PDF's own.
 */
export function renderPage(lines: PdfLine[], headings: number[]): string {
  const usual = lowerQuartile(lines.slice(1).map((l) => l.gap)) ?? 0;
  const out: string[] = [];
  let previousLevel = 0;
  lines.forEach((line, i) => {
    if (!line.text) return;
    const index = headings.indexOf(line.size);
    const level = index < 0 || !isHeadingText(line.text) || line.text.startsWith('#') ? 0 : Math.min(index + 1, 3);
    // A heading too long for one line continues on the next: one heading, not two.
    if (level > 0 && level === previousLevel && i > 0 && line.gap <= line.size * 1.6) {
      // Lines break after an unspaced dash ("IOM–" / "UNDSS"): no space is added back there.
      const joiner = /\S[-–/]$/.test(out[out.length - 1]!) ? '' : ' ';
      out[out.length - 1] += joiner + line.text;
      return;
    }
    if (out.length > 0 && line.gap > Math.max(usual * 1.5, line.size * 1.2)) out.push('');
    out.push(level > 0 ? `${'#'.repeat(level)} ${line.text}` : line.text);
    previousLevel = level;
  });
  return out.join('\n');
}

/** One page on its own (headings judged within the page). */
export function pageText(raw: PdfTextItem[]): string {
  const lines = pageLines(raw);
  return renderPage(lines, headingSizes([lines]));
}

function mainSize(group: Item[]): number {
  const bySize = new Map<number, number>();
  // Rounded to half a point: one font size drawn with slightly different matrices is one size.
  for (const item of group) {
    const size = Math.round(item.size * 2) / 2;
    bySize.set(size, (bySize.get(size) ?? 0) + item.str.length);
  }
  let best = 0;
  let most = -1;
  for (const [size, count] of bySize) if (count > most) [best, most] = [size, count];
  return best;
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

// The spacing of lines inside a paragraph: a low quantile, since a page of short paragraphs
// has as many paragraph gaps as line gaps and the median would be a paragraph gap.
function lowerQuartile(values: number[]): number | null {
  const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
  return positive.length > 0 ? positive[Math.floor(positive.length / 4)]! : null;
}
