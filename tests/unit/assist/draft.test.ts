import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createAssistant,
  defaultPack,
  DEFAULT_SETTINGS,
  LANGS,
  message,
  type Settings,
} from '../../../shared/core/index';

const pack = defaultPack();
const assistant = createAssistant(pack);
const full: Settings = {
  ...DEFAULT_SETTINGS,
  rsoEmail: 'rso@example.org',
  rsoName: 'Dana Rossi',
  dutyStation: 'Juba',
  senderName: 'Sam Lee',
  opsCentrePhone: '+00 2 555 0100',
};

describe('drafts', () => {
  it('never leave template residue, in any scenario, language or settings', () => {
    // Braces are left out of the values: a person's own "{{" is their text, tested below.
    const value = fc.string({ maxLength: 40 }).map((v) => v.replace(/[{}]/g, ''));
    const settings = fc.record({ rsoName: value, dutyStation: value, senderName: value });
    fc.assert(
      fc.property(
        fc.constantFrom(...pack.scenarios.map((s) => s.id)),
        fc.constantFrom(...LANGS),
        settings,
        value,
        (id, lang, partial, text) => {
          const s = assistant.suggest(text, { ...DEFAULT_SETTINGS, ...partial }, { scenarioId: id, language: lang });
          const all = `${s.draft.subject}\n${s.draft.body}`;
          expect(all).not.toMatch(/\{\{|\}\}/);
          expect(s.draft.subject.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('treat placeholders inside a setting or the email as plain text, never expanding them', () => {
    const s = assistant.suggest('UNDSS refused UN ID cards in {{senderName}} yesterday.', {
      ...full,
      dutyStation: '{{rsoEmail}}',
    });
    expect(s.draft.body).toContain('{{rsoEmail}}');
    expect(s.draft.body).not.toContain('rso@example.org');
  });

  it('fill the sender settings and the facts found in the text', () => {
    const s = assistant.suggest(
      'On 12 March the Designated Official in Malakal refused to issue UN ID cards to our staff.',
      full,
    );
    expect(s.scenario.id).toBe('service-refused');
    expect(s.facts).toMatchObject({
      date: '12 March',
      place: 'Malakal',
      whatRefused: 'UN ID cards',
      refusedBy: 'the Designated Official',
    });
    expect(s.draft.subject).toBe('UN security services refused to IOM – Malakal');
    expect(s.draft.body).toMatch(/^Dear Dana Rossi,/);
    expect(s.draft.body).toContain('- Refused by: “the Designated Official”');
    expect(s.draft.body).toMatch(/Sam Lee\nJuba$/);
    expect(s.draft.missing).toEqual([]);
  });

  it('list what is missing, mark it plainly in the body, and never invent the RSO address', () => {
    const s = assistant.suggest('UNDSS refused to issue UN ID cards to our staff.', DEFAULT_SETTINGS);
    expect(s.recipients.to[0]).toMatchObject({ contactId: 'rso', email: null });
    expect(s.draft.missing).toEqual(expect.arrayContaining(['rsoEmail', 'place', 'date', 'senderName', 'dutyStation']));
    expect(s.draft.body).toContain(`- ${message('en', 'fact.place')}: ${message('en', 'draft.blank')}`);
    expect(s.draft.body).toContain(message('en', 'draft.toComplete', { label: message('en', 'setting.senderName') }));
  });

  it('quote the excerpts with their source and date', () => {
    const s = assistant.suggest('UNDSS refused to issue UN ID cards to our staff.', full);
    for (const e of s.excerpts) {
      expect(s.draft.body).toContain(`“${e.text}”`);
      expect(e.citation).toContain('IOM Emergency Manual — IOM Security Management System');
      expect(e.citation).toContain('updated 19 Oct 2022');
    }
  });

  it('are written in French and Spanish, dates included', () => {
    const fr = assistant.suggest("L'UNDSS refuse de délivrer des cartes d'identité ONU à notre personnel.", full);
    expect(fr.draft.language).toBe('fr');
    expect(fr.draft.subject).toMatch(/^Services de sécurité de l’ONU refusés/);
    expect(fr.draft.body).toContain('mis à jour le 19 oct. 2022');
    const es = assistant.suggest('Dos colegas fueron secuestrados por un grupo armado ayer.', full);
    expect(es.draft.subject).toMatch(/^URGENTE/);
    expect(es.draft.body).toContain('- Fecha y hora: «ayer»');
  });
});

describe('checkDraft', () => {
  const refusal = {
    subject: 'UN ID refused',
    body: 'UNDSS refused to issue UN ID cards to our staff in Juba on Monday.',
  };

  it('warns when a refusal goes out without the RSO', () => {
    const c = assistant.checkDraft({ to: ['OSS@iom.int'], cc: [], ...refusal }, full);
    expect(c.scenarioId).toBe('service-refused');
    expect(c.warnings).toContainEqual(
      expect.objectContaining({ code: 'missing-rso', severity: 'warning', add: { to: ['rso@example.org'], cc: [] } }),
    );
  });

  it('is satisfied with the RSO in To and OSS in Cc, addresses in any case or with names', () => {
    const c = assistant.checkDraft({ to: ['Dana Rossi <RSO@example.org>'], cc: ['oss@iom.int'], ...refusal }, full);
    expect(c.warnings.filter((w) => w.severity !== 'info')).toEqual([]);
  });

  it('says the RSO address is not set rather than guessing', () => {
    const c = assistant.checkDraft({ to: ['someone@example.org'], cc: [], ...refusal }, DEFAULT_SETTINGS);
    expect(c.warnings.map((w) => w.code)).toContain('rso-not-configured');
    expect(c.warnings.map((w) => w.code)).not.toContain('missing-rso');
  });

  it('warns when a policy question goes to the generic mailbox', () => {
    const c = assistant.checkDraft(
      { to: ['OSS@iom.int'], cc: [], subject: 'SSAFE', body: 'Where is the next SSAFE training session?' },
      full,
    );
    expect(c.warnings).toContainEqual(
      expect.objectContaining({ code: 'wrong-mailbox', severity: 'warning', add: { to: ['OSSHQ@iom.int'], cc: [] } }),
    );
  });

  it('reminds to call the Operations Centre for an abduction, and lists missing facts', () => {
    const c = assistant.checkDraft(
      { to: ['rso@example.org'], cc: ['OSS@iom.int'], subject: 'Abduction', body: 'Our driver was kidnapped.' },
      full,
    );
    expect(c.warnings).toContainEqual(
      expect.objectContaining({
        code: 'call-ops-centre',
        message: message('en', 'warn.callOpsCentre', { phone: '+00 2 555 0100' }),
      }),
    );
    expect(c.warnings.find((w) => w.code === 'missing-facts')?.message).toMatch(/Place/);
  });

  it('has nothing to say about a message that is not a security matter', () => {
    expect(
      assistant.checkDraft(
        { to: ['a@example.org'], cc: [], subject: 'Minutes', body: 'Please find attached the minutes.' },
        full,
      ).warnings,
    ).toEqual([]);
  });

  it('speaks the person’s language', () => {
    const c = assistant.checkDraft(
      {
        to: ['OSS@iom.int'],
        cc: [],
        subject: 'Refus',
        body: "L'UNDSS refuse de délivrer des cartes d'identité ONU à notre personnel.",
      },
      full,
    );
    expect(c.language).toBe('fr');
    expect(c.warnings.find((w) => w.code === 'missing-rso')?.message).toMatch(/ne figure pas parmi les destinataires/);
  });
});

describe('search', () => {
  it('finds excerpts, services and contacts in all three languages, typos included', () => {
    expect(assistant.search('UN ID').map((h) => h.id)).toContain('guidance-refusal');
    expect(assistant.search('carte identité').map((h) => h.id)).toContain('guidance-refusal');
    expect(assistant.search('rehenes')[0]?.id).toMatch(/hostage/);
    expect(assistant.search('hostge').map((h) => h.id)).toContain('hostage-incident-management');
    expect(
      assistant.search('policies trainings').some((h) => h.type === 'contact' && h.email === 'OSSHQ@iom.int'),
    ).toBe(true);
  });

  it('returns text in the asked language with a citation', () => {
    const hit = assistant.search('MOU 2013', { language: 'es' }).find((h) => h.id === 'mou-2013');
    expect(hit?.text).toMatch(/^Las obligaciones/);
    expect(hit?.citation).toContain('actualizado el 19 oct. 2022');
  });

  it('treats Fuse operators in a query as text and ignores empty queries', () => {
    expect(() => assistant.search("!^'=$|")).not.toThrow();
    expect(assistant.search('   ')).toEqual([]);
  });
});
