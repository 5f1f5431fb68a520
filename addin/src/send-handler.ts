// The send-time check (Outlook Smart Alerts, OnMessageSend). It reads the message being
// sent, runs the core's checkDraft, and asks the person to look again only when an
// escalation misses the Regional Security Officer or a question goes to the wrong mailbox.
// Its own failures never stop a send: any error or a slow answer lets the message go.
import type { Lang, Settings } from '../../shared/core/pack/schema';
import type { DraftCheck, DraftWarning } from '../../shared/core/model/types';
import { ADDIN_STRINGS } from './messages';
import { officeAsync } from './office-async';
import { SETTINGS_KEY } from './settings-key';
import { readStoredSettings, STORED_DEFAULTS } from '../../shared/core/settings/read';
import { debug } from '../../shared/core/model/debug';

/** The name manifest.xml's LaunchEvent FunctionName refers to. */
export const SEND_HANDLER_NAME = 'onMessageSendHandler';
/** The compose button in manifest.xml; Outlook (Mailbox 1.14) opens its pane from the prompt. */
export const COMPOSE_PANE_COMMAND_ID = 'ossComposePaneButton';
/** Warnings that are worth stopping a send for; the rest are shown in the pane only. */
export const BLOCKING_WARNINGS: readonly DraftWarning['code'][] = ['missing-rso', 'wrong-mailbox'];
/** Well inside Outlook's own limit, so the person is never left waiting on us. */
export const SEND_CHECK_TIMEOUT_MS = 8_000;
/** Outlook shows at most 500 characters of errorMessage. */
export const MAX_PROMPT_CHARS = 500;

export interface DraftInput {
  to: string[];
  cc: string[];
  subject: string;
  body: string;
}

export type CheckDraft = (draft: DraftInput, settings: Settings) => DraftCheck;

export interface SendEvent {
  completed(options?: Office.SmartAlertsEventCompletedOptions): void;
}

export interface SendHandlerOptions {
  office: typeof Office;
  checkDraft: CheckDraft;
  timeoutMs?: number;
}

export function createSendHandler(options: SendHandlerOptions): (event: SendEvent) => Promise<void> {
  const timeoutMs = options.timeoutMs ?? SEND_CHECK_TIMEOUT_MS;
  return async (event) => {
    let done = false;
    const complete = (result: Office.SmartAlertsEventCompletedOptions) => {
      if (done) return;
      done = true;
      try {
        event.completed(result);
      } catch (error) {
        // Nothing more can be done from here; Outlook applies its own timeout.
        debug('send-handler: complete', error);
      }
    };
    const timer = setTimeout(() => complete({ allowEvent: true }), timeoutMs);
    try {
      complete(await decide(options.office, options.checkDraft, timeoutMs));
    } catch (error) {
      // Fail open: a bug or an Outlook error here must never keep an email from being sent.
      debug('send-handler: decide', error);
      complete({ allowEvent: true });
    } finally {
      clearTimeout(timer);
    }
  };
}

async function decide(
  office: typeof Office,
  checkDraft: CheckDraft,
  timeoutMs: number,
): Promise<Office.SmartAlertsEventCompletedOptions> {
  const item = office.context.mailbox.item as Office.MessageCompose;
  const what = 'read message';
  const recipients = (r: Office.Recipients) =>
    officeAsync<Office.EmailAddressDetails[]>(what, (cb) => r.getAsync(cb), timeoutMs).then((list) =>
      (list ?? []).map((d) => d.emailAddress).filter(Boolean),
    );
  const [to, cc, subject, body] = await Promise.all([
    recipients(item.to),
    recipients(item.cc),
    officeAsync<string>(what, (cb) => item.subject.getAsync(cb), timeoutMs),
    officeAsync<string>(what, (cb) => item.body.getAsync('text' as Office.CoercionType, cb), timeoutMs),
  ]);
  const check = checkDraft({ to, cc, subject: subject ?? '', body: body ?? '' }, readSettings(office));
  const blocking = check.warnings.filter((w) => BLOCKING_WARNINGS.includes(w.code));
  if (blocking.length === 0) return { allowEvent: true };
  const result: Office.SmartAlertsEventCompletedOptions = {
    allowEvent: false,
    errorMessage: promptText(check.language, blocking),
  };
  // Mailbox 1.14 lets the prompt's "Don't send" button open the pane to fix the recipients.
  if (office.context.requirements?.isSetSupported('Mailbox', '1.14')) {
    result.cancelLabel = ADDIN_STRINGS[check.language].sendCheckFix;
    result.commandId = COMPOSE_PANE_COMMAND_ID;
  }
  return result;
}

/** The prompt Outlook shows, in the message's language, within Outlook's length limit. */
export function promptText(lang: Lang, warnings: DraftWarning[]): string {
  const intro = ADDIN_STRINGS[lang].sendCheckIntro;
  const text = [intro, ...warnings.map((w) => w.message)].join('\n');
  return text.length <= MAX_PROMPT_CHARS ? text : `${text.slice(0, MAX_PROMPT_CHARS - 1)}…`;
}

/** Settings saved by the pane, read without the schema library (see shared/core/settings-read.ts). */
export function readSettings(office: typeof Office): Settings {
  try {
    return readStoredSettings(office.context.roamingSettings?.get(SETTINGS_KEY)).settings;
  } catch (error) {
    debug('send-handler: read settings', error);
    return { ...STORED_DEFAULTS };
  }
}
