import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../shared/core/index';
import { runCli, spawnCli } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'oss-assist-cli-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const settings = file(
  'settings.json',
  JSON.stringify({
    rsoEmail: 'rso@example.org',
    rsoName: 'Dana Rossi',
    dutyStation: 'Juba',
    senderName: 'Sam Lee',
    opsCentrePhone: '+00 2 555 0100',
  }),
);

describe('oss-assist suggest', () => {
  it('answers the issue examples as JSON', async () => {
    const cases: [string, string, string[], string[]][] = [
      [
        "We're opening a sub-office in the north next month for the flood response — no IOM presence there before.",
        'new-operations',
        ['rso@example.org'],
        [],
      ],
      [
        "UNDSS here says IOM staff aren't eligible for UN ID cards, and we weren't invited to the SMT.",
        'service-refused',
        ['rso@example.org'],
        ['OSS@iom.int'],
      ],
      [
        'Bonjour, le responsable désigné exige la formation SSAFE pour toute mission. Où trouver la prochaine session ?',
        'policy-or-training',
        ['OSSHQ@iom.int'],
        [],
      ],
      [
        'URGENT: our driver was stopped at a checkpoint two hours ago and taken by an armed group; no contact since.',
        'hostage-incident',
        ['rso@example.org'],
        ['OSS@iom.int'],
      ],
      ["Please find attached the minutes of Monday's coordination meeting.", 'none', [], []],
    ];
    for (const [text, scenario, to, cc] of cases) {
      const { code, out } = await runCli(['suggest', '--json', '--settings', settings], text);
      expect(code).toBe(0);
      const r = JSON.parse(out) as Suggestion;
      expect(r.scenario.id).toBe(scenario);
      expect(r.recipients.to.map((x) => x.email)).toEqual(to);
      expect(r.recipients.cc.map((x) => x.email)).toEqual(cc);
      expect(Object.keys(r)).toEqual(
        expect.arrayContaining(['language', 'scenario', 'urgent', 'recipients', 'excerpts', 'draft', 'explanation']),
      );
    }
  });

  it('writes the French example in French and the Spanish one in Spanish, to OSS or the RSO', async () => {
    const fr = JSON.parse(
      (
        await runCli(
          ['suggest', '--json'],
          'Bonjour, le responsable désigné exige la formation SSAFE pour toute mission. Où trouver la prochaine session ?',
        )
      ).out,
    ) as Suggestion;
    expect(fr.draft.language).toBe('fr');
    const es = JSON.parse(
      (
        await runCli(
          ['suggest', '--json'],
          'Buenos días: tras el terremoto necesitamos apoyo de seguridad en la provincia y no tenemos oficial de seguridad.',
        )
      ).out,
    ) as Suggestion;
    expect(es.draft.language).toBe('es');
    expect(es.recipients.to.map((r) => r.contactId)).toEqual(['rso']);
    expect(es.recipients.cc.map((r) => r.contactId)).toEqual(['oss-general']);
  });

  it('without settings, gives email null and lists rsoEmail as missing', async () => {
    const r = JSON.parse(
      (await runCli(['suggest', '--json'], 'UNDSS refused to issue UN ID cards.')).out,
    ) as Suggestion;
    expect(r.recipients.to[0]).toMatchObject({ contactId: 'rso', email: null });
    expect(r.draft.missing).toContain('rsoEmail');
  });

  it('prints a readable answer by default', async () => {
    const { out } = await runCli(['suggest', '--settings', settings], 'Our driver was kidnapped an hour ago.');
    expect(out).toMatch(/^Scenario: {3}Abduction or hostage incident \(hostage-incident/);
    expect(out).toContain('Call first: OSS Operations Centre (24/7): +00 2 555 0100');
    expect(out).toContain('To:         Dana Rossi — Regional Security Officer (RSO) <rso@example.org>');
  });

  it('reads an .eml file with an encoded body', async () => {
    const eml = file(
      'refusal.eml',
      [
        'From: Sam <sam@example.org>',
        'To: team@example.org',
        'Subject: =?UTF-8?Q?Carn=C3=A9s_de_la_ONU?=',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from('El UNDSS se niega a entregar carnés de la ONU a nuestro personal.').toString('base64'),
      ].join('\r\n'),
    );
    const r = JSON.parse((await runCli(['suggest', '--json', eml])).out) as Suggestion;
    expect(r.scenario.id).toBe('service-refused');
    expect(r.language).toBe('es');
  });

  it('answers a batch as JSON lines, one per input, with the same ids, and reports a bad line', async () => {
    const input = [
      JSON.stringify({ id: 'a1', text: 'Our driver was kidnapped.' }),
      'not json',
      JSON.stringify({ id: 7, text: 'Minutes attached.' }),
    ].join('\n');
    const { code, out } = await runCli(['suggest', '--jsonl', '--settings', settings], input);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Suggestion & { error?: string });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: 'a1', scenario: { id: 'hostage-incident' } });
    expect(lines[1]).toMatchObject({ id: null, error: expect.stringMatching(/^line 2: /) });
    expect(lines[2]).toMatchObject({ id: '7', scenario: { id: 'none' } });
    expect(code).toBe(1);
  });

  it('rejects bad settings with the field and a plain sentence', async () => {
    const bad = file(
      'bad-settings.json',
      JSON.stringify({ rsoEmail: 'not-an-address', senderName: 'x'.repeat(10_000) }),
    );
    const { code, err } = await runCli(['suggest', '--settings', bad], 'text');
    expect(code).toBe(1);
    expect(err).toContain('$.rsoEmail: ');
    expect(err).toContain('$.senderName: must be at most 120 characters.');
  });

  it.each([
    [['--jsn'], /unknown option --jsn\./],
    [['--scenario', 'nope'], /unknown scenario "nope"/],
    [['--lang', 'de'], /--lang must be one of en, fr, es\./],
    [['--lang'], /--lang needs a value\./],
    [['--json=yes'], /--json takes no value\./],
    [['a.txt', 'b.txt'], /give one FILE/],
  ])('rejects %j as a usage error: exit 2 with the usage', async (args, message) => {
    const { code, out, err } = await runCli(['suggest', ...args], 'x');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).toContain('Usage: oss-assist suggest');
  });
});

describe('oss-assist check-pack', () => {
  it('accepts the default pack', async () => {
    const { code, out } = await runCli(['check-pack', 'data/iom-oss.pack.json']);
    expect(code).toBe(0);
    expect(out).toMatch(/OK — pack "iom-oss": 3 sources, 4 contacts, 7 services/);
  });

  it('rejects a broken pack, listing each problem with its JSON path', async () => {
    const pack = JSON.parse(readFileSync('data/iom-oss.pack.json', 'utf8')) as {
      scenarios: { to: string[] }[];
      contacts: { email: string | null }[];
    };
    pack.scenarios[0]!.to = ['nobody'];
    pack.contacts[1]!.email = 'not an email';
    const { code, err } = await runCli(['check-pack', file('broken.json', JSON.stringify(pack))]);
    expect(code).toBe(1);
    expect(err).toMatch(/broken\.json: 1 problem/);
    expect(err).toContain('$.contacts[1].email: ');
    const fixedEmail = {
      ...pack,
      contacts: pack.contacts.map((c, i) => (i === 1 ? { ...c, email: 'OSS@iom.int' } : c)),
    };
    const second = await runCli(['check-pack', file('broken2.json', JSON.stringify(fixedEmail))]);
    expect(second.err).toContain('$.scenarios[0].to[0]: Refers to contact "nobody", which the pack does not define.');
  });

  it('says plainly when the file is missing', async () => {
    const { code, err } = await runCli(['check-pack', join(dir, 'nope.json')]);
    expect(code).toBe(1);
    expect(err).toMatch(/cannot read .*nope\.json: no such file/);
  });
});

describe('the oss-assist command itself', () => {
  it('runs as a process with standard input', async () => {
    const r = await spawnCli(['suggest', '--json', '-'], { input: 'Nuestro conductor fue secuestrado anoche.' });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Suggestion).scenario.id).toBe('hostage-incident');
  });

  it('exits 2 with help for an unknown command, and for no command', async () => {
    const r = await runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command "frobnicate"/);
    expect(r.err).toMatch(/suggest/);
    expect(await runCli([])).toMatchObject({ code: 2, out: '', err: expect.stringMatching(/^Usage: oss-assist/) });
  });

  it('exits 0 with help on --help, on stdout', async () => {
    expect(await runCli(['--help'])).toMatchObject({ code: 0, err: '', out: expect.stringMatching(/Exit codes/) });
    expect(await runCli(['check-pack', '--help'])).toMatchObject({ code: 0, out: expect.stringMatching(/^Usage/) });
  });

  it('with --debug, adds where a failure happened; without it, one sentence', async () => {
    const plain = await runCli(['check-pack', join(dir, 'nope.json')]);
    expect(plain.err.trim().split('\n')).toHaveLength(1);
    const debug = await runCli(['check-pack', '--debug', join(dir, 'nope.json')]);
    expect(debug.code).toBe(1);
    expect(debug.err).toMatch(/cannot read .*nope\.json: no such file\n.*\n\s+at /);
  });

  it('with --debug, what the core sets aside is reported on stderr; without it, nothing', async () => {
    // A Windows-1252 file: the core tries UTF-8 first and reports the fallback to debug().
    const latin = join(dir, 'latin.txt');
    writeFileSync(latin, Buffer.from('1. S\xe9curit\xe9 du personnel.\n', 'latin1'));
    const args = ['import-document', latin, '--title', 'SAMPLE', '--out', join(dir, 'latin.json')];
    expect((await runCli(args)).err).toBe('');
    const debug = await runCli(['--debug', ...args]);
    expect(debug.code).toBe(0);
    expect(debug.err).toMatch(/^debug: file-bytes: not UTF-8: /m);
    // The channel is switched off again after the command.
    expect((await runCli(args)).err).toBe('');
  });
});
