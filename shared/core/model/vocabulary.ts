// The names the whole product shares, without zod: the popup, the task pane and the send-time
// script import these, and must not pay for a schema library to know three language codes.
export const LANGS = ['en', 'fr', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export const SETTING_KEYS = [
  'rsoEmail',
  'rsoName',
  'dutyStation',
  'senderName',
  'language',
  'opsCentrePhone',
  'opsCentreEmail',
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/** Facts a correct escalation email states. Extraction lives in facts.ts. */
export const FACT_KEYS = [
  'place',
  'date',
  'whatRefused',
  'refusedBy',
  'people',
  'lastContact',
  'startDate',
  'question',
] as const;
export type FactKey = (typeof FACT_KEYS)[number];

export const EXCERPT_KINDS = ['mou-summary', 'key-point', 'guidance'] as const;
export const URGENCIES = ['none', 'normal', 'high', 'urgent'] as const;
export const SCHEMA_VERSION = 1;

/** What a phone number setting may hold: digits, spaces, ( ) . - and a leading +. */
export const PHONE_PATTERN = /^\+?[0-9 ().-]{4,40}$/;

/** The kinds of an organisation's document: an MOU, a standard operating procedure, a security plan. */
export const DOCUMENT_KINDS = ['mou', 'sop', 'plan', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
