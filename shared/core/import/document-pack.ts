// Imported clauses wrapped as a pack extension, the default rules that attach them to
// scenarios, and the citation a person inserts with a clause.
import { slugify } from './clause-markers';
import { DocumentPack, SCHEMA_VERSION, type ClauseExcerpt } from '../pack/schema';
import { DOCUMENT_KINDS, type DocumentKind } from '../model/vocabulary';

export { DOCUMENT_KINDS, type DocumentKind };

/** The pack an imported document extends unless told otherwise. */
export const DEFAULT_PACK_ID = 'iom-oss';
/** Where check-pack and editors find the extension's JSON Schema, beside the extension file. */
export const EXTENSION_SCHEMA_FILE = './pack-extension.schema.json';

export type AttachRule = DocumentPack['attach'][number];

/**
 * Keywords, in the three languages, that bring a clause up with a scenario. The pack matches them
 * as lower-case substrings of the clause text, so they are specific phrases: a bare "services"
 * would pull in most of an agreement. Accented and unaccented spellings are both listed where
 * documents use both.
 */
export const DEFAULT_ATTACH: AttachRule[] = [
  {
    scenarioId: 'service-refused',
    keywords: [
      // en
      'UN ID',
      'identification card',
      'ID card',
      'security management team',
      'SMT',
      'security clearance',
      'travel clearance',
      'briefing',
      'same safety and security services',
      'security services',
      // fr
      'carte d’identité',
      "carte d'identité",
      'carte ONU',
      'équipe de gestion de la sécurité',
      'autorisation de sécurité',
      'habilitation de sécurité',
      'séance d’information',
      "séance d'information",
      'services de sécurité',
      // es
      'carné',
      'carnet',
      'tarjeta de identificación',
      'equipo de gestión de la seguridad',
      'equipo de gestion de la seguridad',
      'autorización de seguridad',
      'autorizacion de seguridad',
      'sesión informativa',
      'sesiones informativas',
      'servicios de seguridad',
    ],
  },
  {
    scenarioId: 'hostage-incident',
    keywords: [
      'hostage',
      'abduction',
      'abducted',
      'kidnap',
      'otage',
      'enlèvement',
      'enlevé',
      'séquestr',
      'rehén',
      'rehenes',
      'secuestr',
    ],
  },
  {
    scenarioId: 'new-operations',
    keywords: [
      'security risk assessment',
      'risk assessment',
      'new office',
      'new operation',
      'évaluation des risques',
      'nouveau bureau',
      'nouvelle opération',
      'evaluación de riesgos',
      'evaluacion de riesgos',
      'nueva oficina',
      'nueva operación',
    ],
  },
  {
    scenarioId: 'policy-discrepancy',
    keywords: [
      'discrepanc',
      'comply with',
      'complies with',
      'compliance',
      'policies and procedures',
      'divergence',
      'se conforme',
      'conformité',
      'politiques et procédures',
      'discrepancia',
      'cumplimiento',
      'cumple con',
      'políticas y procedimientos',
      'politicas y procedimientos',
    ],
  },
];

export interface DocumentPackMeta {
  /** The extension's id, also the prefix of its clause ids and its source id. */
  id: string;
  /** The document's title, as people cite it. */
  title: string;
  documentKind?: DocumentKind;
  /** The pack it extends (default "iom-oss"). */
  extends?: string;
  publisher?: string;
  /** The date the document states it was last updated (YYYY-MM-DD), when known. */
  updated?: string | null;
  attach?: AttachRule[];
}

/** A valid extension id from a title: "SAMPLE agreement — 2013" → "sample-agreement-2013". */
export function extensionIdFromTitle(title: string): string {
  return slugify(title, 48) || 'document';
}

/** The pack extension for a document's clauses; validated, so a bad id or title throws here, not later. */
export function buildDocumentPack(excerpts: ClauseExcerpt[], meta: DocumentPackMeta): DocumentPack {
  return DocumentPack.parse({
    $schema: EXTENSION_SCHEMA_FILE,
    schemaVersion: SCHEMA_VERSION,
    type: 'extension',
    id: meta.id,
    title: meta.title,
    extends: meta.extends ?? DEFAULT_PACK_ID,
    documentKind: meta.documentKind ?? 'other',
    sources: [
      {
        id: meta.id,
        title: meta.title,
        ...(meta.publisher ? { publisher: meta.publisher } : {}),
        url: null,
        updated: meta.updated ?? null,
      },
    ],
    excerpts,
    attach: meta.attach ?? DEFAULT_ATTACH,
  });
}
