// The send-time check (Smart Alerts) against office-addin-mock: it prompts only for an
// escalation that misses the RSO or goes to the wrong mailbox, and lets everything else
// (including its own failures) through.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BLOCKING_WARNINGS,
  COMPOSE_PANE_COMMAND_ID,
  createSendHandler,
  MAX_PROMPT_CHARS,
  SEND_HANDLER_NAME,
  type CheckDraft,
} from '../../../addin/src/send-handler';
import { ADDIN_STRINGS } from '../../../addin/src/messages';
import type { DraftCheck, DraftWarning } from '../../../shared/core/model/types';
import { checkPack, createAssistant, defaultPack } from '../../../shared/core';
import { DEFAULT_PACK } from '../../../shared/core/pack/default-pack';
import { outlookMock, type MockOptions } from '../../fixtures/outlook-mock';

const compose = (over: Partial<MockOptions> = {}) =>
  outlookMock({
    mode: 'compose',
    subject: 'Access denied',
    to: ['oss@iom.int'],
    body: 'Refused at checkpoint.',
    ...over,
  });

const warning = (code: DraftWarning['code'], message: string): DraftWarning => ({ code, severity: 'warning', message });
const checkWith =
  (check: Omit<DraftCheck, 'scenarioId'>): CheckDraft =>
  () => ({ scenarioId: 'access-denied', ...check });

async function send(office: typeof Office, checkDraft: CheckDraft, timeoutMs?: number) {
  const completed = vi.fn();
  await createSendHandler({ office, checkDraft, timeoutMs })({ completed });
  expect(completed).toHaveBeenCalledTimes(1);
  return completed.mock.calls[0]?.[0] as Office.SmartAlertsEventCompletedOptions;
}

describe('send-time check', () => {
  it('lets a message with no blocking warning go', async () => {
    const result = await send(
      compose(),
      checkWith({ language: 'en', warnings: [warning('missing-facts', 'Say where.')] }),
    );
    expect(result).toEqual({ allowEvent: true });
  });

  it('passes the message and the saved settings to checkDraft', async () => {
    const office = compose({
      cc: ['boss@example.org'],
      stored: { settings: { rsoEmail: 'rso@example.org', language: 'fr', junk: 1 } },
    });
    const checkDraft = vi.fn<CheckDraft>(() => ({ scenarioId: 'x', language: 'en', warnings: [] }));
    await send(office, checkDraft);
    expect(checkDraft).toHaveBeenCalledWith(
      { to: ['oss@iom.int'], cc: ['boss@example.org'], subject: 'Access denied', body: 'Refused at checkpoint.' },
      expect.objectContaining({ rsoEmail: 'rso@example.org', language: 'fr', rsoName: '' }),
    );
  });

  it.each(BLOCKING_WARNINGS)(
    'prompts for %s, in the message language, with a button to open the pane',
    async (code) => {
      const result = await send(compose(), checkWith({ language: 'es', warnings: [warning(code, 'Falta el RSO.')] }));
      expect(result.allowEvent).toBe(false);
      expect(result.errorMessage).toBe(`${ADDIN_STRINGS.es.sendCheckIntro}\nFalta el RSO.`);
      expect(result.cancelLabel).toBe(ADDIN_STRINGS.es.sendCheckFix);
      expect(result.commandId).toBe(COMPOSE_PANE_COMMAND_ID);
    },
  );

  it('prompts without the pane button where Outlook lacks Mailbox 1.14, within 500 characters', async () => {
    const long = 'x'.repeat(900);
    const result = await send(
      compose({ mailbox: '1.12' }),
      checkWith({ language: 'en', warnings: [warning('missing-rso', long)] }),
    );
    expect(result.allowEvent).toBe(false);
    expect(result.errorMessage?.length).toBeLessThanOrEqual(MAX_PROMPT_CHARS);
    expect(result.cancelLabel).toBeUndefined();
    expect(result.commandId).toBeUndefined();
  });

  it('fails open when Outlook cannot read the message', async () => {
    const result = await send(
      compose({ failBody: 'boom' }),
      checkWith({ language: 'en', warnings: [warning('missing-rso', 'x')] }),
    );
    expect(result).toEqual({ allowEvent: true });
  });

  it('fails open when the check itself throws', async () => {
    const result = await send(compose(), () => {
      throw new Error('bug');
    });
    expect(result).toEqual({ allowEvent: true });
  });

  it('fails open, once, when Outlook does not answer in time', async () => {
    const result = await send(
      compose({ hangBody: true }),
      checkWith({ language: 'en', warnings: [warning('missing-rso', 'x')] }),
      30,
    );
    expect(result).toEqual({ allowEvent: true });
  });
});

describe('send-time check with the real core', () => {
  const assistant = createAssistant(defaultPack());
  const realCheck: CheckDraft = (draft, settings) => assistant.checkDraft(draft, settings);
  const stored = { settings: { rsoEmail: 'rso.kabul@example.org', rsoName: 'A. Rahimi' } };

  it('the script builds its assistant from the default pack, which is a valid pack', () => {
    expect(checkPack(DEFAULT_PACK).ok).toBe(true);
    expect(createAssistant(DEFAULT_PACK).pack.scenarios.length).toBe(defaultPack().scenarios.length);
  });

  it('prompts for a refusal escalation sent without the RSO', async () => {
    const office = compose({
      subject: 'Clearance refused for the Kandahar mission',
      body: 'UNDSS refused to give security clearance for our mission to Kandahar tomorrow.',
      to: ['OSS@iom.int'],
      stored,
    });
    const result = await send(office, realCheck);
    expect(result.allowEvent).toBe(false);
    expect(result.errorMessage?.startsWith(ADDIN_STRINGS.en.sendCheckIntro)).toBe(true);
    expect(result.errorMessage).toContain('rso.kabul@example.org');
  });

  it('prompts in French for a French escalation', async () => {
    const office = compose({
      subject: 'Refus d’autorisation de mission',
      body: 'L’UNDSS a refusé l’autorisation de sécurité pour notre mission à Goma demain.',
      to: ['OSS@iom.int'],
      stored,
    });
    const result = await send(office, realCheck);
    expect(result.allowEvent).toBe(false);
    expect(result.errorMessage?.startsWith(ADDIN_STRINGS.fr.sendCheckIntro)).toBe(true);
  });

  it('prompts for a policy question sent to the wrong mailbox', async () => {
    const office = compose({
      subject: 'BSAFE security training for new staff',
      body: 'Is the BSAFE security training mandatory for consultants before travel?',
      to: ['OSS@iom.int'],
      stored,
    });
    const result = await send(office, realCheck);
    expect(result.allowEvent).toBe(false);
    expect(result.errorMessage).toContain('OSSHQ@iom.int');
  });

  it('lets the same escalation go once the RSO is on it', async () => {
    const office = compose({
      subject: 'Clearance refused for the Kandahar mission',
      body: 'UNDSS refused to give security clearance for our mission to Kandahar tomorrow.',
      to: ['rso.kabul@example.org'],
      cc: ['OSS@iom.int'],
      stored,
    });
    expect(await send(office, realCheck)).toEqual({ allowEvent: true });
  });

  it('lets an everyday message go', async () => {
    const office = compose({
      subject: 'Lunch on Friday?',
      body: 'Shall we meet at noon?',
      to: ['colleague@example.org'],
      stored,
    });
    expect(await send(office, realCheck)).toEqual({ allowEvent: true });
  });
});

describe('send-time script entry', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
    vi.resetModules();
  });

  it('associates the handler under the name the manifest uses', async () => {
    const associate = vi.fn();
    (globalThis as { Office?: unknown }).Office = { actions: { associate } };
    await import('../../../addin/src/send-check');
    expect(associate).toHaveBeenCalledWith(SEND_HANDLER_NAME, expect.any(Function));
  });
});
