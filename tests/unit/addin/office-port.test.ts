// The Outlook adapter of the host port, against office-addin-mock.
import { describe, expect, it } from 'vitest';
import { createOfficePort } from '../../../addin/src/office-port';
import { ADDIN_STRINGS } from '../../../addin/src/messages';
import { officeAsync } from '../../../addin/src/office-async';
import { outlookMock } from '../../fixtures/outlook-mock';

const en = ADDIN_STRINGS.en;

describe('Outlook adapter, read mode', () => {
  const mock = () =>
    outlookMock({
      mode: 'read',
      subject: 'Checkpoint refused our convoy',
      from: 'field.manager@example.org',
      to: ['team@example.org'],
      cc: ['ops@example.org'],
      body: 'The army checkpoint at Km 12 refused passage this morning.',
    });

  it('reads subject, sender, recipients and body', async () => {
    const port = createOfficePort({ office: mock() });
    expect(port.inOutlook).toBe(true);
    expect(port.mode).toBe('read');
    expect(port.missing).toEqual([]);
    expect(await port.readContext?.()).toEqual({
      mode: 'read',
      subject: 'Checkpoint refused our convoy',
      from: 'field.manager@example.org',
      to: ['team@example.org'],
      cc: ['ops@example.org'],
      body: 'The army checkpoint at Km 12 refused passage this morning.',
    });
  });

  it('shares one read of the message between callers that ask at the same time, and reads afresh later', async () => {
    const office = mock();
    const body = office.context.mailbox.item.body as { getAsync: (...args: unknown[]) => void };
    const original = body.getAsync.bind(body);
    let reads = 0;
    body.getAsync = (...args: unknown[]) => {
      reads++;
      original(...args);
    };
    const port = createOfficePort({ office });
    const [first, second] = await Promise.all([port.readContext?.(), port.readContext?.()]);
    expect(first).toEqual(second);
    expect(reads).toBe(1);
    await port.readContext?.();
    expect(reads).toBe(2);
  });

  it('opens a new message with the recipients, subject and HTML body', async () => {
    const office = mock();
    const port = createOfficePort({ office });
    await port.openDraft?.({
      to: ['rso@example.org'],
      cc: ['osshq@iom.int'],
      subject: 'S',
      body: 'B',
      html: '<p>B &amp; C</p>',
    });
    expect(office.context.mailbox.opened).toEqual([
      {
        toRecipients: ['rso@example.org'],
        ccRecipients: ['osshq@iom.int'],
        subject: 'S',
        htmlBody: '<p>B &amp; C</p>',
      },
    ]);
  });

  it('opens the draft with the older call where Outlook lacks Mailbox 1.9', async () => {
    const office = outlookMock({ mode: 'read', mailbox: '1.6' });
    await createOfficePort({ office }).openDraft?.({
      to: ['a@example.org'],
      cc: [],
      subject: 'S',
      body: 'B',
      html: '<p>B</p>',
    });
    expect(office.context.mailbox.opened).toHaveLength(1);
    expect(office.context.mailbox.openedWith).toEqual(['displayNewMessageForm']);
    const current = outlookMock({ mode: 'read', mailbox: '1.9' });
    await createOfficePort({ office: current }).openDraft?.({ to: [], cc: [], subject: 'S', body: 'B', html: '' });
    expect(current.context.mailbox.openedWith).toEqual(['displayNewMessageFormAsync']);
  });

  it('replies with the excerpt quoted, also in an Outlook older than Mailbox 1.9, and offers no compose-only actions', async () => {
    const office = mock();
    const port = createOfficePort({ office });
    await port.replyWith?.('text', '<blockquote>x</blockquote>');
    expect(office.context.mailbox.item.replies).toEqual([{ htmlBody: '<blockquote>x</blockquote>' }]);
    const old = outlookMock({ mode: 'read', mailbox: '1.8' });
    await createOfficePort({ office: old }).replyWith?.('text', '<p>y</p>');
    expect(old.context.mailbox.item.replies).toEqual([{ htmlBody: '<p>y</p>' }]);
    expect(office.context.mailbox.item.repliedWith).toEqual(['displayReplyFormAsync']);
    expect(old.context.mailbox.item.repliedWith).toEqual(['displayReplyForm']);
    expect(port.insertText).toBeUndefined();
    expect(port.setRecipients).toBeUndefined();
  });
});

describe('Outlook adapter, compose mode', () => {
  const mock = (bodyType: 'html' | 'text' = 'html') =>
    outlookMock({
      mode: 'compose',
      subject: 'Denied access',
      to: ['RSO@example.org'],
      cc: [],
      body: 'They refused us at the border.',
      bodyType,
    });

  it('reads what is being written', async () => {
    const port = createOfficePort({ office: mock() });
    expect(port.mode).toBe('compose');
    expect(await port.readContext?.()).toEqual({
      mode: 'compose',
      subject: 'Denied access',
      from: 'me@example.org',
      to: ['RSO@example.org'],
      cc: [],
      body: 'They refused us at the border.',
    });
  });

  it('inserts HTML at the cursor of an HTML message, text in a plain-text one', async () => {
    const html = mock('html');
    await createOfficePort({ office: html }).insertText?.('plain', '<p>rich</p>');
    expect(html.context.mailbox.item.body.inserted).toEqual([{ data: '<p>rich</p>', coercionType: 'html' }]);
    const text = mock('text');
    await createOfficePort({ office: text }).insertText?.('plain', '<p>rich</p>');
    expect(text.context.mailbox.item.body.inserted).toEqual([{ data: 'plain', coercionType: 'text' }]);
  });

  it('adds recipients without removing or repeating the ones already there', async () => {
    const office = mock();
    await createOfficePort({ office }).setRecipients?.(
      ['rso@example.org', 'oss@iom.int'],
      ['osshq@iom.int', 'oss@iom.int'],
    );
    const item = office.context.mailbox.item;
    expect(item.to.added).toEqual(['oss@iom.int']);
    expect(item.cc.added).toEqual(['osshq@iom.int']);
    expect(item.to.list.map((r) => r.emailAddress)).toEqual(['RSO@example.org', 'oss@iom.int']);
  });
});

describe('Outlook adapter, failures and limits', () => {
  it('rejects with a clear message when body.getAsync fails', async () => {
    const port = createOfficePort({
      office: outlookMock({ mode: 'read', failBody: 'The item is no longer available.' }),
    });
    await expect(port.readContext?.()).rejects.toThrow(`${en.readBody}: The item is no longer available. (9017)`);
  });

  it('rejects instead of hanging when Outlook never answers', async () => {
    const never = officeAsync<string>(en.readBody, () => undefined, 20);
    await expect(never).rejects.toThrow(en.readBody);
  });

  it('says which features an old Outlook lacks and offers only what it can do', async () => {
    const office = outlookMock({ mode: 'compose', mailbox: '1.1', subject: 'S', body: 'never read' });
    const port = createOfficePort({ office });
    expect(port.missing).toEqual(['readBody', 'insertAtCursor', 'openNewMessage']);
    expect(port.insertText).toBeUndefined();
    expect(port.openDraft).toBeUndefined();
    // Subject and recipients still work; the body is not asked for.
    expect(await port.readContext?.()).toMatchObject({ subject: 'S', body: '' });
    expect(port.strings.missingFeature.readBody).toContain('1.3');
  });

  it('speaks the language Outlook runs in', () => {
    const port = createOfficePort({ office: outlookMock({ mode: 'read', displayLanguage: 'fr-FR' }) });
    expect(port.strings).toBe(ADDIN_STRINGS.fr);
  });

  it('outside Outlook offers no message actions, and settings are the defaults', async () => {
    const port = createOfficePort({ office: undefined });
    expect(port.inOutlook).toBe(false);
    expect(port.readContext).toBeUndefined();
    expect(port.openDraft).toBeUndefined();
    expect((await port.loadSettings()).settings.rsoEmail).toBe('');
  });
});

describe('Outlook adapter, settings in roaming settings', () => {
  it('saves valid settings and reads them back', async () => {
    const office = outlookMock({ mode: 'read' });
    const port = createOfficePort({ office });
    const { settings } = await port.loadSettings();
    await port.saveSettings?.({ ...settings, rsoEmail: 'rso.kabul@example.org', rsoName: 'A. Rahimi' });
    expect(office.context.roamingSettings.saved).toBe(1);
    expect((await port.loadSettings()).settings).toMatchObject({
      rsoEmail: 'rso.kabul@example.org',
      rsoName: 'A. Rahimi',
    });
  });

  it('refuses invalid settings with the reason, and saves nothing', async () => {
    const office = outlookMock({ mode: 'read' });
    const port = createOfficePort({ office });
    const { settings } = await port.loadSettings();
    await expect(port.saveSettings?.({ ...settings, rsoEmail: 'not-an-address' })).rejects.toThrow(/rsoEmail/);
    expect(office.context.roamingSettings.saved).toBe(0);
  });

  it('resets a stored value that is no longer valid and names it', async () => {
    const office = outlookMock({ mode: 'read', stored: { settings: { rsoEmail: 'broken', rsoName: 'Kept' } } });
    const state = await createOfficePort({ office }).loadSettings();
    expect(state.settings).toMatchObject({ rsoEmail: '', rsoName: 'Kept' });
    expect(state.ignored).toEqual(['rsoEmail']);
  });
});

describe('diagnostics in the pane', () => {
  it('stores the switch in the roaming settings, off by default, and saves it', async () => {
    const office = outlookMock({ mode: 'read' });
    const port = createOfficePort({ office });
    expect(await port.diagnostics?.load()).toBe(false);
    await port.diagnostics?.save(true);
    expect(office.context.roamingSettings.values.diagnostics).toBe(true);
    expect(office.context.roamingSettings.saved).toBe(1);
    expect(await port.diagnostics?.load()).toBe(true);
  });
});
