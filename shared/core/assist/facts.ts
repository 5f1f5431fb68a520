// The facts a correct escalation states, read from the person's own text where they are there.
// Each extractor quotes the text as written; what it cannot find is reported missing, never guessed.
import type { FactKey } from '../pack/schema';

type Extractor = (text: string, exact: boolean) => string | undefined;

/**
 * Speed: a regex with the `u` flag costs about twice as much to run as the same regex without it
 * (fact extraction was half of suggest()). Without `u` the patterns below match exactly as with it
 * except on three kinds of text, which the `u` case-folding and code-point counting treat apart:
 * "ſ" (long s) and "K" (Kelvin sign) fold to s and k, and astral characters (emoji) count as one.
 * Text with any of them takes the `u` patterns; all other text, nearly every email, the fast ones.
 * tests/unit/assist/facts-speed.test.ts holds both to the outputs of the all-`u` original.
 */
const NEEDS_UNICODE = /[\u017f\u212a\ud800-\udfff]/;

interface Pair {
  fast: RegExp;
  exact: RegExp;
}
const pair = (re: RegExp): Pair => ({ fast: new RegExp(re.source, re.flags.replace('u', '')), exact: re });
const pick = (p: Pair, exact: boolean): RegExp => (exact ? p.exact : p.fast);

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|' +
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const DAYS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo';
const NUMBER_WORDS =
  'a|an|one|two|three|four|five|six|several|few|un|une|deux|trois|quatre|cinq|plusieurs|una|dos|tres|cuatro|cinco|varias|varios|\\d{1,3}';
const UNITS = 'minutes?|hours?|days?|weeks?|heures?|jours?|semaines?|minutos?|horas?|d[ií]as?|semanas?';

const DATE_PATTERNS: Pair[] = [
  /\b\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2})?\b/i,
  /\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b/,
  new RegExp(
    `\\b(?:(?:${DAYS}),?\\s+)?\\d{1,2}(?:st|nd|rd|th|er)?\\s+(?:de\\s+)?(?:${MONTHS})\\.?(?:\\s+(?:de\\s+)?\\d{4})?\\b`,
    'iu',
  ),
  new RegExp(`\\b(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b`, 'iu'),
  new RegExp(`\\b(?:${NUMBER_WORDS})\\s+(?:${UNITS})\\s+ago\\b`, 'iu'),
  new RegExp(`\\bil y a\\s+(?:${NUMBER_WORDS})\\s+(?:${UNITS})`, 'iu'),
  new RegExp(`\\bhace\\s+(?:${NUMBER_WORDS})\\s+(?:${UNITS})`, 'iu'),
  new RegExp(
    `\\b(?:(?:this|last|next)\\s+)?(?:${DAYS})(?:\\s+(?:morning|afternoon|evening|night|matin|soir|après-midi|por la mañana|por la tarde|por la noche))?\\b`,
    'iu',
  ),
  /\b(?:today|yesterday|tomorrow|tonight|this morning|this afternoon|this evening|last night|aujourd['’]hui|hier(?: soir| matin)?|demain|ce matin|cet après-midi|ce soir|cette nuit|hoy|ayer|pasado mañana|anoche|esta mañana|esta tarde|esta noche|mañana)\b/iu,
  /\b(?:next|this|last)\s+(?:week|month|year)\b|\b(?:la semaine|le mois|l['’]an(?:née)?)\s+(?:prochaine?|dernière?|dernier)\b|\b(?:la\s+)?(?:próxima|pr[oó]ximo)\s+(?:semana|mes|año)\b|\bel mes que viene\b/iu,
  /\b\d{1,2}[:h]\d{2}\s*(?:am|pm)?\b/i,
].map(pair);

// "in Juba", "à Goma", "en la provincia de Cabo Delgado", "in the north".
const PLACE = new RegExp(
  String.raw`\b(?:in|at|near|outside|around|(?:mission|trip|travel|road|route|convoy|way)\s+to|à|au|aux|dans|près de|(?:mission|route)\s+(?:vers|pour)|en|cerca de|dentro de|(?:misión|viaje|carretera|camino|ruta)\s+(?:a|hacia))\s+` +
    String.raw`(?:(?:the|le|la|les|l['’]|el|los|las)\s+)?` +
    String.raw`((?:north|south|east|west|northern|southern|eastern|western|nord|sud|est|ouest|norte|sur|este|oeste|provincia|province|région|region|región|district|distrito|camp|camps|campamento)(?:\s+(?:of|de|del|du|de la)\s+[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2})?` +
    String.raw`|[\p{Lu}][\p{L}'’-]{2,}(?:[ -][\p{Lu}][\p{L}'’-]+){0,2})`,
  'u',
);
// Capitalised words that follow "in"/"en" but are not places.
const NOT_PLACES = new Set(
  (
    'IOM OIM UN ONU UNDSS DSS OSS SMT MOU RSO English French Spanish Français Español Inglés Anglais Espagnol ' +
    'January February March April May June July August September October November December ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche ' +
    'Lunes Martes Miércoles Jueves Viernes Sábado Domingo Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre Octubre Noviembre Diciembre ' +
    'Security Sécurité Seguridad Geneva Operations Centre Centro Centre The Please Merci Gracias Annex Article Section URGENT Urgent'
  ).split(' '),
);

const SERVICES: Pair[] = [
  /\bUN\s+ID(?:\s+cards?)?\b|\bUN\s+identity\s+cards?\b|\bUN\s+badges?\b|\bID\s+cards?\b/,
  /\bcartes?\s+d['’]identit[ée]\s+(?:de\s+l['’])?ONU\b|\bcartes?\s+ONU\b|\bbadges?\s+ONU\b/iu,
  /\bcarn[ée]s?\s+de\s+(?:la\s+ONU|las\s+Naciones\s+Unidas|Naciones\s+Unidas)\b|\bcredencial(?:es)?\s+de\s+la\s+ONU\b|\bpases?\s+de\s+las\s+Naciones\s+Unidas\b/iu,
  /\b(?:invitations?\s+to\s+(?:the\s+)?)?(?:SMT|Security\s+Management\s+Team)(?:\s+meetings?)?\b/i,
  /\b(?:(?:l['’])?invitation\s+(?:à\s+)?)?(?:l['’])?[ée]quipe\s+de\s+(?:gestion|coordination)\s+(?:de\s+la|du\s+dispositif\s+de)\s+s[ée]curit[ée]\b/iu,
  /\bequipo\s+de\s+gesti[oó]n\s+de\s+(?:la\s+)?seguridad\b|\bEGS\b/iu,
  /\bsecurity\s+(?:briefings?|clearances?)\b|\bTRIP(?:\s+clearance)?\b/i,
  /\b(?:briefing|breffage|autorisation)s?\s+de\s+s[ée]curit[ée]\b/iu,
  /\b(?:sesi[oó]n(?:es)?\s+informativas?|autorizaci[oó]n(?:es)?)\s+de\s+seguridad\b/iu,
].map(pair);

const AUTHORITIES = pair(
  /\b(?:(?:the\s+)?local\s+)?UNDSS\b|\bDSS\b|\b(?:the\s+)?Designated\s+Official\b|\bChief\s+Security\s+Advis[eo]r\b|\bCSA\b|\bSecurity\s+Advis[eo]r\b|\bArea\s+Security\s+Coordinator\b|\b(?:le\s+)?responsable\s+d[ée]sign[ée]\b|\bfonctionnaire\s+d[ée]sign[ée]\b|\bconseiller\s+(?:principal\s+)?(?:pour\s+la|en)\s+s[ée]curit[ée]\b|\b(?:el\s+)?oficial\s+designad[oa]\b|\bfuncionari[oa]\s+designad[oa]\b|\basesor(?:a)?\s+(?:jefe\s+)?de\s+seguridad\b/iu,
);

const PEOPLE = pair(
  new RegExp(
    String.raw`\b(?:our|one|two|three|four|several|a|an|un|une|deux|trois|plusieurs|nuestro|nuestra|nuestros|nuestras|uno|una|dos|tres|varios|\d{1,2}|notre|nos|le|la|les|el|los)\s+` +
      String.raw`(?:(?:national|international|IOM|local|nacional|internacional|de\s+l['’]OIM|de\s+la\s+OIM)\s+)?` +
      String.raw`(?:drivers?|staff(?:\s+members?)?|colleagues?|officers?|guards?|interpreters?|enumerators?|volunteers?|employees?|chauffeurs?|coll[èe]gues?|membres?\s+du\s+personnel|agents?|conductor(?:es)?|ch[oó]fer(?:es)?|colegas?|funcionari[oa]s?|emplead[oa]s?|personal)` +
      String.raw`(?:\s+(?:of|de|del)\s+(?:IOM|l['’]OIM|la\s+OIM))?`,
    'iu',
  ),
);

const LAST_CONTACT = pair(
  /\b(?:no contact since|last (?:contact|heard from (?:him|her|them))(?: was)?(?: at| on)?|(?:sans nouvelles|aucun contact|plus de contact|injoignables?) depuis|dernier contact|sin (?:contacto|noticias) desde|[uú]ltimo contacto(?: fue)?)\s*:?\s*([^.;\n]{0,60})/iu,
);

function firstMatch(patterns: Pair[], text: string, exact: boolean): string | undefined {
  let best: { index: number; value: string } | undefined;
  for (const p of patterns) {
    const m = pick(p, exact).exec(text);
    if (m && (best === undefined || m.index < best.index)) best = { index: m.index, value: m[0].trim() };
  }
  return best?.value;
}

function allMatches(patterns: Pair[], text: string, exact: boolean): string | undefined {
  const found: { index: number; value: string }[] = [];
  for (const p of patterns) {
    const m = pick(p, exact).exec(text);
    if (m) found.push({ index: m.index, value: m[0].trim() });
  }
  if (found.length === 0) return undefined;
  const values = found.sort((a, b) => a.index - b.index).map((f) => f.value);
  // Keep the longest of overlapping phrasings ("UN ID cards" over "ID cards").
  return values.filter((v) => !values.some((o) => o !== v && o.toLowerCase().includes(v.toLowerCase()))).join('; ');
}

const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 10; // . ! ? \n

/**
 * What /[^.!?\n]{8,300}\?/u finds: the first question of 8 to 300 characters (code points), as
 * the run of text before a "?" back to the previous . ! ? or line break. Walking back from each
 * "?" reads every character once; the regex retried up to 300 characters from every position,
 * the most expensive fact in a long email.
 */
export function firstQuestion(text: string): string | undefined {
  let runStart = 0;
  let scanned = 0;
  for (let q = text.indexOf('?'); q !== -1; q = text.indexOf('?', q + 1)) {
    for (; scanned < q; scanned++) if (isSentenceEnd(text.charCodeAt(scanned))) runStart = scanned + 1;
    let start = q;
    let points = 0;
    while (start > runStart && points < 300) {
      const low = text.charCodeAt(start - 1);
      const high = start - 2 >= runStart ? text.charCodeAt(start - 2) : 0;
      // A surrogate pair is one character to a /u regex.
      start -= low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
      points++;
    }
    if (points >= 8) return text.slice(start, q + 1);
    runStart = q + 1;
    scanned = q + 1;
  }
  return undefined;
}

const extractors: Record<FactKey, Extractor> = {
  date: (text, exact) => firstMatch(DATE_PATTERNS, text, exact),
  startDate: (text, exact) => firstMatch(DATE_PATTERNS, text, exact),
  place(text) {
    const re = new RegExp(PLACE.source, 'gu');
    for (const m of text.matchAll(re)) {
      const value = (m[1] ?? '').trim();
      if (value && !NOT_PLACES.has(value.split(/[ -]/)[0] ?? '')) return value;
    }
    return undefined;
  },
  whatRefused: (text, exact) => allMatches(SERVICES, text, exact),
  refusedBy: (text, exact) => pick(AUTHORITIES, exact).exec(text)?.[0].trim(),
  people: (text, exact) => pick(PEOPLE, exact).exec(text)?.[0].trim(),
  lastContact(text, exact) {
    const m = pick(LAST_CONTACT, exact).exec(text);
    if (!m) return undefined;
    return m[0].trim().replace(/\s*[,:]$/, '');
  },
  question(text) {
    const m = firstQuestion(text);
    return m ? m.trim().replace(/^[¿\s]+/u, (s) => (s.includes('¿') ? '¿' : '')) : undefined;
  },
};

/** Facts found in the text, among those asked for. Bounded to the first 20,000 characters. */
export function extractFacts(text: string, keys: readonly FactKey[]): Partial<Record<FactKey, string>> {
  const sample = text.slice(0, 20_000);
  const out: Partial<Record<FactKey, string>> = {};
  const exact = NEEDS_UNICODE.test(sample);
  for (const key of keys) {
    const value = extractors[key](sample, exact);
    if (value) out[key] = value.slice(0, 200);
  }
  return out;
}
