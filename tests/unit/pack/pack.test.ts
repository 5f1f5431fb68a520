import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyDocumentPack,
  checkPack,
  createAssistant,
  defaultPack,
  DEFAULT_SETTINGS,
  parsePackText,
  placeholderKeys,
  PLACEHOLDERS,
  type Pack,
} from '../../../shared/core/index';
import packJson from '../../../data/iom-oss.pack.json';

const seed = readFileSync(new URL('../../fixtures/seed-iom-security-management-system.txt', import.meta.url), 'utf8');
const clone = (): Pack => structuredClone(defaultPack());

describe('the default pack', () => {
  const pack = defaultPack();

  it('validates against the schema and its cross-references', () => {
    const result = checkPack(packJson);
    expect(result.ok ? [] : result.error).toEqual([]);
  });

  it('carries the seed page, its address and its date', () => {
    const source = pack.sources.find((s) => s.id === 'em-sms');
    expect(source?.url).toBe('https://emergencymanual.iom.int/iom-security-management-system');
    expect(seed).toContain('Last updated: 19 Oct 2022');
    expect(source?.updated).toBe('2022-10-19');
  });

  it('invents no address: every fixed email appears in the seed, the others come from settings', () => {
    for (const c of pack.contacts) {
      if (c.email) expect(seed).toContain(c.email);
      else expect(c.emailSetting).toBeDefined();
    }
    expect(pack.contacts.find((c) => c.id === 'rso')?.email).toBeNull();
    expect(pack.contacts.find((c) => c.id === 'ops-centre')?.email).toBeNull();
    expect(JSON.stringify(pack).replace(/\d{4}-\d{2}-\d{2}/g, '')).not.toMatch(/\+?\d[\d ()-]{7,}\d/); // no phone number anywhere
  });

  it('lists all seven OSS global services named in the seed', () => {
    expect(pack.services).toHaveLength(7);
    for (const name of [
      'Regional Field Support Offices',
      'Operations Centre with 24/7 Communications Centre',
      'Air Safety',
      'Hostage Incident Management',
      'Surge Capacity/Response',
    ]) {
      expect(seed).toContain(name);
      expect(pack.services.map((s) => s.name.en)).toContain(name);
    }
  });

  it('holds the MOU facts of the seed', () => {
    const text = pack.excerpts.map((e) => (e.kind === 'clause' ? e.text : e.text.en)).join(' ');
    for (const fact of [
      'since 1998',
      '2013 IOM–UNDSS Memorandum of Understanding',
      'same safety and security services',
      'complies with all UNSMS',
      'hold a copy of the MOU',
    ]) {
      expect(text).toContain(fact);
    }
  });

  it('cites a source section for every contact, service, excerpt and scenario', () => {
    const ids = new Set(pack.sources.map((s) => s.id));
    const refs = [...pack.contacts, ...pack.services, ...pack.excerpts]
      .map((x) => x.source)
      .concat(pack.scenarios.map((s) => s.basis.source));
    for (const ref of refs) {
      expect(ids.has(ref.sourceId)).toBe(true);
      expect(ref.section.length).toBeGreaterThan(2);
    }
  });

  it('uses only known template placeholders', () => {
    for (const s of pack.scenarios) {
      for (const text of [...Object.values(s.template.subject), ...Object.values(s.template.body)]) {
        for (const key of placeholderKeys(text)) expect(PLACEHOLDERS.has(key), `${s.id}: ${key}`).toBe(true);
      }
    }
  });

  it('reaches every scenario with its own phrases, in each language', () => {
    const assistant = createAssistant(pack);
    for (const s of pack.scenarios) {
      for (const lang of ['en', 'fr', 'es'] as const) {
        const strongest = [...s.triggers].sort((a, b) => b.weight - a.weight)[0]!;
        const text = strongest[lang].slice(0, 3).join('. ');
        const got = assistant.suggest(text, DEFAULT_SETTINGS).scenario.id;
        expect(got, `${s.id} (${lang}): "${text}"`).toBe(s.id);
      }
    }
  });

  it('reaches every contact from a scenario and every excerpt from search or a scenario', () => {
    const assistant = createAssistant(pack);
    const used = new Set(pack.scenarios.flatMap((s) => [...s.to, ...s.cc, s.callFirst ?? '']));
    for (const c of pack.contacts) expect(used.has(c.id), c.id).toBe(true);
    const quoted = new Set(pack.scenarios.flatMap((s) => s.excerpts));
    for (const e of pack.excerpts) {
      const title = e.kind === 'clause' ? e.title : e.title.en;
      const found = assistant.search(title, { limit: 5 }).some((h) => h.id === e.id);
      expect(quoted.has(e.id) || found, e.id).toBe(true);
    }
  });
});

describe('a broken pack', () => {
  const problems = (pack: unknown) => {
    const r = checkPack(pack);
    return r.ok ? [] : r.error;
  };

  it('is rejected with a JSON path for a reference to an unknown contact', () => {
    const p = clone();
    p.scenarios[1]!.to = ['rso2'];
    expect(problems(p)).toContainEqual({
      path: '$.scenarios[1].to[0]',
      message: 'Refers to contact "rso2", which the pack does not define.',
    });
  });

  it('lists every problem at once: duplicate id, unknown excerpt, unknown placeholder, unknown source', () => {
    const p = clone();
    p.contacts[1]!.id = p.contacts[0]!.id;
    p.scenarios[0]!.excerpts = ['nope'];
    p.scenarios[2]!.template.body.fr = 'Bonjour {{rsoname}}';
    p.services[0]!.source.sourceId = 'elsewhere';
    const paths = problems(p).map((x) => x.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.contacts[1].id',
        '$.scenarios[0].excerpts[0]',
        '$.scenarios[2].template.body.fr',
        '$.services[0].source.sourceId',
      ]),
    );
  });

  it('is rejected for an unknown field and a missing language, with their paths', () => {
    const p = clone() as unknown as Record<string, unknown> & { excerpts: { text: Record<string, string> }[] };
    p.colour = 'blue';
    delete p.excerpts[0]!.text.es;
    const list = problems(p);
    expect(list.map((x) => x.path)).toEqual(expect.arrayContaining(['$', '$.excerpts[0].text.es']));
    expect(list.find((x) => x.path === '$')?.message).toMatch(/colour/);
  });

  it('is rejected for an empty trigger language', () => {
    const p = clone();
    p.scenarios[3]!.triggers[0]!.es = [];
    expect(problems(p)).toContainEqual({
      path: '$.scenarios[3].triggers[0].es',
      message: expect.stringMatching(/No es phrases/),
    });
  });

  it('is rejected whole: nothing half-loads', () => {
    const p = clone();
    p.scenarios[0]!.cc = ['ghost'];
    const result = checkPack(p);
    expect(result.ok).toBe(false);
    expect('pack' in result).toBe(false);
  });

  it('gives a plain sentence for text that is not JSON', () => {
    const r = parsePackText('{ "schemaVersion": 1, ');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error[0]).toMatchObject({ path: '$', message: expect.stringMatching(/^The file is not valid JSON/) });
  });
});

describe('a pack extension', () => {
  const clause = (id: string, text: string, order: number) => ({
    id: `sample.${id}`,
    kind: 'clause' as const,
    lang: 'en' as const,
    title: `SAMPLE clause ${order}`,
    text,
    clause: { number: String(order), path: [`Article ${order}`], page: order },
    source: { sourceId: 'sample-doc', section: `Article ${order}` },
  });
  const extension = {
    schemaVersion: 1 as const,
    type: 'extension' as const,
    id: 'sample',
    title: 'SAMPLE agreement for tests — not the IOM–UNDSS MOU',
    extends: 'iom-oss',
    documentKind: 'mou' as const,
    sources: [{ id: 'sample-doc', title: 'SAMPLE agreement for tests', url: null, updated: null }],
    excerpts: [
      clause('art-1', 'General: the parties cooperate on security services.', 1),
      clause(
        'art-2',
        'Services include identification cards, UN ID cards and security briefings for all personnel.',
        2,
      ),
      clause('art-3', 'Unrelated: reporting schedules.', 3),
    ],
    attach: [{ scenarioId: 'service-refused', keywords: ['services', 'identification cards', 'un id', 'briefings'] }],
  };

  it('joins the pack and brings the best-matching clauses to a scenario first', () => {
    const merged = applyDocumentPack(defaultPack(), extension);
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    const refused = merged.value.scenarios.find((s) => s.id === 'service-refused')!;
    expect(refused.excerpts.slice(-2)).toEqual(['sample.art-2', 'sample.art-1']);
    const s = createAssistant(merged.value).suggest(
      'UNDSS refused to issue UN ID cards to our staff.',
      DEFAULT_SETTINGS,
    );
    expect(s.excerpts.find((e) => e.id === 'sample.art-2')?.citation).toBe(
      'from SAMPLE agreement for tests, § 2, p. 2',
    );
  });

  it('is refused for another pack or an unknown scenario, with paths', () => {
    const wrong = applyDocumentPack(defaultPack(), {
      ...extension,
      extends: 'other',
      attach: [{ scenarioId: 'nope', keywords: ['x1'] }],
    });
    expect(wrong.ok ? [] : wrong.error.map((p) => p.path)).toEqual(['$.extends', '$.attach[0].scenarioId']);
  });
});
