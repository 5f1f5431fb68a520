// Every command, one file each, loaded only when it is run: `oss-assist suggest` does not compile
// the trainer, the document importer or the pack checker. The summaries live here, so the help
// lists every command without loading any. tests/unit/cli/commands.test.ts checks each file is listed.
import type { Command } from '../io';

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export const commands: CommandEntry[] = [
  {
    name: 'suggest',
    summary: 'suggest the contact, excerpts and draft for an email',
    load: async () => (await import('./suggest')).suggest,
  },
  {
    name: 'check-pack',
    summary: 'validate a knowledge pack or pack extension',
    load: async () => (await import('./check-pack')).checkPackCommand,
  },
  {
    name: 'import-document',
    summary: 'turn an MOU, SOP or plan (PDF, Word, text, Markdown) into a pack extension',
    load: async () => (await import('./import-document')).importDocumentCommand,
  },
  {
    name: 'search',
    summary: 'search the pack and its documents as the popup does',
    load: async () => (await import('./search')).searchCommand,
  },
  {
    name: 'train',
    summary: 'train the router model from a labelled corpus',
    load: async () => (await import('./train')).trainCommand,
  },
  {
    name: 'eval',
    summary: 'measure the router on a labelled set',
    load: async () => (await import('./eval')).evalCommand,
  },
];
