import { describe, expect, it } from 'vitest';
import { createAssistant, defaultPack, DEFAULT_SETTINGS } from '../../../shared/core/index';
import { outgoing, withHeaders } from '../../../shared/ui/outgoing';

const pack = defaultPack();
const assistant = createAssistant(pack);
const rsoIds = pack.contacts.filter((c) => c.emailSetting === 'rsoEmail').map((c) => c.id);
const REFUSAL = 'UNDSS refused to issue UN ID cards to our staff in Juba on Monday.';

describe('who the draft goes to', () => {
  it('moves the OSS mailbox to To when the RSO address is not set, and says the RSO is missing', () => {
    const s = assistant.suggest(REFUSAL, DEFAULT_SETTINGS);
    // The route itself: the RSO in To, OSS in Cc (from the seed's "refused services" rule).
    expect(s.recipients.to.map((r) => r.contactId)).toEqual(['rso']);
    const out = outgoing(s.recipients, rsoIds);
    expect(out.toEmails).toEqual(s.recipients.cc.map((r) => r.email));
    expect(out.toEmails.length).toBeGreaterThan(0);
    expect(out.ccEmails).toEqual([]);
    expect(out.rsoMissing).toBe(true);
    expect(out.moved).toBe(true);
  });

  it('keeps the route as it is once the RSO address is set', () => {
    const s = assistant.suggest(REFUSAL, { ...DEFAULT_SETTINGS, rsoEmail: 'rso.juba@example.org' });
    const out = outgoing(s.recipients, rsoIds);
    expect(out.toEmails).toEqual(['rso.juba@example.org']);
    expect(out.ccEmails).toEqual(s.recipients.cc.map((r) => r.email));
    expect(out.rsoMissing).toBe(false);
    expect(out.moved).toBe(false);
  });

  it('never leaves To empty while any recipient has an address, in every situation', () => {
    for (const sc of pack.scenarios) {
      const s = assistant.suggest('x', DEFAULT_SETTINGS, { scenarioId: sc.id });
      const out = outgoing(s.recipients, rsoIds);
      if (out.toEmails.length + out.ccEmails.length > 0) expect(out.toEmails.length, sc.id).toBeGreaterThan(0);
    }
  });

  it('puts To, Cc and Subject above the body of a copied draft', () => {
    const text = withHeaders(
      { to: 'À', cc: 'Cc', subject: 'Objet', colon: '\u202f: ' },
      { toEmails: ['a@example.org', 'b@example.org'], ccEmails: ['c@example.org'] },
      'Sujet',
      'Corps',
    );
    expect(text).toBe('À\u202f: a@example.org; b@example.org\nCc\u202f: c@example.org\nObjet\u202f: Sujet\n\nCorps');
  });
});
