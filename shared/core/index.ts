// The public face of the core. Hosts, the CLI and tests import from here.
export * from './schema';
export type * from './types';
export { checkPack, parsePackText, parseJsonText, checkExtension, applyExtension, defaultPack, MAX_PACK_BYTES, type PackResult, type Result } from './pack';
export { checkSettings, DEFAULT_SETTINGS } from './settings';
export { mergeExtension } from './merge';
export { jsonPath, type Problem } from './problems';
export { createAssistant, assistantFor, type Assistant, type SuggestOptions } from './assistant';
export { detectLanguage } from './language';
export { trimThread, MAX_INPUT } from './thread';
export { escapeHtml, textToHtml, excerptHtml, excerptText, draftHtml } from './html';
export { buildMailto, MAILTO_LIMIT, type MailtoInput, type MailtoResult } from './mailto';
export { readEmail, htmlToText, type EmailText } from './eml';
export { message, MESSAGES, factLabel, settingLabel, formatDate, type MessageKey } from './messages';
export { PLACEHOLDERS, placeholderKeys } from './placeholders';
export { tokenize, normalize } from './text';
