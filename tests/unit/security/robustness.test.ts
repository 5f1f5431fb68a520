// Bad input: every case gets a defined outcome (a result or a clear problem), never a crash or
// a hang. Time is bounded by the core's own limits (MAX_INPUT, MAX_QUERY, MAX_PACK_BYTES), so
// these tests assert outcomes, not durations; the generous timeout only catches a hang.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  MAX_INPUT,
  MAX_PACK_BYTES,
  checkPack,
  checkSettings,
  createAssistant,
  defaultPack,
  detectLanguage,
  htmlToText,
  parsePackText,
  readEmail,
  trimThread,
  type Suggestion,
} from '../../../shared/core/index';

const pack = defaultPack();
const assistant = createAssistant(pack);
const scenarioIds = new Set(['none', ...pack.scenarios.map((s) => s.id)]);
const LONG = 120_000;

/** What every suggestion must be, whatever the input: a known scenario, a language, plain strings. */
function expectWellFormed(s: Suggestion): void {
  expect(scenarioIds.has(s.scenario.id)).toBe(true);
  expect(['en', 'fr', 'es']).toContain(s.language);
  expect(s.scenario.confidence).toBeGreaterThanOrEqual(0);
  expect(s.scenario.confidence).toBeLessThanOrEqual(1);
  expect(typeof s.draft.subject).toBe('string');
  expect(typeof s.draft.body).toBe('string');
  // The CLI prints it as JSON and hosts pass it between pages: it must survive that.
  expect(JSON.parse(JSON.stringify(s))).toEqual(s);
}

const suggest = (text: string) => assistant.suggest(text, DEFAULT_SETTINGS);

describe('empty and blank text', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['whitespace of every kind', ' \t\n\r\u00a0\u2003\u200b\ufeff\n'],
  ])('%s is "not a security matter"', (_name, text) => {
    const s = suggest(text);
    expectWellFormed(s);
    expect(s.scenario.id).toBe('none');
    expect(s.draft.body).toBe('');
    expect(s.recipients).toEqual({ to: [], cc: [] });
  });

  it('gives no warnings for an empty message and no hits for an empty query', () => {
    expect(assistant.checkDraft({ to: [], cc: [], subject: '', body: '' }, DEFAULT_SETTINGS).warnings).toEqual([]);
    expect(assistant.search('')).toEqual([]);
    expect(assistant.search(' \n\t ')).toEqual([]);
  });
});

describe('very long text', () => {
  const fiveMb = `Our driver was kidnapped near Goma this morning.\n${'The convoy waited at the checkpoint for the escort. '.repeat(100_000)}`;

  it('reads at most MAX_INPUT characters of a 5 MB paste and still answers', () => {
    expect(fiveMb.length).toBeGreaterThan(5_000_000);
    expect(trimThread(fiveMb).text.length).toBeLessThanOrEqual(MAX_INPUT);
    const s = suggest(fiveMb);
    expectWellFormed(s);
    expect(s.scenario.id).toBe('hostage-incident');
  }, 60_000);

  it('checks a 5 MB draft and searches with a 5 MB query', () => {
    const check = assistant.checkDraft(
      { to: ['OSS@iom.int'], cc: [], subject: 'Kidnapping', body: fiveMb },
      DEFAULT_SETTINGS,
    );
    expect(check.scenarioId).toBe('hostage-incident');
    expect(Array.isArray(assistant.search(fiveMb))).toBe(true);
  }, 60_000);

  it('answers on long runs that make careless patterns backtrack', () => {
    const runs = ['-', ' ', '_', '>', '1', '1.', 'on ', "n't ", 'Goma ', '12 january ', 'our national '];
    for (const run of runs) {
      const s = suggest(`Our driver was kidnapped.\n${run.repeat(Math.ceil(LONG / run.length))}?`);
      expectWellFormed(s);
      expect(s.scenario.id, JSON.stringify(run)).toBe('hostage-incident');
    }
  }, 60_000);
});

describe('any text at all', () => {
  it('suggest, checkDraft, search and detectLanguage never throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expectWellFormed(suggest(text));
        expect(
          Array.isArray(
            assistant.checkDraft({ to: [text], cc: [text], subject: text, body: text }, DEFAULT_SETTINGS).warnings,
          ),
        ).toBe(true);
        expect(Array.isArray(assistant.search(text))).toBe(true);
        expect(['en', 'fr', 'es']).toContain(detectLanguage(text));
      }),
      { numRuns: 300 },
    );
  });

  it('lone surrogates, control characters and NUL are text like any other', () => {
    for (const text of [
      '\ud800 kidnapped \udfff',
      'kidnapped\u0000\u0001\u0007\u001b[31m',
      '\u202eDEPPANDIK\u202c kidnapped',
    ]) {
      const s = suggest(text);
      expectWellFormed(s);
      expect(s.scenario.id).toBe('hostage-incident');
    }
  });
});

describe('right-to-left, mixed scripts and emoji', () => {
  it.each([
    ['Arabic around English', 'مرحبا، Our driver was kidnapped this morning near Goma. شكرا'],
    ['Hebrew with direction marks', '\u200fשלום\u200e Our driver was kidnapped\u200f'],
    ['emoji and flags', '🚨🚨 Our driver was kidnapped 😢🙏 🇨🇩 👨‍👩‍👧'],
    ['Cyrillic and CJK around French', 'Привет 你好 Notre chauffeur a été enlevé ce matin.'],
  ])('%s still routes on the words it knows', (_name, text) => {
    const s = suggest(text);
    expectWellFormed(s);
    expect(s.scenario.id).toBe('hostage-incident');
  });

  it('a message in another script only is "not a security matter", in a language we speak', () => {
    const s = suggest('تم اختطاف السائق هذا الصباح 🚨');
    expectWellFormed(s);
    expect(s.scenario.id).toBe('none');
  });

  it('any mix of scripts gives a well-formed suggestion', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => expectWellFormed(suggest(text))),
      { numRuns: 300 },
    );
  });
});

describe('binary and invalid UTF-8 through readEmail', () => {
  it('any bytes give text (or an empty message), never a rejection', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const email = await readEmail(bytes);
        expect(typeof email.text).toBe('string');
        expect(typeof email.subject).toBe('string');
        expectWellFormed(suggest(email.text));
      }),
      { numRuns: 200 },
    );
  });

  it('invalid UTF-8 becomes replacement characters around the readable words', async () => {
    const bytes = new Uint8Array([
      0xff,
      0xfe,
      ...new TextEncoder().encode(' Our driver was kidnapped '),
      0xc3,
      0x28,
      0xed,
      0xa0,
      0x80,
    ]);
    const email = await readEmail(bytes);
    expect(email.text).toContain('\ufffd');
    expect(suggest(email.text).scenario.id).toBe('hostage-incident');
  });

  it('bytes that start like headers are parsed as MIME without failing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 1000 }), async (tail) => {
        const head = new TextEncoder().encode(
          'From: a@example.org\r\nSubject: test\r\nContent-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\n',
        );
        const email = await readEmail(new Uint8Array([...head, ...tail]));
        expect(typeof email.text).toBe('string');
      }),
      { numRuns: 100 },
    );
  });

  it('reads a 5 MB MIME message', async () => {
    const body =
      'Our driver was kidnapped this morning.\r\n' + 'Padding line for a very large message.\r\n'.repeat(130_000);
    const email = await readEmail(
      `From: a@example.org\r\nSubject: Large\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}`,
    );
    expect(email.subject).toBe('Large');
    expect(suggest(email.text).scenario.id).toBe('hostage-incident');
  }, 60_000);
});

describe('HTML email bodies', () => {
  const hostile =
    '<html><head><title>t</title><style>p { color: red } body { background: url(javascript:alert(0)) }</style></head><body>' +
    '<p>Our driver was <b>kidnapped</b> near Goma.</p>' +
    '<script>alert("script")</script><SCRIPT type="text/javascript">document.cookie</SCRIPT>' +
    '<img src=x onerror="alert(\'img\')"><a href="javascript:alert(\'link\')">details</a>' +
    '<svg onload=alert(1)></svg><iframe src="javascript:alert(2)"></iframe>' +
    '</body></html>';

  it('htmlToText keeps the words and drops scripts, styles, handlers and links', () => {
    const text = htmlToText(hostile);
    expect(text).toContain('Our driver was kidnapped near Goma.');
    expect(text).toContain('details');
    for (const gone of ['alert', 'document.cookie', 'onerror', 'onload', 'javascript:', 'color: red', '<', '>'])
      expect(text).not.toContain(gone);
    expect(suggest(text).scenario.id).toBe('hostage-incident');
  });

  it('readEmail turns an HTML-only message into the same plain text', async () => {
    const mime = [
      'From: a@example.org',
      'Subject: Incident',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from(hostile).toString('base64'),
      '',
    ].join('\r\n');
    const email = await readEmail(mime);
    expect(email.text).toContain('kidnapped');
    expect(email.text).not.toMatch(/alert|javascript:|onerror|<|>/);
    expect(suggest(email.text).scenario.id).toBe('hostage-incident');
  });

  it('an escaped tag in the email stays text: decoded once, never parsed again', () => {
    expect(htmlToText('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>').trim()).toBe('<script>alert(1)</script>');
  });

  it('unclosed and broken markup still gives text', () => {
    for (const html of [
      '<script>never closed kidnapped',
      '<p <b>>kidnapped<',
      '<!-- kidnapped',
      '<<<>>>kidnapped<<<',
      '<style>',
    ]) {
      expect(typeof htmlToText(html)).toBe('string');
    }
    expect(htmlToText('<p>Our driver was kidnapped<p')).toContain('kidnapped');
  });
});

describe('.eml with odd encodings', () => {
  it('decodes quoted-printable latin-1, encoded-word headers and soft line breaks', async () => {
    const eml = [
      'From: =?ISO-8859-1?Q?Ren=E9?= <rene@example.org>',
      'To: oss@iom.int',
      'Subject: =?ISO-8859-1?Q?S=E9curit=E9?=',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=ISO-8859-1',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Notre chauffeur a =E9t=E9 enlev=E9 ce matin =E0 Goma.=',
      ' Merci.',
      '',
    ].join('\r\n');
    const email = await readEmail(eml);
    expect(email).toMatchObject({ subject: 'Sécurité', from: 'rene@example.org', to: ['oss@iom.int'] });
    expect(email.text).toContain('Notre chauffeur a été enlevé ce matin à Goma. Merci.');
    const s = suggest(email.text);
    expect(s.scenario.id).toBe('hostage-incident');
    expect(s.language).toBe('fr');
  });

  it('decodes a base64 UTF-8 body in a multipart message', async () => {
    const text = 'El conductor fue secuestrado esta mañana. ¿A quién avisamos?';
    const eml = [
      'From: a@example.org',
      'Subject: Urgente',
      'Content-Type: multipart/alternative; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from(text).toString('base64'),
      '--b1--',
      '',
    ].join('\r\n');
    const email = await readEmail(eml);
    expect(email.text.trim()).toBe(text);
    expect(suggest(email.text)).toMatchObject({ language: 'es', scenario: { id: 'hostage-incident' } });
  });

  it('reads 8-bit latin-1 bytes by their declared charset', async () => {
    const bytes = Buffer.concat([
      Buffer.from(
        'From: a@example.org\r\nSubject: Reseau\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n',
        'latin1',
      ),
      Buffer.from('Notre collègue a été enlevé à Goma.', 'latin1'),
    ]);
    const email = await readEmail(new Uint8Array(bytes));
    expect(email.text).toContain('Notre collègue a été enlevé à Goma.');
  });

  it('missing headers give empty fields, not a failure', async () => {
    expect(await readEmail('Subject: only a subject\r\n\r\n')).toEqual({
      subject: 'only a subject',
      from: '',
      to: [],
      cc: [],
      text: '',
    });
    const noSubject = await readEmail('From: a@example.org\r\n\r\nOur driver was kidnapped.');
    expect(noSubject).toMatchObject({ subject: '', from: 'a@example.org', to: [], cc: [] });
    expect(noSubject.text).toContain('kidnapped');
  });

  it('plain text that is not MIME is read as is', async () => {
    const text = 'Hello,\n\nOur driver was kidnapped.\nFrom: the field office';
    expect(await readEmail(text)).toEqual({ subject: '', from: '', to: [], cc: [], text });
  });

  it('an unknown charset or transfer encoding still gives text', async () => {
    const email = await readEmail(
      'From: a@example.org\r\nContent-Type: text/plain; charset=x-unknown-42\r\nContent-Transfer-Encoding: x-made-up\r\n\r\nOur driver was kidnapped.',
    );
    expect(email.text).toContain('kidnapped');
  });
});

describe('settings', () => {
  const problems = (input: unknown) => {
    const r = checkSettings(input);
    return r.ok ? [] : r.error;
  };

  it('names the field of a malformed address', () => {
    expect(problems({ rsoEmail: 'not-an-email' })).toEqual([
      { path: '$.rsoEmail', message: 'is not an email address.' },
    ]);
    expect(problems({ opsCentreEmail: 'a@b.org\nBcc: c@d.org' })).toEqual([
      { path: '$.opsCentreEmail', message: 'is not an email address.' },
    ]);
  });

  it('refuses 10,000 characters in any field, each problem at its field', () => {
    const huge = 'x'.repeat(10_000);
    const found = problems({
      rsoEmail: `${huge}@example.org`,
      rsoName: huge,
      dutyStation: huge,
      senderName: huge,
      opsCentrePhone: huge,
      opsCentreEmail: huge,
    });
    expect([...new Set(found.map((p) => p.path))].sort()).toEqual([
      '$.dutyStation',
      '$.opsCentreEmail',
      '$.opsCentrePhone',
      '$.rsoEmail',
      '$.rsoName',
      '$.senderName',
    ]);
    expect(found).toContainEqual({ path: '$.rsoName', message: 'must be at most 120 characters.' });
    // A short sentence, not the 10,000 characters echoed back.
    for (const p of found) expect(p.message).toMatch(/^.{5,120}\.$/);
  });

  it('gives no settings at all when one field is wrong (nothing half-applied)', () => {
    const r = checkSettings({ rsoEmail: 'rso@example.org', rsoName: 'x'.repeat(10_000) });
    expect(r).toEqual({ ok: false, error: [{ path: '$.rsoName', message: 'must be at most 120 characters.' }] });
  });

  it('any value for any field is accepted or refused with a path, never thrown', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'rsoEmail',
            'rsoName',
            'dutyStation',
            'senderName',
            'language',
            'opsCentrePhone',
            'opsCentreEmail',
            'extra',
          ),
          fc.anything(),
        ),
        (input) => {
          const r = checkSettings(input);
          if (!r.ok) for (const p of r.error) expect(p.path).toMatch(/^\$/);
        },
      ),
      { numRuns: 300 },
    );
    for (const input of [null, undefined, 42, 'text', [], () => 1]) expect(() => checkSettings(input)).not.toThrow();
  });
});

describe('a bad pack', () => {
  const clone = () => JSON.parse(JSON.stringify(pack)) as Record<string, unknown> & typeof pack;
  const problems = (json: unknown) => {
    const r = checkPack(json);
    return r.ok ? [] : r.error;
  };

  it('with duplicate ids names the second one', () => {
    const p = clone();
    p.contacts.push({ ...p.contacts[0]! });
    expect(problems(p)).toContainEqual({
      path: `$.contacts[${p.contacts.length - 1}].id`,
      message: `The id "${p.contacts[0]!.id}" is used twice in contacts; ids must be unique.`,
    });
  });

  it('with unknown fields is refused at the field', () => {
    const p = clone() as unknown as { excerpts: Record<string, unknown>[]; surprise?: boolean };
    p.surprise = true;
    p.excerpts[0]!.onclick = 'alert(1)';
    const paths = problems(p).map((x) => x.path);
    expect(paths).toContain('$');
    expect(paths).toContain('$.excerpts[0]');
    expect(
      problems(p)
        .map((x) => x.message)
        .join(' '),
    ).toMatch(/surprise/);
  });

  it('with a missing language is refused at that language', () => {
    const p = clone();
    delete (p.scenarios[0]!.title as Partial<Record<string, string>>).es;
    expect(problems(p).map((x) => x.path)).toContain('$.scenarios[0].title.es');
  });

  it('referring to an unknown contact is refused with the reference’s path', () => {
    const p = clone();
    p.scenarios[0]!.cc = ['nobody-here'];
    expect(problems(p)).toContainEqual({
      path: '$.scenarios[0].cc[0]',
      message: 'Refers to contact "nobody-here", which the pack does not define.',
    });
  });

  it('of 50 MB is refused before it is parsed', () => {
    // Not JSON at all: were it parsed, the problem would be "not valid JSON".
    const r = parsePackText('{'.repeat(50 * 1024 * 1024));
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.error).toEqual([
      { path: '$', message: `The file is too large (50 MB); a pack may be at most ${MAX_PACK_BYTES / 1048576} MB.` },
    ]);
  });

  it('that is not JSON, or JSON of the wrong kind, is refused with a problem', () => {
    for (const text of [
      '',
      'null',
      '[]',
      '"pack"',
      '{"schemaVersion": 1',
      '\ufeff{}',
      '{"__proto__": {"polluted": true}}',
    ]) {
      const r = parsePackText(text);
      expect(r.ok, text).toBe(false);
      expect((r.ok ? [] : r.error).length, text).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('any JSON value is accepted or refused, never thrown', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const r = checkPack(json);
        expect(r.ok || r.error.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
