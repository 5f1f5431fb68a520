// Every sentence the document import says, in en/fr/es. The CLI, the options page and the
// tests all read them from here, so a message is written (and translated) once.
import type { Lang } from '../pack/schema';

export const IMPORT_LIMITS = {
  /** Bytes of one file: a 300-page agreement as PDF is a few MB; 20 MB leaves room for scans with text. */
  maxBytes: 20 * 1024 * 1024,
  maxPages: 2000,
} as const;

export const IMPORT_PROBLEMS = [
  'pdf-needs-ocr',
  'pdf-encrypted',
  'pdf-invalid',
  'empty',
  'too-large',
  'too-many-pages',
  'not-text',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEMS)[number];

type Params = Record<string, string | number>;
type Sentence = Record<Lang, string>;

const MB = Math.round(IMPORT_LIMITS.maxBytes / (1024 * 1024));

export const IMPORT_MESSAGES = {
  'pdf-needs-ocr': {
    en: 'No text found — this PDF needs OCR. It holds only images (a scan). Run it through OCR (text recognition) and import the result.',
    fr: 'Aucun texte trouvé — ce PDF doit passer par l’OCR. Il ne contient que des images (un scan). Faites-le reconnaître par un logiciel d’OCR puis importez le résultat.',
    es: 'No se encontró texto: este PDF necesita OCR. Solo contiene imágenes (un escaneo). Páselo por un programa de OCR (reconocimiento de texto) e importe el resultado.',
  },
  'pdf-encrypted': {
    en: 'This PDF is protected by a password, so its text cannot be read. Save an unprotected copy and import that.',
    fr: 'Ce PDF est protégé par un mot de passe : son texte ne peut pas être lu. Enregistrez une copie non protégée et importez-la.',
    es: 'Este PDF está protegido con contraseña, por lo que no se puede leer su texto. Guarde una copia sin protección e impórtela.',
  },
  'pdf-invalid': {
    en: 'This file is not a readable PDF (it may be damaged or of another type). Open it in a PDF reader and save it again as PDF.',
    fr: 'Ce fichier n’est pas un PDF lisible (il est peut-être endommagé ou d’un autre type). Ouvrez-le dans un lecteur PDF et enregistrez-le de nouveau en PDF.',
    es: 'Este archivo no es un PDF legible (puede estar dañado o ser de otro tipo). Ábralo en un lector de PDF y vuelva a guardarlo como PDF.',
  },
  empty: {
    en: 'The document is empty: there is no text to import.',
    fr: 'Le document est vide : il n’y a aucun texte à importer.',
    es: 'El documento está vacío: no hay texto que importar.',
  },
  'too-large': {
    en: `The file is too large ({size} MB). The limit is ${MB} MB; split the document and import the parts.`,
    fr: `Le fichier est trop volumineux ({size} Mo). La limite est de ${MB} Mo ; divisez le document et importez les parties.`,
    es: `El archivo es demasiado grande ({size} MB). El límite es de ${MB} MB; divida el documento e importe las partes.`,
  },
  'too-many-pages': {
    en: `The document has {pages} pages. The limit is ${IMPORT_LIMITS.maxPages}; split the document and import the parts.`,
    fr: `Le document compte {pages} pages. La limite est de ${IMPORT_LIMITS.maxPages} ; divisez le document et importez les parties.`,
    es: `El documento tiene {pages} páginas. El límite es de ${IMPORT_LIMITS.maxPages}; divida el documento e importe las partes.`,
  },
  'not-text': {
    en: 'This file is neither a PDF nor plain text or Markdown. Import a .pdf, .txt or .md file.',
    fr: 'Ce fichier n’est ni un PDF ni du texte brut ou du Markdown. Importez un fichier .pdf, .txt ou .md.',
    es: 'Este archivo no es un PDF ni texto plano o Markdown. Importe un archivo .pdf, .txt o .md.',
  },
  summary: {
    en: 'Imported {clauses} clauses from {pages} pages (language: {language}).',
    fr: '{clauses} clauses importées depuis {pages} pages (langue : {language}).',
    es: 'Se importaron {clauses} cláusulas de {pages} páginas (idioma: {language}).',
  },
  summaryNoPages: {
    en: 'Imported {clauses} clauses (language: {language}).',
    fr: '{clauses} clauses importées (langue : {language}).',
    es: 'Se importaron {clauses} cláusulas (idioma: {language}).',
  },
  written: {
    en: 'Pack extension written to {file}.',
    fr: 'Extension du pack enregistrée dans {file}.',
    es: 'Extensión del paquete guardada en {file}.',
  },
  /** "from <title>, <clause>, p. N" — each part only when known. */
  citeFrom: { en: 'from {title}', fr: 'extrait de {title}', es: 'de {title}' },
  citePage: { en: 'p. {page}', fr: 'p. {page}', es: 'pág. {page}' },
  /** A part of a clause too long for one excerpt. */
  part: { en: 'part {n} of {total}', fr: 'partie {n} sur {total}', es: 'parte {n} de {total}' },
  preamble: { en: 'Opening text', fr: 'Texte d’introduction', es: 'Texto inicial' },
} as const satisfies Record<string, Sentence>;

export type ImportMessageKey = keyof typeof IMPORT_MESSAGES;

export function importMessage(key: ImportMessageKey, lang: Lang = 'en', params: Params = {}): string {
  return IMPORT_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A failed import: a code the UI can translate, and the English sentence for logs and the CLI. */
export interface ImportProblem {
  code: ImportProblemCode;
  message: string;
  params: Params;
}

export function importProblem(code: ImportProblemCode, params: Params = {}): ImportProblem {
  return { code, message: importMessage(code, 'en', params), params };
}

/** The size as the messages say it: megabytes with one decimal. */
export const megabytes = (byteLength: number): string => (byteLength / (1024 * 1024)).toFixed(1);

/** The one "too large" check: the problem for a file over the import limit, or null when it fits. */
export function tooLargeProblem(byteLength: number): ImportProblem | null {
  return byteLength > IMPORT_LIMITS.maxBytes ? importProblem('too-large', { size: megabytes(byteLength) }) : null;
}
