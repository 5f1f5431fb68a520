// Turns a document's text into clause excerpts: articles, sections and numbered paragraphs,
// each with its heading path, clause number and page. The text of every excerpt is the
// document's own, line for line: this is what a person quotes to a UNDSS office.
import { classifyLine, type Marker, type MarkerContext } from './clause-markers';
import { detectLanguage } from '../text/language';
import type { ClauseExcerpt, Lang } from '../pack/schema';

export interface SegmentOptions {
  /** The document's title, as people cite it. */
  title: string;
  /** Prefix of every excerpt id: "<documentId>.art-4-2". Lower-case letters, digits and dashes. */
  documentId: string;
  /** The pack source the excerpts cite. */
  sourceId: string;
  /** The document's language; detected from its text when absent. */
  lang?: Lang;
}

/** Excerpt text limit of the pack schema. */
export const MAX_EXCERPT_CHARS = 20_000;
/** Unnumbered prose is cut near this size at paragraph ends, so a search hit is a passage, not a chapter. */
export const PROSE_CHUNK_CHARS = 2_000;
const MAX_PATH = 12;
const MAX_LABEL = 120;
const MAX_NUMBER = 40;
const MAX_ID = 128;

interface Line {
  text: string;
  page: number | null;
}

interface Node {
  marker: Marker | null;
  rank: number;
  parent: Node | null;
  page: number | null;
  /** The node's own lines: for a clause, from its number on; for a heading, the body after it. */
  lines: Line[];
  label: string;
  children: number;
  /** The document's own title (a lone `# Title` in Markdown): not part of any clause's path. */
  isTitle?: boolean;
}

/** The language of a document, from passages at its start, middle and end (a cover page alone misleads). */
export function documentLanguage(text: string): Lang {
  const n = text.length;
  const sample =
    n <= 6000
      ? text
      : [0.05, 0.35, 0.65, 0.9].map((at) => text.slice(Math.floor(n * at), Math.floor(n * at) + 1500)).join('\n');
  return detectLanguage(sample);
}

/** Pages of text: an array is one entry per page; a string is split at form feeds, or is one unpaged text. */
export function toPages(input: string[] | string): { pages: string[]; paged: boolean } {
  if (Array.isArray(input)) return { pages: input, paged: true };
  const text = input.replace(/\r\n?/g, '\n');
  return text.includes('\f') ? { pages: text.split('\f'), paged: true } : { pages: [text], paged: false };
}

export function segmentDocument(input: string[] | string, options: SegmentOptions): ClauseExcerpt[] {
  const { pages, paged } = toPages(input);
  const lines = dropPageFurniture(pages).flatMap((pageLines, i) =>
    pageLines.map((text) => ({ text, page: paged ? i + 1 : null })),
  );
  const lang = options.lang ?? documentLanguage(lines.map((l) => l.text).join('\n'));
  const nodes = buildTree(lines);
  return toExcerpts(nodes, lang, options);
}

// ---- pages ----

const PAGE_NUMBER =
  /^(?:[-–—]\s*)?(?:(?:page|pág\.?|página|p\.)\s*)?\d{1,4}(?:\s*(?:\/|of|de|sur)\s*\d{1,4})?(?:\s*[-–—])?$/i;

const TOC_LINE = /(?:(?:\.\s?){4,}|(?:…\s?){2,}|_{4,})\s*(?:\d{1,4}|[ivxlc]{1,6})$/i;

/**
 * Page numbers and running headers or footers are the printer's, not the agreement's: drop a bare
 * page number at the top or bottom of a page, and a first or last line repeated on most pages.
 */
function dropPageFurniture(pages: string[]): string[][] {
  const split = pages.map((page) =>
    page
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => line.trim())
      // A table of contents line ("4.2 Identification cards ........ 7") names a clause; it is not one.
      .filter((line) => !TOC_LINE.test(line)),
  );
  // A header or footer is short and never opens a clause: "4.2 The provider…" at the top of
  // most pages is the document's text flowing on, however alike those lines look.
  const furniture = (line: string | undefined): line is string =>
    line !== undefined && line.length <= 100 && classifyLine(line, { openLetter: null, openRoman: null }) === null;
  const edges = (lines: string[]) => {
    const filled = lines.filter(Boolean);
    return [filled[0], filled[filled.length - 1]].filter(furniture);
  };
  const repeated = new Set<string>();
  if (split.length >= 3) {
    const counts = new Map<string, number>();
    for (const lines of split)
      for (const edge of new Set(edges(lines).map(shape))) counts.set(edge, (counts.get(edge) ?? 0) + 1);
    for (const [edge, count] of counts) if (count >= Math.max(3, split.length * 0.6)) repeated.add(edge);
  }
  return split.map((lines) => {
    const [first, last] = [lines.findIndex(Boolean), lines.findLastIndex(Boolean)];
    return lines.filter((line, i) => {
      if (i !== first && i !== last) return true;
      return !PAGE_NUMBER.test(line) && !(furniture(line) && repeated.has(shape(line)));
    });
  });
}

/** A header with its page number ("Agreement — page 3") has the same shape on every page. */
function shape(line: string): string {
  return line.replace(/\d+/g, '#');
}

// ---- tree ----

function buildTree(lines: Line[]): Node[] {
  const preamble: Node = {
    marker: null,
    rank: 0,
    parent: null,
    page: lines[0]?.page ?? null,
    lines: [],
    label: '',
    children: 0,
  };
  const nodes: Node[] = [preamble];
  const stack: Node[] = [];
  // Whether an article holds sections or a section holds articles is the document's choice:
  // the kind met first is the outer one.
  const order: string[] = [];
  let current = preamble;

  for (const line of lines) {
    const marker = line.text ? classifyLine(line.text, contextOf(stack)) : null;
    if (!marker) {
      // One blank line between paragraphs is kept; runs of them, and leading ones, are layout.
      const previous = current.lines[current.lines.length - 1];
      if (line.text || (previous && previous.text)) current.lines.push(line);
      continue;
    }
    const rank = rankOf(marker, order);
    while (stack.length > 0 && stack[stack.length - 1]!.rank >= rank) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    if (parent) parent.children++;
    const longHeading = marker.heading && marker.label.length > MAX_LABEL;
    current = {
      marker,
      rank,
      parent,
      page: line.page,
      // A clause's text starts with its number, as printed; a heading's line is its label.
      lines: marker.heading && !longHeading ? [] : [line],
      label: marker.heading && !longHeading ? marker.label : (marker.ref ?? marker.label.slice(0, MAX_LABEL)),
      children: 0,
    };
    stack.push(current);
    nodes.push(current);
  }
  for (const node of nodes) promoteTitleClause(node);
  const topHeadings = nodes.filter((n) => n.marker?.markdownLevel === 1);
  if (topHeadings.length === 1 && topHeadings[0]!.marker!.kind === 'heading') topHeadings[0]!.isTitle = true;
  return nodes;
}

function contextOf(stack: Node[]): MarkerContext {
  let openLetter: string | null = null;
  let openRoman: string | null = null;
  for (const node of stack) {
    if (node.marker?.kind === 'letter') openLetter = node.marker.slug;
    if (node.marker?.kind === 'roman') openRoman = node.marker.slug;
  }
  return { openLetter, openRoman };
}

// Lower rank = outer. Markdown levels come first, then named divisions, then numbered paragraphs.
function rankOf(marker: Marker, order: string[]): number {
  if (marker.markdownLevel !== null) return marker.markdownLevel;
  switch (marker.kind) {
    case 'annex':
      return 9;
    case 'part':
      return 10;
    case 'title':
      return 11;
    case 'chapter':
      return 12;
    case 'article':
    case 'section':
    case 'division': {
      if (!order.includes(marker.kind)) order.push(marker.kind);
      return 13 + order.indexOf(marker.kind);
    }
    case 'number':
      return 20 + marker.numbers.length;
    case 'letter':
      return 30;
    case 'roman':
      return 31;
    default:
      return 7;
  }
}

/** "1.1 Scope" with nothing but sub-paragraphs under it is a heading, not a clause of two words. */
function promoteTitleClause(node: Node): void {
  const marker = node.marker;
  if (!marker || marker.heading || node.children === 0) return;
  const body = node.lines.filter((l) => l.text);
  const only = body[0]?.text ?? '';
  if (body.length === 1 && only.length <= MAX_LABEL && !/[.;:,]$/.test(only)) {
    node.label = only;
    node.lines = [];
  }
}

// ---- excerpts ----

function chain(node: Node): Node[] {
  const out: Node[] = [];
  for (let n: Node | null = node; n && n.marker; n = n.parent) if (!n.isTitle) out.unshift(n);
  return out;
}

/** "Article 4, 4.2(a)": the named divisions, then the deepest paragraph number and its list items. */
function clauseNumber(nodes: Node[]): string | null {
  const named: string[] = [];
  let paragraph = '';
  for (const { marker } of nodes) {
    if (!marker?.ref) continue;
    if (marker.kind === 'number') paragraph = marker.ref;
    else if (marker.kind === 'letter' || marker.kind === 'roman')
      paragraph += marker.ref.startsWith('(') ? marker.ref : `(${marker.ref.slice(0, -1)})`;
    else named.push(marker.ref);
  }
  const parts = paragraph ? [...named, paragraph] : named;
  while (parts.length > 1 && parts.join(', ').length > MAX_NUMBER) parts.shift();
  const number = parts.join(', ');
  return number ? number.slice(0, MAX_NUMBER) : null;
}

/** "art-4-2-a": a paragraph "4.2" under "Article 4" adds only "2". */
function localId(nodes: Node[]): string {
  const parts: string[] = [];
  let numbers: string[] = [];
  for (const { marker } of nodes) {
    if (!marker) continue;
    if (marker.kind === 'number') {
      // Only a longer number extends the one above it: "2." under "Section 2" is paragraph 2.
      const extendsParent =
        numbers.length > 0 &&
        marker.numbers.length > numbers.length &&
        numbers.every((n, i) => marker.numbers[i] === n);
      const shared = extendsParent ? numbers.length : 0;
      const rest = marker.numbers.slice(shared);
      if (rest.length > 0) parts.push(rest.join('-'));
      numbers = marker.numbers;
    } else {
      parts.push(marker.slug);
      numbers = marker.kind === 'letter' || marker.kind === 'roman' ? [] : marker.numbers;
    }
  }
  return parts.join('-') || 'preamble';
}

function hash(text: string): string {
  // FNV-1a, 32 bits: short, stable across runs and platforms.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

// Room kept at the end of an id for a part or repeat suffix (".p12", ".3").
const ID_SUFFIX_ROOM = 8;

function fitId(documentId: string, local: string): string {
  const id = `${documentId}.${local}`;
  const max = MAX_ID - ID_SUFFIX_ROOM;
  if (id.length <= max) return id;
  const room = max - documentId.length - 2 - 7;
  return `${documentId}.${local.slice(-room).replace(/^[-.]+/, '')}-${hash(local)}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function toExcerpts(nodes: Node[], lang: Lang, options: SegmentOptions): ClauseExcerpt[] {
  const used = new Set<string>();
  // The next repeat number to try per base id: a document of 40,000 paragraphs all numbered "1."
  // gives each one id in constant time, where counting up from ".2" every time was quadratic.
  const next = new Map<string, number>();
  const unique = (id: string) => {
    let candidate = id;
    let n = next.get(id) ?? 2;
    while (used.has(candidate)) candidate = `${id}.${n++}`;
    next.set(id, n);
    used.add(candidate);
    return candidate;
  };
  const excerpts: ClauseExcerpt[] = [];
  for (const node of nodes) {
    const parts = textParts(node);
    if (parts.length === 0) continue;
    const nodesOnPath = chain(node);
    const path = nodesOnPath.map((n) => truncate(n.label, 300)).slice(-MAX_PATH);
    const number = clauseNumber(nodesOnPath);
    const base = fitId(options.documentId, localId(nodesOnPath));
    const title = truncate(path.length > 0 ? path.join(' › ') : options.title, 300);
    parts.forEach((part, i) => {
      const suffix = parts.length > 1 ? ` (${i + 1}/${parts.length})` : '';
      excerpts.push({
        id: unique(i === 0 ? base : `${base}.p${i + 1}`),
        kind: 'clause',
        lang,
        title: truncate(title, 300 - suffix.length) + suffix,
        text: part.text,
        clause: { number, path, page: part.page },
        source: {
          sourceId: options.sourceId,
          section: truncate(number ?? path[path.length - 1] ?? options.title, 300),
        },
      });
    });
  }
  return excerpts;
}

interface Part {
  text: string;
  page: number | null;
}

/** A node's text, cut into parts when long: numbered clauses only past the schema's limit, prose by paragraphs. */
function textParts(node: Node): Part[] {
  const lines = [...node.lines];
  while (lines.length > 0 && !lines[lines.length - 1]!.text) lines.pop();
  if (lines.length === 0) return [];
  const numbered = node.marker !== null && !node.marker.heading;
  const limit = numbered ? MAX_EXCERPT_CHARS : PROSE_CHUNK_CHARS;
  // Pages by character offset in the joined text, so each part knows where it starts.
  const starts: { at: number; page: number | null }[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push({ at, page: line.page });
    at += line.text.length + 1;
  }
  const text = lines.map((l) => l.text).join('\n');
  // Parts come in order, so the line index only moves forward (a 2,000-page text stays linear).
  let line = 0;
  const pageAt = (offset: number) => {
    while (line + 1 < starts.length && starts[line + 1]!.at <= offset) line++;
    return starts[line]!.page;
  };
  const parts: Part[] = [];
  let cursor = 0;
  for (const piece of chunk(text, limit)) {
    // Sentence and word cuts rejoin with one space, so a piece may not be found verbatim: keep the cursor.
    const found = text.indexOf(piece, cursor);
    const offset = found < 0 ? cursor : found;
    parts.push({ text: piece, page: pageAt(offset) });
    cursor = offset + piece.length;
  }
  return parts;
}

// Paragraphs first, then lines, then sentences, then words: the cut falls where the reader pauses.
const SEPARATORS: RegExp[] = [/\n\n/, /\n/, /(?<=[.!?;])\s+/, /\s+/];

/** Pieces of text, each at most `limit` characters, that are the text's own, in order. */
export function chunk(text: string, limit: number, level = 0): string[] {
  if (text.length <= limit) return [text];
  const separator = SEPARATORS[level];
  if (!separator) {
    const out: string[] = [];
    for (let i = 0; i < text.length; i += limit) out.push(text.slice(i, i + limit));
    return out;
  }
  // Split keeping each separator with the piece before it, then pack pieces greedily.
  const pieces: string[] = [];
  let last = 0;
  for (const m of text.matchAll(new RegExp(separator.source, 'g'))) {
    pieces.push(text.slice(last, m.index));
    last = m.index + m[0].length;
  }
  pieces.push(text.slice(last));
  const out: string[] = [];
  let current = '';
  const joiner = level === 0 ? '\n\n' : level === 1 ? '\n' : ' ';
  for (const piece of pieces) {
    if (!piece.trim()) continue;
    if (piece.length > limit) {
      if (current) out.push(current);
      current = '';
      out.push(...chunk(piece, limit, level + 1));
    } else if (!current) {
      current = piece;
    } else if (current.length + joiner.length + piece.length <= limit) {
      current += joiner + piece;
    } else {
      out.push(current);
      current = piece;
    }
  }
  if (current) out.push(current);
  return out;
}
