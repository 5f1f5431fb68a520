// The one small port each host implements. Every part is optional: a host offers
// only what it can do (the browser cannot insert at a cursor; Outlook can), and the
// UI shows only the actions a host offers. Each member does one thing.
import type { Settings } from '../core/schema';

export interface MailContext {
  mode: 'read' | 'compose';
  subject: string;
  from: string;
  to: string[];
  cc: string[];
  body: string;
}

export interface DraftToOpen {
  to: string[];
  cc: string[];
  subject: string;
  /** Plain-text body. */
  body: string;
  /** Escaped HTML body, built by the core's html helpers. */
  html: string;
}

export interface SettingsState {
  settings: Settings;
  /** Keys an organisation set by policy; shown read-only. */
  locked: (keyof Settings)[];
}

export interface HostPort {
  /** Short name shown in the UI footer, e.g. "Chrome extension" or "Outlook". */
  readonly name: string;
  /** The message (Outlook) or the selected text (browser) the person is looking at. */
  readContext?: () => Promise<MailContext | { mode: 'selection'; text: string } | null>;
  /** Insert at the cursor of the message being written. */
  insertText?: (text: string, html: string) => Promise<void>;
  /** Add recipients to the message being written, keeping the ones already there. */
  setRecipients?: (to: string[], cc: string[]) => Promise<void>;
  /** Open a new message (or a mailto: link) with this draft. */
  openDraft?: (draft: DraftToOpen) => Promise<void>;
  /** Put text on the clipboard, with an HTML flavour when given. */
  copy?: (text: string, html?: string) => Promise<void>;
  loadSettings: () => Promise<SettingsState>;
  saveSettings?: (settings: Settings) => Promise<void>;
}
