// The one small port each host implements. Every part is optional: a host offers
// only what it can do (the browser cannot insert at a cursor; Outlook can), and the
// UI shows only the actions a host offers. Each member does one thing.
import type { Settings } from '../core/pack/schema';

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
  /** Stored values that failed validation and were replaced by defaults (the UI says so). */
  ignored?: (keyof Settings)[];
}

export interface HostPort {
  /** Short name shown in the UI footer, e.g. "Chrome extension" or "Outlook". */
  readonly name: string;
  /** What readContext reads and where openDraft opens, for the wording of their buttons. */
  readonly surface?: 'browser' | 'mail-client';
  /**
   * The message (Outlook) or the selected text (browser) the person is looking at.
   * Resolves null when there is nothing (no selection); rejects when the host cannot
   * read the page at all (a browser page, a store page), and the UI says so.
   */
  readContext?: () => Promise<MailContext | { mode: 'selection'; text: string } | null>;
  /** Insert at the cursor of the message being written. */
  insertText?: (text: string, html: string) => Promise<void>;
  /** Open a reply to the message being read, with this text in it (Outlook read mode: "Reply with excerpt"). */
  replyWith?: (text: string, html: string) => Promise<void>;
  /** Add recipients to the message being written, keeping the ones already there. */
  setRecipients?: (to: string[], cc: string[]) => Promise<void>;
  /**
   * Open a new message (or a mailto: link) with this draft. Resolves 'copied' when the
   * host could not open it (a mailto: link too long) and put it on the clipboard instead.
   */
  openDraft?: (draft: DraftToOpen) => Promise<void | 'copied'>;
  /** Put text on the clipboard, with an HTML flavour when given. */
  copy?: (text: string, html?: string) => Promise<void>;
  /** Show the settings (the browser's options page; a settings view in the pane). */
  openSettings?: () => void;
  loadSettings: () => Promise<SettingsState>;
  saveSettings?: (settings: Settings) => Promise<void>;
  /** "Show diagnostics in the console" (see diagnostics.ts): read and saved beside the settings. */
  diagnostics?: { load: () => Promise<boolean>; save: (on: boolean) => Promise<void> };
}
