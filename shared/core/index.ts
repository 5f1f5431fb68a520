// The public face of the core. Hosts, the CLI and tests import from here.
// The pack folder says what it exports once (pack/index.ts); the rest is named here.
export * from './pack/index';
export type * from './model/types';
export { ok, fail, errorText, type Result } from './model/result';
export { debug, setDebugSink } from './model/debug';
export { checkSettings, DEFAULT_SETTINGS } from './settings/check';
export { jsonPath, type Problem } from './model/problems';
export { createAdvisor, type Advisor, type SuggestOptions } from './assist/advisor';
export { createAssistant, assistantFor, type Assistant } from './assist/assistant';
export { detectLanguage } from './text/language';
export { trimThread, MAX_INPUT } from './text/thread';
export { escapeHtml, textToHtml, excerptHtml, quotedExcerpt, draftHtml } from './mail/html';
export { buildMailto, MAILTO_LIMIT, type MailtoInput, type MailtoResult } from './mail/mailto';
export { readEmail, htmlToText, type EmailText } from './mail/eml';
export { message, MESSAGES, factLabel, settingLabel, formatDate, type MessageKey } from './i18n/messages';
export { fill, type Params } from './i18n/fill';
export { tokenize, normalize } from './text/tokenize';
