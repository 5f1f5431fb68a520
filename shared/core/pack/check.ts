// Loading a pack: shape (zod), then cross-references. Every problem is listed with its JSON
// path; a pack with any problem is rejected whole, so nothing half-loads.
import { z } from 'zod';
import { DEFAULT_PACK } from './default-pack';
import { Pack, DocumentPack, type Localized } from './schema';
import { fromIssues, type Problem } from '../model/problems';
import { LANGS } from '../model/vocabulary';
import { errorText, fail, ok, type Result } from '../model/result';
import { PLACEHOLDERS, placeholderKeys } from './placeholders';
import { mergeDocumentPack, type Attachments } from './merge';

/** A pack, or every problem that keeps it from loading. */
export type PackResult = Result<Pack, Problem[]>;

/** Larger than any real pack (10,000 clauses take about 5 MB); bounds the work on a bad file. */
export const MAX_PACK_BYTES = 16 * 1024 * 1024;

const fromZod = (error: z.ZodError): Problem[] => fromIssues(error.issues);

function duplicates<T extends { id: string }>(items: T[], at: string, problems: Problem[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      problems.push({
        path: `$.${at}[${i}].id`,
        message: `The id "${item.id}" is used twice in ${at}; ids must be unique.`,
      });
    seen.add(item.id);
  });
  return seen;
}

function crossCheck(pack: Pack): Problem[] {
  const problems: Problem[] = [];
  const sources = duplicates(pack.sources, 'sources', problems);
  const contacts = duplicates(pack.contacts, 'contacts', problems);
  duplicates(pack.services, 'services', problems);
  const excerpts = duplicates(pack.excerpts, 'excerpts', problems);
  duplicates(pack.scenarios, 'scenarios', problems);
  if (pack.scenarios.some((s) => s.id === 'none')) {
    problems.push({
      path: '$.scenarios',
      message: 'The scenario id "none" is reserved for "not a security matter"; the core adds it itself.',
    });
  }

  const checkSource = (ref: { sourceId: string }, at: string) => {
    if (!sources.has(ref.sourceId))
      problems.push({
        path: `${at}.sourceId`,
        message: `Refers to source "${ref.sourceId}", which the pack does not define.`,
      });
  };
  pack.contacts.forEach((c, i) => checkSource(c.source, `$.contacts[${i}].source`));
  pack.services.forEach((s, i) => checkSource(s.source, `$.services[${i}].source`));
  pack.excerpts.forEach((e, i) => checkSource(e.source, `$.excerpts[${i}].source`));

  pack.scenarios.forEach((s, i) => {
    const at = `$.scenarios[${i}]`;
    checkSource(s.basis.source, `${at}.basis.source`);
    for (const field of ['to', 'cc'] as const) {
      s[field].forEach((id, j) => {
        if (!contacts.has(id))
          problems.push({
            path: `${at}.${field}[${j}]`,
            message: `Refers to contact "${id}", which the pack does not define.`,
          });
      });
    }
    if (s.callFirst !== undefined && !contacts.has(s.callFirst)) {
      problems.push({
        path: `${at}.callFirst`,
        message: `Refers to contact "${s.callFirst}", which the pack does not define.`,
      });
    }
    s.excerpts.forEach((id, j) => {
      if (!excerpts.has(id))
        problems.push({
          path: `${at}.excerpts[${j}]`,
          message: `Refers to excerpt "${id}", which the pack does not define.`,
        });
    });
    s.triggers.forEach((group, g) => {
      for (const lang of LANGS) {
        if (group[lang].length === 0)
          problems.push({
            path: `${at}.triggers[${g}].${lang}`,
            message: `No ${lang} phrases: every trigger group needs phrases in English, French and Spanish.`,
          });
      }
    });
    for (const part of ['subject', 'body'] as const) {
      for (const lang of LANGS) {
        const text = (s.template[part] as Localized)[lang];
        for (const key of placeholderKeys(text)) {
          if (!PLACEHOLDERS.has(key))
            problems.push({
              path: `${at}.template.${part}.${lang}`,
              message: `Unknown placeholder "{{${key}}}"; known ones are ${[...PLACEHOLDERS].join(', ')}.`,
            });
        }
        if (/\{\{|\}\}/.test(text.replace(/\{\{\s*[^{}]*?\s*\}\}/g, ''))) {
          problems.push({
            path: `${at}.template.${part}.${lang}`,
            message: 'Unbalanced "{{" or "}}" in the template.',
          });
        }
      }
    }
  });
  return problems;
}

export function checkPack(json: unknown): PackResult {
  const parsed = Pack.safeParse(json);
  if (!parsed.success) return fail(fromZod(parsed.error));
  const problems = crossCheck(parsed.data);
  return problems.length ? fail(problems) : ok(parsed.data);
}

/** Parses JSON text. Bounded: a 50 MB file is refused before it is parsed. */
export function parseJsonText(text: string): Result<unknown, Problem[]> {
  if (text.length > MAX_PACK_BYTES) {
    return fail([
      {
        path: '$',
        message: `The file is too large (${Math.round(text.length / 1048576)} MB); a pack may be at most ${MAX_PACK_BYTES / 1048576} MB.`,
      },
    ]);
  }
  try {
    return ok(JSON.parse(text.replace(/^\uFEFF/, '')) as unknown);
  } catch (error) {
    return fail([{ path: '$', message: `The file is not valid JSON: ${errorText(error)}.` }]);
  }
}

export function parsePackText(text: string): PackResult {
  const json = parseJsonText(text);
  return json.ok ? checkPack(json.value) : json;
}

export function checkDocumentPack(json: unknown): Result<DocumentPack, Problem[]> {
  const parsed = DocumentPack.safeParse(json);
  if (!parsed.success) return fail(fromZod(parsed.error));
  const problems: Problem[] = [];
  const sources = duplicates(parsed.data.sources, 'sources', problems);
  duplicates(parsed.data.excerpts, 'excerpts', problems);
  parsed.data.excerpts.forEach((e, i) => {
    if (!sources.has(e.source.sourceId))
      problems.push({
        path: `$.excerpts[${i}].source.sourceId`,
        message: `Refers to source "${e.source.sourceId}", which the extension does not define.`,
      });
  });
  return problems.length ? fail(problems) : ok(parsed.data);
}

/**
 * The pack with an organisation's documents added: their sources and clauses join the pack,
 * and each clause whose text holds an `attach` keyword comes up with that scenario.
 */
export function applyDocumentPack(pack: Pack, extension: DocumentPack, attachments?: Attachments): PackResult {
  const problems: Problem[] = [];
  if (extension.extends !== pack.id) {
    problems.push({
      path: '$.extends',
      message: `This extension is for the pack "${extension.extends}", not "${pack.id}".`,
    });
  }
  const scenarioIds = new Set(pack.scenarios.map((s) => s.id));
  extension.attach.forEach((a, i) => {
    if (!scenarioIds.has(a.scenarioId))
      problems.push({
        path: `$.attach[${i}].scenarioId`,
        message: `Refers to scenario "${a.scenarioId}", which the pack does not define.`,
      });
  });
  if (problems.length) return fail(problems);
  return checkPack(mergeDocumentPack(pack, extension, attachments));
}

let cached: Pack | null = null;

/** The default IOM OSS pack, validated once. A broken default pack is a build error, so it throws. */
export function defaultPack(): Pack {
  if (cached) return cached;
  const result = checkPack(DEFAULT_PACK);
  if (!result.ok)
    throw new Error(`The default pack is invalid:\n${result.error.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  cached = result.value;
  return cached;
}
