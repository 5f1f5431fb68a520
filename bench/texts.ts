// The three texts suggest() is timed on, by name, so a child process can rebuild the same one.
import { EMAIL_2KB, quotedThread, unquotedText } from './corpus';

export const TEXTS = {
  '2kb': () => EMAIL_2KB,
  '100kb-quoted': () => quotedThread(100_000),
  '100kb-untrimmed': () => unquotedText(100_000),
};
export const TEXT_LABELS: Record<keyof typeof TEXTS, string> = {
  '2kb': '2 KB email',
  '100kb-quoted': '100 KB quoted thread',
  '100kb-untrimmed': '100 KB with nothing to trim',
};
