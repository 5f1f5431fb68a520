// Text before any meaning: what a word is (tokenize.ts), which of the three languages a text is
// in (language.ts), and which part of a thread is the newest message (thread.ts).
export { tokenize, normalize, stem, FILLER, type Token } from './tokenize';
export { detectLanguage } from './language';
export { trimThread, MAX_INPUT } from './thread';
