// Recognises the line that opens an article, section or numbered paragraph in an agreement,
// an SOP or a security plan, in English, French and Spanish. One line at a time; the tree is
// built in segment.ts.

export type MarkerKind =
  | 'heading' // a Markdown heading with no number
  | 'annex'
  | 'part'
  | 'title'
  | 'chapter'
  | 'article'
  | 'section'
  | 'division' // "II. SCOPE": a Roman numeral heading
  | 'number' // 1.  1)  1.1  1.1.1
  | 'letter' // (a)  a)
  | 'roman'; // (i)  ii)

export interface Marker {
  kind: MarkerKind;
  /** 1–6 for a Markdown heading (`#`…), null otherwise. */
  markdownLevel: number | null;
  /** The line names a part of the document (its body follows) rather than opening a clause's text. */
  heading: boolean;
  /** How a person refers to it: "Article 4", "Section II", "4.2", "(a)"; null for a plain heading. */
  ref: string | null;
  /** For ids: "art-4", "sec-2", "a", "ii", or a slug of a plain heading's words. */
  slug: string;
  /** Number components for ids: "4.2" → ["4", "2"], "Article IV" → ["4"]. */
  numbers: string[];
  /** The line without Markdown marks. */
  label: string;
}

/** The letter and Roman items open above this line: they decide whether "(i)" is a letter or a numeral. */
export interface MarkerContext {
  openLetter: string | null;
  openRoman: string | null;
}

interface Keyword {
  kind: Exclude<MarkerKind, 'heading' | 'division' | 'number' | 'letter' | 'roman'>;
  prefix: string;
  words: string;
}

// Capitalised forms only: a lower-case "article 3 of the Charter" at a line start is a wrapped sentence.
const KEYWORDS: Keyword[] = [
  { kind: 'article', prefix: 'art', words: 'Article|Artículo|Articulo|Art\\.' },
  { kind: 'section', prefix: 'sec', words: 'Section|Sección|Seccion|§' },
  { kind: 'chapter', prefix: 'ch', words: 'Chapter|Chapitre|Capítulo|Capitulo' },
  { kind: 'part', prefix: 'part', words: 'Part|Partie|Parte' },
  { kind: 'title', prefix: 'title', words: 'Title|Titre|Título|Titulo' },
  { kind: 'annex', prefix: 'annex', words: 'Annex|Annexe|Anexo|Appendix|Appendice|Apéndice' },
];

// "premier"/"primero"/"único" name the first (or only) article in French and Spanish texts.
const ORDINAL_ONE = /^(premier|première|1er|1re|1ère|primero|primera|único|única|unique|first|one)$/i;
const ORDINALS = 'premier|première|1er|1re|1ère|primero|primera|único|única|unique';

/** "Article|Art\\." → "Article|ARTICLE|Art\\.|ART\\.": title case or capitals, never lower case. */
function bothCases(words: string): string {
  return words
    .split('|')
    .flatMap((w) => [w, w.toUpperCase()])
    .join('|');
}

const NUMBER = String.raw`(\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLCDM]{1,7}|[A-Z]|${bothCases(ORDINALS)})`;

const keywordPatterns = KEYWORDS.map((k) => ({
  ...k,
  // After the number: the end, a separator (— – - : . )), or a capitalised title. "Article 3 of
  // the Charter" (lower-case word next) is a sentence, not a heading. No "i" flag: with it,
  // \p{Lu} would match lower-case letters too.
  re: new RegExp(
    String.raw`^(${bothCases(k.words)})\s+${NUMBER}(?![\p{L}\d])\.?\s*(?:$|[—–\-:.)]\s*|(?=[\p{Lu}\d"“«(]))(.*)$`,
    'u',
  ),
}));

const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/i;

export function romanToNumber(text: string): number | null {
  if (!text || !ROMAN.test(text)) return null;
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const value = values[lower[i]!]!;
    const next = values[lower[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

function numberToRoman(n: number): string {
  const table: [number, string][] = [
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [value, letters] of table)
    while (n >= value) {
      out += letters;
      n -= value;
    }
  return out;
}

/** "a-z" and digits only, for ids: "Services de sécurité" → "services-de-securite". */
export function slugify(text: string, max = 32): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '');
}

function keywordNumber(raw: string, kind: Keyword['kind']): string {
  if (ORDINAL_ONE.test(raw)) return '1';
  if (/^\d/.test(raw)) return raw;
  // "Annex C" is a letter, not a hundred; articles and sections in capitals are Roman numerals.
  if (kind !== 'annex' && raw.length > 0) {
    const n = romanToNumber(raw);
    if (n !== null && n > 0) return String(n);
  }
  return raw.toLowerCase();
}

function keywordMarker(text: string): Marker | null {
  if (!/^[\p{Lu}§]/u.test(text)) return null;
  for (const k of keywordPatterns) {
    const m = k.re.exec(text);
    if (!m) continue;
    const word = m[1]!;
    const raw = m[2]!;
    const number = keywordNumber(raw, k.kind);
    // A lone capital letter after "Article" is only a number for annexes ("Annex B").
    if (k.kind !== 'annex' && /^[A-Z]$/i.test(raw) && romanToNumber(raw) === null) continue;
    return {
      kind: k.kind,
      markdownLevel: null,
      heading: true,
      ref: `${word} ${raw}`,
      slug: `${k.prefix}-${number.replace(/\./g, '-')}`,
      numbers: number.split('.'),
      label: text,
    };
  }
  return null;
}

function divisionMarker(text: string): Marker | null {
  const m = /^([IVXL]{1,6})\.\s+\p{Lu}/u.exec(text);
  if (!m) return null;
  const n = romanToNumber(m[1]!);
  if (n === null || n === 0) return null;
  return {
    kind: 'division',
    markdownLevel: null,
    heading: true,
    ref: m[1]!,
    slug: `div-${n}`,
    numbers: [String(n)],
    label: text,
  };
}

function numberMarker(text: string): Marker | null {
  // 1.  1)  1.1  1.1.  1.1.1 — then a space and not a lower-case word ("1.5 million people" wraps).
  const m = /^(\d{1,3}(?:\.\d{1,3}){0,4})(\.|\))?(?=\s|$)\s*(.?)/u.exec(text);
  if (!m) return null;
  const number = m[1]!;
  const parts = number.split('.');
  if (parts.length === 1 && !m[2]) return null; // a bare "12" is a page number or a figure
  if (Number(parts[0]) > 300) return null; // "2013." is a year
  if (m[3] && /\p{Ll}/u.test(m[3])) return null;
  return {
    kind: 'number',
    markdownLevel: null,
    heading: false,
    ref: number,
    slug: parts.join('-'),
    numbers: parts,
    label: text,
  };
}

function nextLetter(letter: string): string {
  return String.fromCharCode(letter.charCodeAt(0) + 1);
}

function listMarker(text: string, context: MarkerContext): Marker | null {
  const m = /^(?:\(([a-z]{1,5})\)|([a-z]{1,5})\))(?=\s|$)/.exec(text);
  if (!m) return null;
  const token = (m[1] ?? m[2])!;
  const roman = romanToNumber(token);
  let kind: 'letter' | 'roman';
  if (token.length === 1) {
    // "(i)" after "(h)" is the ninth letter; after "(iv)", "(v)" is the fifth numeral.
    const openRomanValue = context.openRoman ? romanToNumber(context.openRoman) : null;
    if (roman !== null && openRomanValue !== null && numberToRoman(openRomanValue + 1) === token) kind = 'roman';
    else if (context.openLetter && nextLetter(context.openLetter) === token) kind = 'letter';
    else kind = token === 'i' ? 'roman' : 'letter';
  } else if (roman !== null) {
    kind = 'roman';
  } else {
    return null;
  }
  const ref = m[1] ? `(${token})` : `${token})`;
  return { kind, markdownLevel: null, heading: false, ref, slug: token, numbers: [], label: text };
}

/** The marker a (trimmed) line opens with, or null for an ordinary line. */
export function classifyLine(line: string, context: MarkerContext): Marker | null {
  const markdown = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
  if (markdown) {
    const label = stripEmphasis(markdown[2]!);
    if (!label) return null;
    const inner = keywordMarker(label) ?? divisionMarker(label) ?? numberMarker(label);
    return {
      kind: inner?.kind ?? 'heading',
      markdownLevel: markdown[1]!.length,
      heading: true,
      ref: inner?.ref ?? null,
      slug: inner?.slug ?? (slugify(label) || 'heading'),
      numbers: inner?.numbers ?? [],
      label,
    };
  }
  const text = stripEmphasis(line);
  return keywordMarker(text) ?? divisionMarker(text) ?? numberMarker(text) ?? listMarker(text, context);
}

// "**Article 3 — Services**" in Markdown: the asterisks are emphasis, not words.
function stripEmphasis(text: string): string {
  const m = /^(\*\*|__)(.+)\1$/.exec(text.trim());
  return (m ? m[2]! : text).trim();
}
