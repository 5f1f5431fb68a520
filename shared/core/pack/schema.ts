// The knowledge pack and settings, as zod schemas. Facts live in data/*.json;
// this file only says what shape they must have and how they refer to each other.
import { z } from 'zod';

import {
  DOCUMENT_KINDS,
  EXCERPT_KINDS,
  FACT_KEYS,
  ID_PATTERN,
  LANGS,
  SCHEMA_VERSION,
  SETTING_KEYS,
  URGENCIES,
} from '../model/vocabulary';

export { EXCERPT_KINDS, FACT_KEYS, LANGS, SCHEMA_VERSION, SETTING_KEYS, URGENCIES } from '../model/vocabulary';
import type { FactKey as FactKeyName, Lang as LangName, SettingKey as SettingKeyName } from '../model/vocabulary';
export { Settings, type SettingsInput } from '../settings/check';

export const Lang = z.enum(LANGS);
export type Lang = LangName;

const Id = z.string().regex(ID_PATTERN, 'must be lower-case letters, digits and dashes (at most 64)');

/** Text a person reads, in each of the three languages. */
export const Localized = z.strictObject({
  en: z.string().trim().min(1),
  fr: z.string().trim().min(1),
  es: z.string().trim().min(1),
});
export type Localized = z.infer<typeof Localized>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');

export const Source = z.strictObject({
  id: Id,
  title: z.string().min(1).max(300),
  publisher: z.string().max(200).optional(),
  url: z.url({ protocol: /^https?$/ }).nullable(),
  /** The date the source says it was last updated; null when it states none. */
  updated: IsoDate.nullable(),
});
export type Source = z.infer<typeof Source>;

/** Where a fact comes from: a source and the section (heading) inside it. */
export const SourceRef = z.strictObject({
  sourceId: Id,
  section: z.string().min(1).max(300),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const SettingKey = z.enum(SETTING_KEYS);
export type SettingKey = SettingKeyName;

export const Contact = z
  .strictObject({
    id: Id,
    name: Localized,
    /** Fixed address from a source, or null when a setting supplies it. */
    email: z.email().nullable(),
    emailSetting: SettingKey.optional(),
    nameSetting: SettingKey.optional(),
    phoneSetting: SettingKey.optional(),
    useFor: Localized,
    source: SourceRef,
  })
  .refine((c) => c.email !== null || c.emailSetting !== undefined, {
    message: 'a contact without an email must name the setting that supplies it (emailSetting)',
    path: ['emailSetting'],
  });
export type Contact = z.infer<typeof Contact>;

export const Service = z.strictObject({
  id: Id,
  name: Localized,
  description: Localized,
  source: SourceRef,
});
export type Service = z.infer<typeof Service>;

/** A summary written for the pack, in all three languages. */
export const PackExcerpt = z.strictObject({
  id: Id,
  kind: z.enum(EXCERPT_KINDS),
  title: Localized,
  text: Localized,
  source: SourceRef,
  keywords: z.array(z.string().min(1).max(80)).max(50).optional(),
});

/** A clause imported verbatim from an organisation's document, in its own language. */
export const ClauseExcerpt = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,127}$/, 'must be lower-case letters, digits, dots and dashes'),
  kind: z.literal('clause'),
  lang: Lang,
  title: z.string().min(1).max(300),
  text: z.string().min(1).max(20_000),
  clause: z.strictObject({
    number: z.string().max(40).nullable(),
    path: z.array(z.string().max(300)).max(12),
    page: z.number().int().positive().nullable(),
  }),
  source: SourceRef,
  keywords: z.array(z.string().min(1).max(80)).max(50).optional(),
});

export const Excerpt = z.discriminatedUnion('kind', [PackExcerpt, ClauseExcerpt]);
export type Excerpt = z.infer<typeof Excerpt>;
export type PackExcerpt = z.infer<typeof PackExcerpt>;
export type ClauseExcerpt = z.infer<typeof ClauseExcerpt>;

export const FactKey = z.enum(FACT_KEYS);
export type FactKey = FactKeyName;

const Phrases = z.array(z.string().trim().min(2).max(120)).max(200);

/** Phrases that recognise a scenario, per language, with one weight for the group. */
export const TriggerGroup = z.strictObject({
  weight: z.number().min(0.1).max(10),
  en: Phrases,
  fr: Phrases,
  es: Phrases,
});
export type TriggerGroup = z.infer<typeof TriggerGroup>;

export const Scenario = z.strictObject({
  id: Id,
  title: Localized,
  triggers: z.array(TriggerGroup).min(1).max(20),
  /** Words that, in the same sentence, mean a match is a mention (a course, a policy) rather than an event. */
  dampeners: z.strictObject({ en: Phrases, fr: Phrases, es: Phrases }).optional(),
  to: z.array(Id).min(1).max(10),
  cc: z.array(Id).max(10),
  urgency: z.enum(URGENCIES),
  /** A contact to call before writing (the 24/7 Operations Centre for an incident). */
  callFirst: Id.optional(),
  excerpts: z.array(z.string()).max(20),
  facts: z.array(FactKey).max(FACT_KEYS.length),
  advice: z.array(Localized).max(10),
  template: z.strictObject({ subject: Localized, body: Localized }),
  basis: z.strictObject({ source: SourceRef, summary: Localized }),
});
export type Scenario = z.infer<typeof Scenario>;

export const Pack = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: Id,
  title: z.string().min(1).max(300),
  sources: z.array(Source).min(1),
  contacts: z.array(Contact).min(1),
  services: z.array(Service),
  excerpts: z.array(Excerpt),
  scenarios: z.array(Scenario).min(1),
});
export type Pack = z.infer<typeof Pack>;

/**
 * Bounds on a document's attach rules: attaching costs keywords × the document's text, once at
 * import (shared/core/pack/merge.ts). 200 keywords over a 20 MB document is a few hundred
 * million character comparisons at most, a second or two in the import worker; the default
 * rules use about 70.
 */
export const ATTACH_LIMITS = { rules: 20, keywordsPerRule: 50, keywords: 200 } as const;

/** An organisation's addition to a pack: its own documents, imported as clauses. */
export const DocumentPack = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  type: z.literal('extension'),
  id: Id,
  title: z.string().min(1).max(300),
  extends: Id,
  documentKind: z.enum(DOCUMENT_KINDS),
  sources: z.array(Source).min(1),
  excerpts: z.array(ClauseExcerpt),
  /** Clauses whose text holds any of these keywords come up with the scenario. */
  attach: z
    .array(
      z.strictObject({
        scenarioId: Id,
        keywords: z.array(z.string().min(2).max(80)).min(1).max(ATTACH_LIMITS.keywordsPerRule),
      }),
    )
    .max(ATTACH_LIMITS.rules)
    .refine((rules) => rules.reduce((n, r) => n + r.keywords.length, 0) <= ATTACH_LIMITS.keywords, {
      message: `must hold at most ${ATTACH_LIMITS.keywords} keywords in all`,
    }),
});
export type DocumentPack = z.infer<typeof DocumentPack>;
