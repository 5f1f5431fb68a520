// What fuzzy search misses: a clause number ("article 4.2", "art. 12", "§ 3", "4.2.1") and an
// acronym ("SMT", "UN ID", "DO"). Fuse reads "4.2" as two short fuzzy pieces and "DO" as part of
// any word; people cite MOU clauses by number and write acronyms in capitals. Such a query is
// answered first from an exact lookup — the clause that carries the number, the entry that
// carries the acronym as written — and the fuzzy results follow.

/** A number in a query, and the kind of division named before it, if any. */
export interface NumberRef {
  num: string;
  kind: 'article' | 'section' | null;
}

export interface ExactQuery {
  numbers: NumberRef[];
  /** Acronyms as written, a run of capitalised words kept together ("UN ID"). */
  acronyms: string[];
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

// "article", "art.", "artículo", "section", "sección", "§", "para", "paragraph", "clause".
const ARTICLE = /^(?:art(?:icle|iculo)?s?\.?|cl(?:ause|ausula)?\.?)$/;
const SECTION = /^(?:§+|sec(?:tion|cion|\.)?|s\.|para(?:graph|grafo|\.)?|par\.|p(?:arr|[aá]rr)\.?)$/;
const NUMBER = /^(\d{1,4}(?:\.\d{1,4}){0,5})\.?(?:\(([a-z]{1,3}|[ivx]{1,6})\))?$/;
const ACRONYM = /^[A-Z][A-Z0-9]{1,7}$/;

/** The numbers and acronyms of a query, or null when it has neither. */
export function exactQuery(query: string): ExactQuery | null {
  const tokens = query
    .slice(0, 200)
    .replace(/§(?=\d)/g, '§ ')
    .split(/[\s,;]+/)
    .filter(Boolean);
  const numbers: NumberRef[] = [];
  const acronyms: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) acronyms.push(run.join(' '));
    run = [];
  };
  tokens.forEach((token, i) => {
    const plain = token.replace(/[“”"'’()[\]?!:]+$/g, '').replace(/^[“"'(]+/, '');
    if (ACRONYM.test(plain)) {
      run.push(plain);
      return;
    }
    flush();
    const m = NUMBER.exec(fold(plain));
    if (!m) return;
    const before = fold(tokens[i - 1] ?? '');
    const kind = ARTICLE.test(before) ? 'article' : SECTION.test(before) ? 'section' : null;
    numbers.push({ num: m[1]!, kind });
  });
  flush();
  return numbers.length || acronyms.length ? { numbers, acronyms } : null;
}

/**
 * The references a clause number carries: "Article 4, 4.2(a)" → Article 4, 4.2(a) and 4.2.
 * A number is kept whole ("4.2") and each part names its kind when it has one.
 */
export function clauseRefs(number: string | null): { key: string; exact: boolean }[] {
  if (!number) return [];
  const out: { key: string; exact: boolean }[] = [];
  for (const part of fold(number).split(/,\s*/)) {
    const m = /^(?:(\p{L}+)\s+)?([\divxlc]+(?:\.\d+)*)\.?(?:\(?([a-z]{1,3}|[ivx]{1,6})\))?$/u.exec(part.trim());
    if (!m) continue;
    const kind = m[1] ? (ARTICLE.test(m[1]) ? 'article' : 'section') : null;
    const num = m[2]!;
    // The bare number answers any query for it; a named one answers its kind first.
    out.push({ key: `*:${num}`, exact: !m[3] });
    if (kind) out.push({ key: `${kind}:${num}`, exact: !m[3] });
    // "12.3" is part of 12: a query for article 12 finds its paragraphs after the article itself.
    const levels = num.split('.');
    for (let n = levels.length - 1; n >= 1; n--) out.push({ key: `*:${levels.slice(0, n).join('.')}`, exact: false });
  }
  return out;
}

/** Entries by the numbers they carry: "article:4", "*:4.2" → entry positions, the exact ones first. */
export function createNumberIndex(numbers: (string | null)[]): Map<string, number[]> {
  const exact = new Map<string, number[]>();
  const loose = new Map<string, number[]>();
  numbers.forEach((number, entry) => {
    for (const ref of clauseRefs(number)) {
      const map = ref.exact ? exact : loose;
      const list = map.get(ref.key);
      if (!list) map.set(ref.key, [entry]);
      else if (list[list.length - 1] !== entry) list.push(entry);
    }
  });
  for (const [key, list] of loose) exact.set(key, [...(exact.get(key) ?? []), ...list]);
  return exact;
}

/**
 * Entries carrying a number: the kind named first ("art. 12" → Article 12), then the bare number,
 * then what lies under it (12.1, 12.2 …). At most `limit`.
 */
export function lookupNumber(index: Map<string, number[]>, ref: NumberRef, limit = 50): number[] {
  const named = ref.kind ? (index.get(`${ref.kind}:${ref.num}`) ?? []) : [];
  const any = index.get(`*:${ref.num}`) ?? [];
  return [...new Set([...named.slice(0, limit), ...any.slice(0, limit)])].slice(0, limit);
}

/** Whether a text carries an acronym as written: whole words, in capitals. */
export function carriesAcronym(text: string, acronym: string): boolean {
  const at = text.indexOf(acronym);
  if (at < 0) return false;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${acronym.replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'u');
  return re.test(text);
}
