// Nothing becomes markup: whatever an email, the settings or a pack contain, the HTML we build
// escapes it, mailto: links encode it, and no source file hands a string to an HTML sink.
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyDocumentPack,
  buildMailto,
  checkPack,
  checkSettings,
  createAssistant,
  defaultPack,
  draftHtml,
  escapeHtml,
  excerptHtml,
  textToHtml,
  type Pack,
  type Settings,
} from '../../../shared/core/index';

const ROOT = join(import.meta.dirname, '..', '..', '..');

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  "' onmouseover='alert(3)' x='",
  '</p></blockquote><svg onload=alert(4)>',
  '<a href="javascript:alert(5)">link</a>',
  '<style>*{display:none}</style>',
  '<!-- comment --><![CDATA[x]]>',
  '&lt;script&gt;already escaped&lt;/script&gt;',
];

// The only markup our builders write. Anything else that looks like a tag came from data.
const OUR_TAGS =
  /<\/?p>|<br>|<\/?small>|<blockquote style="margin:0 0 0 8px;padding-left:8px;border-left:3px solid #0b5cad">|<\/blockquote>/g;

/** Builder output with our own tags taken out must hold no <, >, " or ' at all: data only as entities. */
function expectOnlyOurMarkup(html: string): void {
  const data = html.replace(OUR_TAGS, '');
  expect(data, html).not.toMatch(/[<>"']/);
  // Every & starts an entity we wrote.
  expect(data.replace(/&(?:amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
}

const decode = (html: string) =>
  html
    .replace(/<br>/g, '\n')
    .replace(/<\/p><p>/g, '\n\n')
    .replace(OUR_TAGS, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('escaping', () => {
  it('escapeHtml leaves no markup character and loses nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const out = escapeHtml(s);
        expect(out).not.toMatch(/[<>"']/);
        expect(decode(out)).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  it('textToHtml and draftHtml write only <p> and <br> around escaped text', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.oneof(fc.constantFrom(...PAYLOADS, '\n', '\n\n', '&', '&amp;'), fc.string({ maxLength: 20 })))
          .map((a) => a.join('')),
        (text) => {
          expectOnlyOurMarkup(textToHtml(text));
          expectOnlyOurMarkup(draftHtml(text));
          // Paragraphs and line breaks come back as written (runs of blank lines become one).
          expect(decode(textToHtml(text))).toBe(text.replace(/\n{2,}/g, '\n\n'));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('excerptHtml keeps its one attribute ours, whatever the text and citation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PAYLOADS),
        fc.string(),
        fc.constantFrom(...PAYLOADS),
        (payload, noise, citation) => {
          const html = excerptHtml({ text: `${noise}${payload}${noise}`, citation });
          expectOnlyOurMarkup(html);
          // One element with attributes, and it is our quotation.
          expect(html.match(/<[a-z]+\s[^>]*>/g)).toEqual([
            '<blockquote style="margin:0 0 0 8px;padding-left:8px;border-left:3px solid #0b5cad">',
          ]);
        },
      ),
    );
  });
});

describe('a hostile email and hostile settings, through suggest → draft → HTML', () => {
  const parsed = checkSettings({
    rsoEmail: 'rso@example.org',
    rsoName: '<img src=x onerror=alert("rso")>',
    dutyStation: '"><script>alert(2)</script>',
    senderName: "' onmouseover='alert(3)",
    opsCentrePhone: '+00 00 000 0001',
  });
  if (!parsed.ok) throw new Error('test settings rejected');
  const settings: Settings = parsed.value;
  const assistant = createAssistant(defaultPack());
  const email =
    "Our driver was kidnapped in Goma yesterday at 10:30. No contact since <script>alert(1)</script> {{rsoEmail}} $& $` $'.\n" +
    '"><img src=x onerror=alert(2)> Is it <b>safe</b> to travel?';
  const s = assistant.suggest(email, settings);

  it('routes as usual and quotes the hostile text as text', () => {
    expect(s.scenario.id).toBe('hostage-incident');
    expect(s.facts.lastContact).toContain('<script>alert(1)</script>');
    expect(s.draft.body).toContain('<img src=x onerror=alert("rso")>');
  });

  it('does not fill a placeholder or a $-pattern that came from the email', () => {
    expect(s.draft.body).toContain("{{rsoEmail}} $& $` $'");
  });

  it('draftHtml, excerptHtml and textToHtml escape every value', () => {
    const html = [
      draftHtml(s.draft.body),
      textToHtml(s.draft.subject),
      ...s.excerpts.map(excerptHtml),
      ...s.explanation.map((e) => textToHtml(e.text)),
      ...s.advice.map(textToHtml),
      ...[...s.recipients.to, ...s.recipients.cc].map((r) => textToHtml(`${r.name} <${r.email ?? ''}>`)),
    ];
    for (const h of html) expectOnlyOurMarkup(h);
    const body = draftHtml(s.draft.body);
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body).toContain('&lt;img src=x onerror=alert(&quot;rso&quot;)&gt;');
    expect(decode(body)).toBe(s.draft.body.replace(/\n{2,}/g, '\n\n'));
  });

  it('any email text gives draft HTML with only our markup', () => {
    fc.assert(
      fc.property(
        fc
          .array(
            fc.constantFrom(
              ...PAYLOADS,
              'Our driver was kidnapped in Goma. ',
              'No contact since ',
              ' yesterday ',
              '\n',
            ),
          )
          .map((a) => a.join('')),
        (text) => {
          const out = assistant.suggest(text, settings);
          expectOnlyOurMarkup(draftHtml(out.draft.body));
          for (const e of out.excerpts) expectOnlyOurMarkup(excerptHtml(e));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('mailto: links', () => {
  const address = fc
    .tuple(fc.stringMatching(/^[a-z0-9._+-]{1,20}$/), fc.stringMatching(/^[a-z0-9-]{1,15}\.[a-z]{2,6}$/))
    .map(([l, d]) => `${l}@${d}`);

  it('percent-encode every part: only the separators we write stay literal', () => {
    fc.assert(
      fc.property(
        fc.array(address, { minLength: 1, maxLength: 2 }),
        fc.array(address, { maxLength: 2 }),
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.string({ unit: 'binary', maxLength: 200 }),
        (to, cc, subject, body) => {
          const r = buildMailto({ to, cc, subject, body }, 100_000);
          if (!r.ok) throw new Error(r.error.reason);
          const [head, query = ''] = r.value.split('?');
          expect(r.value.split('?').length).toBeLessThanOrEqual(2);
          expect(head).toMatch(/^mailto:[A-Za-z0-9%._~!*'()-]+(,[A-Za-z0-9%._~!*'()-]+)*$/);
          const params = query ? query.split('&') : [];
          for (const p of params) expect(p).toMatch(/^(cc|subject|body)=[A-Za-z0-9%._~!*'(),-]*$/);
          const get = (k: string) => params.find((p) => p.startsWith(`${k}=`))?.slice(k.length + 1);
          expect(decodeURIComponent(head!.slice('mailto:'.length))).toBe(to.join(','));
          if (subject) expect(decodeURIComponent(get('subject')!)).toBe(subject);
          if (body) expect(decodeURIComponent(get('body')!)).toBe(body.replace(/\r?\n/g, '\r\n'));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuse addresses that would smuggle headers or other recipients', () => {
    const smuggled = [
      'rso@example.org?bcc=spy@evil.example',
      'rso@example.org&bcc=spy@evil.example',
      'rso@example.org\r\nBcc: spy@evil.example',
      'rso@example.org\nBcc: spy@evil.example',
      'rso@example.org\u2028bcc@evil.example',
      'rso@example.org,spy@evil.example',
      'rso@example.org;spy@evil.example',
      'Name <rso@example.org>',
      '"a"@example.org',
      'rso@example.org#x',
      'javascript:alert(1)//@example.org?',
      '',
    ];
    for (const bad of smuggled) {
      expect(buildMailto({ to: [bad], cc: [], subject: 's', body: 'b' }), JSON.stringify(bad)).toEqual({
        ok: false,
        error: { reason: 'bad-address', length: 0 },
      });
      expect(buildMailto({ to: ['oss@iom.int'], cc: [bad], subject: 's', body: 'b' }), JSON.stringify(bad)).toEqual({
        ok: false,
        error: { reason: 'bad-address', length: 0 },
      });
    }
  });

  it('carry an encoded newline in an address as text, never as a line break', () => {
    const r = buildMailto({ to: ['rso%0ABcc:spy@example.org'], cc: [], subject: '', body: '' });
    expect(r).toEqual({ ok: true, value: 'mailto:rso%250ABcc%3Aspy%40example.org' });
  });

  it('keep a hostile subject and body inside their parameters', () => {
    const r = buildMailto({
      to: ['oss@iom.int'],
      cc: [],
      subject: 'x&bcc=spy@evil.example?',
      body: 'line\r\nbcc: spy@evil.example&cc=spy2@evil.example#',
    });
    expect(r.ok).toBe(true);
    const params = r.ok ? r.value.split('?')[1]!.split('&') : [];
    expect(params.map((p) => p.split('=')[0])).toEqual(['subject', 'body']);
  });
});

describe('a hostile pack (valid shape, markup in its text)', () => {
  const hostile = (tag: string) => `${tag} <script>alert("${tag}")</script> "><img src=x onerror=alert('${tag}')>`;

  function hostilePack(): Pack {
    const json = JSON.parse(JSON.stringify(defaultPack())) as Pack;
    const scenario = json.scenarios.find((s) => s.id === 'service-refused')!;
    const excerpt = json.excerpts.find((e) => e.id === scenario.excerpts[0])!;
    if (excerpt.kind === 'clause') throw new Error('expected a pack excerpt');
    for (const lang of ['en', 'fr', 'es'] as const) {
      excerpt.text[lang] = hostile(`text-${lang}`);
      excerpt.title[lang] = hostile(`title-${lang}`);
    }
    excerpt.source.section = hostile('section');
    const source = json.sources.find((x) => x.id === excerpt.source.sourceId)!;
    source.title = hostile('source');
    const checked = checkPack(json);
    if (!checked.ok) throw new Error(JSON.stringify(checked.error));
    return checked.value;
  }

  it('is loaded, and its text reaches HTML only escaped', () => {
    const pack = hostilePack();
    const assistant = createAssistant(pack);
    const s = assistant.suggest('The local UNDSS office refused to issue UN ID cards to our national staff.', {
      ...checkSettingsOrThrow(),
      rsoEmail: 'rso@example.org',
    });
    expect(s.scenario.id).toBe('service-refused');
    const quoted = s.excerpts.find((e) => e.text.includes('text-en'));
    expect(quoted?.text).toBe(hostile('text-en'));
    expect(quoted?.citation).toContain('<script>');
    for (const e of s.excerpts) expectOnlyOurMarkup(excerptHtml(e));
    expectOnlyOurMarkup(draftHtml(s.draft.body));
    expect(draftHtml(s.draft.body)).toContain('&lt;script&gt;alert(&quot;text-en&quot;)&lt;/script&gt;');
    const hits = assistant.search('text-en alert');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expectOnlyOurMarkup(excerptHtml({ text: h.text, citation: h.citation ?? '' }));
  });

  it('an imported clause with markup stays text too', () => {
    const extension = {
      schemaVersion: 1 as const,
      type: 'extension' as const,
      id: 'hostile-doc',
      title: 'Hostile sample',
      extends: 'iom-oss',
      documentKind: 'other' as const,
      sources: [{ id: 'hostile-doc', title: hostile('doc'), url: null, updated: null }],
      excerpts: [
        {
          id: 'hostile-doc.1',
          kind: 'clause' as const,
          lang: 'en' as const,
          title: hostile('clause-title'),
          text: `In a hostage incident the parties inform each other. ${hostile('clause')}`,
          clause: { number: '1.1', path: [hostile('path')], page: 1 },
          source: { sourceId: 'hostile-doc', section: 'Article 1' },
        },
      ],
      attach: [{ scenarioId: 'hostage-incident', keywords: ['hostage'] }],
    };
    const joined = applyDocumentPack(defaultPack(), extension);
    if (!joined.ok) throw new Error(JSON.stringify(joined.error));
    const s = createAssistant(joined.value).suggest('Our driver was kidnapped.', checkSettingsOrThrow());
    const clause = s.excerpts.find((e) => e.id === 'hostile-doc.1');
    expect(clause?.text).toContain('<script>alert("clause")</script>');
    expectOnlyOurMarkup(excerptHtml(clause!));
    expectOnlyOurMarkup(draftHtml(s.draft.body));
  });
});

function checkSettingsOrThrow(): Settings {
  const r = checkSettings({});
  if (!r.ok) throw new Error('default settings rejected');
  return r.value;
}

describe('no source file hands a string to an HTML sink', () => {
  const ROOTS = ['shared', 'entrypoints', 'utils', 'components', 'addin'];
  // Assigning HTML, writing into the document, or parsing strings into nodes.
  const SINKS =
    /dangerouslySetInnerHTML|\.innerHTML\s*\+?=(?!=)|\bouterHTML\b|insertAdjacentHTML|document\.write(?:ln)?\b|createContextualFragment|\bsrcdoc\b/;

  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      if (name === 'node_modules' || name === 'public') return [];
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx|js|mjs|html)$/.test(name) ? [path] : [];
    });
  }
  const all = ROOTS.flatMap((r) => files(join(ROOT, r)));

  it('scans the core, the extension and the add-in', () => {
    for (const known of [
      'shared/core/mail/html.ts',
      'entrypoints/popup',
      'utils/browser-port.ts',
      'components/DocumentsSection.tsx',
      'addin/src/taskpane.tsx',
    ]) {
      expect(
        all.some((f) => relative(ROOT, f).startsWith(known)),
        known,
      ).toBe(true);
    }
  });

  it('finds no sink in any of them', () => {
    const hits = all.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((text, i) => (SINKS.test(text) ? [`${relative(ROOT, file)}:${i + 1}: ${text.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });

  it('would notice one', () => {
    for (const line of [
      'el.innerHTML = html;',
      'el.innerHTML += x',
      'div.outerHTML',
      'x.insertAdjacentHTML("beforeend", s)',
      'document.write(s)',
      '<div dangerouslySetInnerHTML={{ __html: s }} />',
    ]) {
      expect(SINKS.test(line), line).toBe(true);
    }
    expect(SINKS.test('if (el.innerHTML === "") return;')).toBe(false);
  });
});
