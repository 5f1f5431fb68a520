// The assistant: which situation an email is about and why (router.ts over matcher.ts), the
// facts it states (facts.ts), the draft (draft.ts), the citation of an excerpt (citation.ts) and
// the quick lookup (search.ts). createAssistant (assistant.ts) builds the indexes once and
// answers suggest, checkDraft and search. Light: the popup, the pane and the send check load it.
export { createAssistant, assistantFor, type Assistant, type SuggestOptions } from './assistant';
export { sourceLine, citeExcerpt, clauseCitation, localizedExcerpt } from './citation';
