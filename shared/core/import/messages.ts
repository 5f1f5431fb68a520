// Every sentence the document import says, in en/fr/es. The CLI, the options page and the
// tests all read them from here, so a message is written (and translated) once.
import { fill, type Params } from '../i18n/fill';
import type { Lang } from '../pack/schema';
import { CITE_WORDS } from './cite-words';

export const IMPORT_LIMITS = {
  /** Bytes of one file: a 300-page agreement as PDF is a few MB; 20 MB leaves room for scans with text. */
  maxBytes: 20 * 1024 * 1024,
  maxPages: 2000,
  /** Text items pdfjs may hand back over the whole document: a dense 2,000-page PDF has ~1.5 million. */
  maxTextItems: 500_000,
  /** Text items of one page: a dense page has a few hundred, a page of tiny table cells a few thousand. */
  pageTextItems: 10_000,
  /** Bytes a PDF's compressed (Flate) streams other than pictures may inflate to, counted before parsing. */
  maxDecodedBytes: 128 * 1024 * 1024,
  /** Seconds one page may take to read; a page of nested drawings never ends on its own. */
  pageSeconds: 5,
  /** Seconds the whole reading may take. */
  totalSeconds: 120,
} as const;

export const IMPORT_PROBLEMS = [
  'pdf-needs-ocr',
  'pdf-encrypted',
  'pdf-invalid',
  'empty',
  'too-large',
  'too-many-pages',
  'not-text',
  'pdf-too-complex',
  'too-much-content',
  'too-slow',
  'docx-protected',
  'docx-invalid',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEMS)[number];

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
    fr: 'Ce PDF est protégé par un mot de passe\u202f: son texte ne peut pas être lu. Enregistrez une copie non protégée et importez-la.',
    es: 'Este PDF está protegido con contraseña, por lo que no se puede leer su texto. Guarde una copia sin protección e impórtela.',
  },
  'pdf-invalid': {
    en: 'This file is not a readable PDF (it may be damaged or of another type). Open it in a PDF reader and save it again as PDF.',
    fr: 'Ce fichier n’est pas un PDF lisible (il est peut-être endommagé ou d’un autre type). Ouvrez-le dans un lecteur PDF et enregistrez-le de nouveau en PDF.',
    es: 'Este archivo no es un PDF legible (puede estar dañado o ser de otro tipo). Ábralo en un lector de PDF y vuelva a guardarlo como PDF.',
  },
  empty: {
    en: 'The document is empty: there is no text to import.',
    fr: 'Le document est vide\u202f: il n’y a aucun texte à importer.',
    es: 'El documento está vacío: no hay texto que importar.',
  },
  'too-large': {
    en: `The file is too large ({size} MB). The limit is ${MB} MB; split the document and import the parts.`,
    fr: `Le fichier est trop volumineux ({size} Mo). La limite est de ${MB} Mo\u202f; divisez le document et importez les parties.`,
    es: `El archivo es demasiado grande ({size} MB). El límite es de ${MB} MB; divida el documento e importe las partes.`,
  },
  'too-many-pages': {
    en: `The document has {pages} pages. The limit is ${IMPORT_LIMITS.maxPages}; split the document and import the parts.`,
    fr: `Le document compte {pages} pages. La limite est de ${IMPORT_LIMITS.maxPages}\u202f; divisez le document et importez les parties.`,
    es: `El documento tiene {pages} páginas. El límite es de ${IMPORT_LIMITS.maxPages}; divida el documento e importe las partes.`,
  },
  'not-text': {
    en: 'This file is not a PDF, a Word document (.docx), plain text or Markdown. Import a .pdf, .docx, .txt or .md file.',
    fr: 'Ce fichier n’est ni un PDF, ni un document Word (.docx), ni du texte brut ou du Markdown. Importez un fichier .pdf, .docx, .txt ou .md.',
    es: 'Este archivo no es un PDF, un documento de Word (.docx), texto plano ni Markdown. Importe un archivo .pdf, .docx, .txt o .md.',
  },
  'pdf-too-complex': {
    en: 'This PDF is built from drawings nested too deeply to read safely, so reading it was stopped. Print it to a new PDF (“Save as PDF” or “Microsoft Print to PDF”), or save it as plain text, and import that.',
    fr: 'Ce PDF est fait de dessins imbriqués trop profondément pour être lu sans risque\u202f: la lecture a été arrêtée. Imprimez-le dans un nouveau PDF («\u202fEnregistrer au format PDF\u202f» ou «\u202fMicrosoft Print to PDF\u202f»), ou enregistrez-le en texte brut, puis importez ce fichier.',
    es: 'Este PDF está hecho de dibujos anidados a demasiada profundidad para leerlo sin riesgo, así que se detuvo la lectura. Imprímalo en un PDF nuevo («Guardar como PDF» o «Microsoft Print to PDF»), o guárdelo como texto plano, e importe ese archivo.',
  },
  'too-much-content': {
    en: 'This file holds far more content than its size suggests (it expands to more than the import reads), so reading it was stopped. Save the document again as PDF or plain text, or split it, and import that.',
    fr: 'Ce fichier contient bien plus que sa taille ne le laisse penser (il se décompresse au-delà de ce que l’import lit)\u202f: la lecture a été arrêtée. Enregistrez de nouveau le document en PDF ou en texte brut, ou divisez-le, puis importez ce fichier.',
    es: 'Este archivo contiene mucho más de lo que indica su tamaño (se descomprime más allá de lo que lee la importación), así que se detuvo la lectura. Vuelva a guardar el documento como PDF o texto plano, o divídalo, e importe ese archivo.',
  },
  'too-slow': {
    en: 'Reading this document took longer than {seconds} seconds, so it was stopped. Split the document, or save it as plain text (.txt), and import that.',
    fr: 'La lecture de ce document a duré plus de {seconds} secondes\u202f: elle a été arrêtée. Divisez le document, ou enregistrez-le en texte brut (.txt), puis importez ce fichier.',
    es: 'La lectura de este documento tardó más de {seconds} segundos, así que se detuvo. Divida el documento, o guárdelo como texto plano (.txt), e importe ese archivo.',
  },
  'docx-protected': {
    en: 'This Word file is protected by a password (or is an older .doc file), so its text cannot be read. Open it in Word, remove the password (File › Info › Protect Document) or save it as .docx, and import that copy.',
    fr: 'Ce fichier Word est protégé par un mot de passe (ou c’est un ancien fichier .doc)\u202f: son texte ne peut pas être lu. Ouvrez-le dans Word, retirez le mot de passe (Fichier › Informations › Protéger le document) ou enregistrez-le en .docx, puis importez cette copie.',
    es: 'Este archivo de Word está protegido con contraseña (o es un archivo .doc antiguo), por lo que no se puede leer su texto. Ábralo en Word, quite la contraseña (Archivo › Información › Proteger documento) o guárdelo como .docx, e importe esa copia.',
  },
  'docx-invalid': {
    en: 'This file is not a readable Word document (.docx): it may be damaged or of another type. Open it in Word and save it again as .docx, or save it as PDF, and import that.',
    fr: 'Ce fichier n’est pas un document Word (.docx) lisible\u202f: il est peut-être endommagé ou d’un autre type. Ouvrez-le dans Word et enregistrez-le de nouveau en .docx, ou en PDF, puis importez ce fichier.',
    es: 'Este archivo no es un documento de Word (.docx) legible: puede estar dañado o ser de otro tipo. Ábralo en Word y vuelva a guardarlo como .docx, o como PDF, e importe ese archivo.',
  },
  summary: {
    en: 'Imported {clauses} clauses from {pages} pages (language: {language}).',
    fr: '{clauses} clauses importées depuis {pages} pages (langue\u202f: {language}).',
    es: 'Se importaron {clauses} cláusulas de {pages} páginas (idioma: {language}).',
  },
  summaryNoPages: {
    en: 'Imported {clauses} clauses (language: {language}).',
    fr: '{clauses} clauses importées (langue\u202f: {language}).',
    es: 'Se importaron {clauses} cláusulas (idioma: {language}).',
  },
  written: {
    en: 'Pack extension written to {file}.',
    fr: 'Extension du pack enregistrée dans {file}.',
    es: 'Extensión del paquete guardada en {file}.',
  },
  ...CITE_WORDS,
} as const satisfies Record<string, Sentence>;

export type ImportMessageKey = keyof typeof IMPORT_MESSAGES;

export function importMessage(key: ImportMessageKey, lang: Lang = 'en', params: Params = {}): string {
  return fill(IMPORT_MESSAGES[key][lang], params);
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
