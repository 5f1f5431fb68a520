// Every sentence of the options page's documents section, in English, French and Spanish.
// Beside i18n.ts rather than in it: the popup and the options page share i18n.ts as one module,
// so anything in it is downloaded by the popup too, whose script budget has no room for these.
import type { DocumentKind, Lang } from '../core/model/vocabulary';

export interface DocumentStrings {
  heading: string;
  intro: string;
  listLabel: string;
  none: string;
  clauses: (n: number) => string;
  importedOn: (date: string) => string;
  kind: Record<DocumentKind, string>;
  remove: string;
  removeLabel: (title: string) => string;
  removed: (title: string) => string;
  addHeading: string;
  fileLabel: string;
  fileHint: string;
  chooseFile: string;
  noFile: string;
  titleLabel: string;
  titleHint: string;
  kindLabel: string;
  importButton: string;
  importing: string;
  cancel: string;
  imported: (title: string, clauses: number) => string;
  replaced: (title: string, clauses: number) => string;
  /** Shown after a second of reading: the page reached, when the file has pages. */
  reading: string;
  readingPage: (page: number, pages: number) => string;
  stopImport: string;
  stopped: string;
  unsupported: string;
  notJson: string;
  invalid: string;
  moreProblems: (n: number) => string;
  clash: (other: string) => string;
  failedTitle: string;
  storeFailed: string;
  storeReadFailed: string;
  loadFailed: string;
  importFailed: string;
  removeFailed: string;
}

const documentsEn: DocumentStrings = {
  heading: 'Your organisation’s documents',
  intro:
    'Import your office’s copy of the MOU, a country SOP or a security plan. Its articles and numbered paragraphs then come up in the search and with the matching situations, to quote word for word with their clause number and page. The file is read and kept in this browser only; it is never uploaded.',
  listLabel: 'Imported documents',
  none: 'No document imported yet: only the built-in guidance is used.',
  clauses: (n) => (n === 1 ? '1 clause' : `${n} clauses`),
  importedOn: (date) => `imported ${date}`,
  kind: { mou: 'MOU', sop: 'SOP', plan: 'Security plan', other: 'Other document' },
  remove: 'Remove',
  removeLabel: (title) => `Remove ${title}`,
  removed: (title) => `“${title}” removed.`,
  addHeading: 'Import a document',
  fileLabel: 'File',
  fileHint:
    'A PDF with text, a Word document (.docx), a text (.txt) or Markdown (.md) file, or a pack extension (.json).',
  chooseFile: 'Choose a file…',
  noFile: 'No file chosen',
  titleLabel: 'Title',
  titleHint: 'As the document is cited: every quoted clause says “from <title>, Article 4, p. 2”.',
  kindLabel: 'Kind of document',
  importButton: 'Import',
  importing: 'Importing…',
  cancel: 'Cancel',
  imported: (title, n) =>
    `“${title}” imported: ${n === 1 ? '1 clause' : `${n} clauses`}. Search them from the toolbar button.`,
  replaced: (title, n) =>
    `“${title}” imported again: ${n === 1 ? '1 clause' : `${n} clauses`}, replacing the earlier copy.`,
  reading: 'Reading the document…',
  readingPage: (page, pages) => `Reading page ${page} of ${pages}…`,
  stopImport: 'Stop',
  stopped: 'Import stopped: nothing was imported.',
  unsupported:
    'This kind of file cannot be imported here. Choose a PDF, a Word document (.docx), a text file (.txt), a Markdown file (.md) or a pack extension (.json). An older Word file (.doc): open it in Word and save it as .docx.',
  notJson: 'This file is not valid JSON (it may be cut short, or edited by hand). Make it again with the command line.',
  invalid: 'This file is not a valid pack extension. Problems found, with their place in the file:',
  moreProblems: (n) => `…and ${n} more.`,
  clash: (other) =>
    `Clauses in this file have the same ids as those of “${other}”. Remove “${other}” first, or make the file again with another --id.`,
  failedTitle: 'Not imported',
  storeFailed:
    'The document could not be stored in this browser (its storage may be turned off or full). Nothing was imported.',
  storeReadFailed:
    'The documents already imported could not be read in this browser, so this one could not be checked against them. Nothing was imported. Reload this page and try again; if it happens again, the browser’s storage may be turned off or full.',
  loadFailed: 'The imported documents could not be read in this browser (its storage may be turned off or full).',
  importFailed: 'The import stopped unexpectedly. Reload this page and try again.',
  removeFailed: 'The document could not be removed from this browser’s storage. Reload this page and try again.',
};

const documentsFr: DocumentStrings = {
  heading: 'Documents de votre organisation',
  intro:
    'Importez la copie du MOU de votre bureau, une procédure opérationnelle (SOP) du pays ou un plan de sécurité. Ses articles et paragraphes numérotés apparaissent alors dans la recherche et avec les situations correspondantes, à citer mot pour mot avec leur numéro de clause et leur page. Le fichier est lu et conservé dans ce navigateur uniquement\u202f; il n’est jamais envoyé.',
  listLabel: 'Documents importés',
  none: 'Aucun document importé\u202f: seules les directives intégrées sont utilisées.',
  clauses: (n) => (n <= 1 ? `${n} clause` : `${n} clauses`),
  importedOn: (date) => `importé le ${date}`,
  kind: { mou: 'MOU', sop: 'SOP', plan: 'Plan de sécurité', other: 'Autre document' },
  remove: 'Supprimer',
  removeLabel: (title) => `Supprimer ${title}`,
  removed: (title) => `«\u202f${title}\u202f» supprimé.`,
  addHeading: 'Importer un document',
  fileLabel: 'Fichier',
  fileHint:
    'Un PDF avec du texte, un document Word (.docx), un fichier texte (.txt) ou Markdown (.md), ou une extension de pack (.json).',
  chooseFile: 'Choisir un fichier…',
  noFile: 'Aucun fichier choisi',
  titleLabel: 'Titre',
  titleHint:
    'Tel que le document est cité\u202f: chaque clause citée indique «\u202fextrait de <titre>, Article 4, p. 2\u202f».',
  kindLabel: 'Type de document',
  importButton: 'Importer',
  importing: 'Importation…',
  cancel: 'Annuler',
  imported: (title, n) =>
    `«\u202f${title}\u202f» importé\u202f: ${n <= 1 ? `${n} clause` : `${n} clauses`}. Recherchez-les depuis le bouton de la barre d’outils.`,
  replaced: (title, n) =>
    `«\u202f${title}\u202f» importé de nouveau\u202f: ${n <= 1 ? `${n} clause` : `${n} clauses`}, à la place de la copie précédente.`,
  reading: 'Lecture du document…',
  readingPage: (page, pages) => `Lecture de la page ${page} sur ${pages}…`,
  stopImport: 'Arrêter',
  stopped: 'Importation arrêtée\u202f: rien n’a été importé.',
  unsupported:
    'Ce type de fichier ne peut pas être importé ici. Choisissez un PDF, un document Word (.docx), un fichier texte (.txt), Markdown (.md) ou une extension de pack (.json). Un ancien fichier Word (.doc)\u202f: ouvrez-le dans Word et enregistrez-le en .docx.',
  notJson:
    'Ce fichier n’est pas du JSON valide (il est peut-être tronqué, ou modifié à la main). Recréez-le avec la ligne de commande.',
  invalid:
    'Ce fichier n’est pas une extension de pack valide. Problèmes trouvés, avec leur emplacement dans le fichier\u202f:',
  moreProblems: (n) => `… et ${n} de plus.`,
  clash: (other) =>
    `Des clauses de ce fichier ont les mêmes identifiants que celles de «\u202f${other}\u202f». Supprimez d’abord «\u202f${other}\u202f», ou recréez le fichier avec un autre --id.`,
  failedTitle: 'Non importé',
  storeFailed:
    'Le document n’a pas pu être enregistré dans ce navigateur (son stockage est peut-être désactivé ou plein). Rien n’a été importé.',
  storeReadFailed:
    'Les documents déjà importés n’ont pas pu être lus dans ce navigateur\u202f: celui-ci n’a donc pas pu être vérifié par rapport à eux. Rien n’a été importé. Rechargez cette page et réessayez\u202f; si cela se reproduit, le stockage du navigateur est peut-être désactivé ou plein.',
  loadFailed:
    'Les documents importés n’ont pas pu être lus dans ce navigateur (son stockage est peut-être désactivé ou plein).',
  importFailed: 'L’importation s’est arrêtée de façon inattendue. Rechargez cette page et réessayez.',
  removeFailed: 'Le document n’a pas pu être supprimé du stockage de ce navigateur. Rechargez cette page et réessayez.',
};

const documentsEs: DocumentStrings = {
  heading: 'Documentos de su organización',
  intro:
    'Importe la copia del MOU de su oficina, un procedimiento operativo (SOP) del país o un plan de seguridad. Sus artículos y párrafos numerados aparecen entonces en la búsqueda y con las situaciones correspondientes, para citarlos palabra por palabra con su número de cláusula y su página. El archivo se lee y se guarda solo en este navegador; nunca se envía.',
  listLabel: 'Documentos importados',
  none: 'Aún no se ha importado ningún documento: solo se usan las directrices integradas.',
  clauses: (n) => (n === 1 ? '1 cláusula' : `${n} cláusulas`),
  importedOn: (date) => `importado el ${date}`,
  kind: { mou: 'MOU', sop: 'SOP', plan: 'Plan de seguridad', other: 'Otro documento' },
  remove: 'Quitar',
  removeLabel: (title) => `Quitar ${title}`,
  removed: (title) => `«${title}» quitado.`,
  addHeading: 'Importar un documento',
  fileLabel: 'Archivo',
  fileHint:
    'Un PDF con texto, un documento de Word (.docx), un archivo de texto (.txt) o Markdown (.md), o una extensión de paquete (.json).',
  chooseFile: 'Elegir un archivo…',
  noFile: 'Ningún archivo elegido',
  titleLabel: 'Título',
  titleHint: 'Tal como se cita el documento: cada cláusula citada indica «de <título>, Artículo 4, pág. 2».',
  kindLabel: 'Tipo de documento',
  importButton: 'Importar',
  importing: 'Importando…',
  cancel: 'Cancelar',
  imported: (title, n) =>
    `«${title}» importado: ${n === 1 ? '1 cláusula' : `${n} cláusulas`}. Búsquelas desde el botón de la barra de herramientas.`,
  replaced: (title, n) =>
    `«${title}» importado de nuevo: ${n === 1 ? '1 cláusula' : `${n} cláusulas`}, en lugar de la copia anterior.`,
  reading: 'Leyendo el documento…',
  readingPage: (page, pages) => `Leyendo la página ${page} de ${pages}…`,
  stopImport: 'Detener',
  stopped: 'Importación detenida: no se importó nada.',
  unsupported:
    'Este tipo de archivo no se puede importar aquí. Elija un PDF, un documento de Word (.docx), un archivo de texto (.txt), Markdown (.md) o una extensión de paquete (.json). Un archivo de Word antiguo (.doc): ábralo en Word y guárdelo como .docx.',
  notJson:
    'Este archivo no es JSON válido (puede estar cortado o editado a mano). Vuelva a crearlo con la línea de comandos.',
  invalid: 'Este archivo no es una extensión de paquete válida. Problemas encontrados, con su lugar en el archivo:',
  moreProblems: (n) => `…y ${n} más.`,
  clash: (other) =>
    `Hay cláusulas de este archivo con los mismos identificadores que las de «${other}». Quite primero «${other}», o vuelva a crear el archivo con otro --id.`,
  failedTitle: 'No importado',
  storeFailed:
    'No se pudo guardar el documento en este navegador (puede que su almacenamiento esté desactivado o lleno). No se importó nada.',
  storeReadFailed:
    'No se pudieron leer en este navegador los documentos ya importados, así que no se pudo comprobar este frente a ellos. No se importó nada. Vuelva a cargar esta página e inténtelo de nuevo; si vuelve a ocurrir, puede que el almacenamiento del navegador esté desactivado o lleno.',
  loadFailed:
    'No se pudieron leer los documentos importados en este navegador (puede que su almacenamiento esté desactivado o lleno).',
  importFailed: 'La importación se detuvo de forma inesperada. Vuelva a cargar esta página e inténtelo de nuevo.',
  removeFailed:
    'No se pudo quitar el documento del almacenamiento de este navegador. Vuelva a cargar esta página e inténtelo de nuevo.',
};

export const DOCUMENT_STRINGS: Record<Lang, DocumentStrings> = { en: documentsEn, fr: documentsFr, es: documentsEs };
