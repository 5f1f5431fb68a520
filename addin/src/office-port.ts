// The Outlook adapter of the shared HostPort: it reads the message being read or written,
// inserts at the cursor, adds recipients, opens drafts and keeps settings in Outlook's
// roaming settings. It offers only what this Outlook can do (see requirements.ts) and
// every failure rejects with a sentence the pane shows.
import type { Lang } from '../../shared/core/model/vocabulary';
import type { Settings } from '../../shared/core/settings/check';
import type { DraftToOpen, HostPort, MailContext, SettingsState } from '../../shared/ui/port';
import { ADDIN_STRINGS, langFrom, type AddinStrings } from './messages';
import { officeAsync } from './office-async';
import { missingFeatures, supports, type Feature } from './requirements';
import { DIAGNOSTICS_KEY, SETTINGS_KEY } from './settings-key';
import { diagnosticsOn, showDiagnostics } from '../../shared/ui/diagnostics';
import { readStoredSettings } from '../../shared/core/settings/read';
import { errorText } from '../../shared/core/model/result';
import { debug } from '../../shared/core/model/debug';

type Item = Office.MessageRead & Office.MessageCompose;

export interface OfficePortOptions {
  /** The Office object; the global one by default (tests pass office-addin-mock). */
  office?: typeof Office;
  /** The language of the add-in's own messages; Outlook's display language by default. */
  lang?: Lang;
}

export interface OfficePort extends HostPort {
  /** False outside Outlook (a browser tab, a test page without a mailbox). */
  readonly inOutlook: boolean;
  readonly mode: 'read' | 'compose' | null;
  /** Features this Outlook lacks; the pane explains each one. */
  readonly missing: Feature[];
  readonly lang: Lang;
  readonly strings: AddinStrings;
}

export function createOfficePort(options: OfficePortOptions = {}): OfficePort {
  const office = options.office ?? (globalThis as { Office?: typeof Office }).Office;
  const context = office?.context;
  const mailbox = context?.mailbox;
  const lang = options.lang ?? langFrom(context?.displayLanguage);
  const t = ADDIN_STRINGS[lang];
  const requirements = context?.requirements;
  const has = (feature: Feature) => supports(requirements, feature);
  // The pane belongs to one item: the manifest does not let it be pinned, so Outlook opens a
  // fresh pane for each message and the mode below never changes under the person.
  const current = (): Item | null => (mailbox?.item as Item | undefined) ?? null;
  const first = current();
  const mode: OfficePort['mode'] = first ? (isCompose(first) ? 'compose' : 'read') : null;

  const base = {
    name: t.hostName,
    surface: 'mail-client' as const,
    inOutlook: Boolean(mailbox),
    mode,
    missing: mailbox ? missingFeatures(requirements) : [],
    lang,
    strings: t,
    copy: (text: string, html?: string) => copyToClipboard(text, html, t),
    loadSettings: () => loadSettings(context?.roamingSettings),
    saveSettings: context?.roamingSettings
      ? (settings: Settings) => saveSettings(context.roamingSettings, settings, t)
      : undefined,
    diagnostics: context?.roamingSettings ? diagnosticsIn(context.roamingSettings, t) : undefined,
  };
  if (!mailbox) return base;

  const readMessage = async (): Promise<MailContext | null> => {
    const item = current();
    if (!item) return null;
    const body = has('readBody')
      ? await officeAsync<string>(t.readBody, (cb) => item.body.getAsync('text' as Office.CoercionType, cb))
      : '';
    if (!isCompose(item)) {
      return {
        mode: 'read',
        subject: item.subject ?? '',
        from: addressOf(item.from ?? item.sender),
        to: (item.to ?? []).map(addressOf),
        cc: (item.cc ?? []).map(addressOf),
        body,
      };
    }
    const [subject, to, cc] = await Promise.all([
      officeAsync<string>(t.readSubject, (cb) => item.subject.getAsync(cb)),
      readRecipients(item.to, t),
      readRecipients(item.cc, t),
    ]);
    return { mode: 'compose', subject: subject ?? '', from: mailbox.userProfile?.emailAddress ?? '', to, cc, body };
  };

  // The assistant and the compose check both read the message when the pane opens: callers
  // that ask while a read is under way share it (one round trip to Exchange, not two). A later
  // call, such as "Check again", reads afresh.
  let reading: Promise<MailContext | null> | null = null;
  const readContext = (): Promise<MailContext | null> =>
    (reading ??= readMessage().finally(() => {
      reading = null;
    }));

  const openDraft = async (draft: DraftToOpen): Promise<void> => {
    const form = { toRecipients: draft.to, ccRecipients: draft.cc, subject: draft.subject, htmlBody: draft.html };
    // The Async form (Mailbox 1.9) reports failures; the older one can only throw.
    if (requirements?.isSetSupported('Mailbox', '1.9')) {
      await officeAsync<void>(t.openDraft, (cb) => mailbox.displayNewMessageFormAsync(form, cb));
    } else {
      runSync(t.openDraft, () => mailbox.displayNewMessageForm(form));
    }
  };

  if (mode === 'read') {
    return {
      ...base,
      readContext,
      openDraft: has('openNewMessage') ? openDraft : undefined,
      replyWith: async (_text, html) => {
        const item = current();
        if (!item) throw new Error(t.openReply);
        const form = { htmlBody: html };
        if (requirements?.isSetSupported('Mailbox', '1.9')) {
          await officeAsync<void>(t.openReply, (cb) => item.displayReplyFormAsync(form, cb));
        } else {
          runSync(t.openReply, () => item.displayReplyForm(form));
        }
      },
    };
  }

  return {
    ...base,
    readContext,
    openDraft: has('openNewMessage') ? openDraft : undefined,
    insertText: has('insertAtCursor')
      ? async (text, html) => {
          const item = current();
          if (!item) throw new Error(t.insert);
          // A plain-text message takes the plain text; HTML there would show its tags.
          const type = await officeAsync<string>(t.bodyType, (cb) => item.body.getTypeAsync(cb));
          const coercionType = (type === 'html' ? 'html' : 'text') as Office.CoercionType;
          await officeAsync<void>(t.insert, (cb) =>
            item.body.setSelectedDataAsync(type === 'html' ? html : text, { coercionType }, cb),
          );
        }
      : undefined,
    setRecipients: async (to, cc) => {
      const item = current();
      if (!item) throw new Error(t.addRecipients);
      const [haveTo, haveCc] = await Promise.all([readRecipients(item.to, t), readRecipients(item.cc, t)]);
      // Keep what the person chose; add only addresses not already on the message.
      const have = new Set([...haveTo, ...haveCc].map((a) => a.toLowerCase()));
      const addTo = unique(to).filter((a) => !have.has(a.toLowerCase()));
      addTo.forEach((a) => have.add(a.toLowerCase()));
      const addCc = unique(cc).filter((a) => !have.has(a.toLowerCase()));
      if (addTo.length) await officeAsync<void>(t.addRecipients, (cb) => item.to.addAsync(addTo, cb));
      if (addCc.length) await officeAsync<void>(t.addRecipients, (cb) => item.cc.addAsync(addCc, cb));
    },
  };
}

function isCompose(item: Item): boolean {
  // In compose mode the subject is an object with getAsync; in read mode it is a string.
  return typeof item.subject === 'object' && item.subject !== null && 'getAsync' in item.subject;
}

function addressOf(detail: Office.EmailAddressDetails | null | undefined): string {
  return detail?.emailAddress ?? '';
}

function readRecipients(recipients: Office.Recipients, t: AddinStrings): Promise<string[]> {
  return officeAsync<Office.EmailAddressDetails[]>(t.readRecipients, (cb) => recipients.getAsync(cb)).then((list) =>
    (list ?? []).map(addressOf).filter(Boolean),
  );
}

function unique(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((a) => a && !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()));
}

function runSync(what: string, fn: () => void): void {
  try {
    fn();
  } catch (error) {
    throw new Error(`${what}: ${errorText(error)}`);
  }
}

/** Reads stored settings; a value that is not valid is reset and named, never fatal. */
export async function loadSettings(roaming: Office.RoamingSettings | undefined): Promise<SettingsState> {
  const { settings, ignored } = readStoredSettings(roaming?.get(SETTINGS_KEY));
  return ignored.length ? { settings, locked: [], ignored } : { settings, locked: [] };
}

/** The diagnostics flag beside the settings in the roaming settings; applied as the pane starts. */
function diagnosticsIn(roaming: Office.RoamingSettings, t: AddinStrings): NonNullable<HostPort['diagnostics']> {
  showDiagnostics(diagnosticsOn(roaming.get(DIAGNOSTICS_KEY)));
  return {
    load: async () => diagnosticsOn(roaming.get(DIAGNOSTICS_KEY)),
    save: async (on: boolean) => {
      roaming.set(DIAGNOSTICS_KEY, on);
      await officeAsync<void>(t.saveSettings, (cb) => roaming.saveAsync(cb));
    },
  };
}

/** Saves settings the core's checkSettings accepts (loaded now: most opens never save). */
export async function saveSettings(
  roaming: Office.RoamingSettings,
  settings: Settings,
  t: AddinStrings,
): Promise<void> {
  const { checkSettings } = await import('../../shared/core/settings/check');
  const checked = checkSettings(settings);
  if (!checked.ok) throw new Error(t.invalidSettings(checked.error.map((p) => `${p.path} ${p.message}`).join('; ')));
  roaming.set(SETTINGS_KEY, checked.value);
  await officeAsync<void>(t.saveSettings, (cb) => roaming.saveAsync(cb));
}

/** Clipboard with an HTML flavour where the browser allows it, plain text otherwise. */
async function copyToClipboard(text: string, html: string | undefined, t: AddinStrings): Promise<void> {
  const clipboard = globalThis.navigator?.clipboard;
  if (!clipboard) throw new Error(t.noClipboard);
  if (html && typeof ClipboardItem !== 'undefined' && clipboard.write) {
    try {
      await clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return;
    } catch (error) {
      // Some Outlook hosts allow only plain text on the clipboard; fall through to that.
      debug('office-port: HTML clipboard', error);
    }
  }
  await clipboard.writeText(text);
}
