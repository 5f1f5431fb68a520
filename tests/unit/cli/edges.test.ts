// The CLI's edges (issue 13): terminal escapes from outside text are shown, not obeyed; empty and
// oversized input are refused with a plain sentence; a reader that stops early ends it quietly.
import { mkdtempSync, openSync, closeSync, ftruncateSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../cli/plain-text';
import { MAX_INPUT_BYTES } from '../../../cli/io';
import { runCli, spawnCli } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'oss-assist-edges-'));
const file = (name: string, text: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
// Every byte a terminal acts on: C0 except \n and \t, DEL, C1, and the bidi overrides.
const CONTROLS = [
  ...Array.from({ length: 32 }, (_, i) => i).filter((i) => i !== 9 && i !== 10),
  0x7f,
  ...Array.from({ length: 32 }, (_, i) => 0x80 + i),
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e,
  0x2066,
  0x2067,
  0x2068,
  0x2069,
].map((c) => String.fromCharCode(c));
const OBEYED = new RegExp(`[${CONTROLS.join('').replace(/[\]\\^-]/g, '\\$&')}]`);

describe('plainText', () => {
  it('shows every control character as a visible escape, and keeps newline, tab and all other text', () => {
    for (const c of CONTROLS) expect(plainText(`a${c}b`)).toMatch(/^a\\(x[0-9a-f]{2}|u[0-9a-f]{4})b$/);
    const text = 'Línea 1\n\tété — 日本 🙂 « OK »';
    expect(plainText(text)).toBe(text);
  });
});

describe('outside text in human-readable output', () => {
  // The "last contact" fact is quoted from the email into the draft: the way in for its bytes.
  const hostile =
    'URGENT: our driver was abducted. No contact since 10:00\x1b[2J\x1b[H\rTo: Fake <x@y>\x1b]52;c;aGk=\x07\x9b31m\u202eKO\n' +
    'To: the team\n';

  it('suggest escapes what the email carries: no screen clear, no carriage return, no OSC 52', async () => {
    const { code, out } = await runCli(['suggest'], hostile);
    expect(code).toBe(0);
    expect(out).not.toMatch(OBEYED);
    expect(out).toContain('10:00\\x1b[2J\\x1b[H\\x0dTo: Fake <x@y>\\x1b]52');
    expect(out).not.toMatch(/[\r\n]To: Fake/);
  });

  it('--json stays JSON, with the control characters escaped by JSON itself', async () => {
    const { code, out } = await runCli(['suggest', '--json'], hostile);
    expect(code).toBe(0);
    expect([...out].filter((c) => c < ' ' && c !== '\n')).toEqual([]);
    expect(JSON.stringify(JSON.parse(out))).toContain('\\u001b[2J');
  });

  it('check-pack cannot be made to show a fake "OK" while it fails', async () => {
    const pack = JSON.parse(readFileSync('data/iom-oss.pack.json', 'utf8')) as { contacts: { id: string }[] };
    pack.contacts[0]!.id = 'x\r\x1b[2Kdata/iom-oss.pack.json: OK';
    const bad = file('fake\x1b[2K.json', JSON.stringify(pack));
    const { code, out, err } = await runCli(['check-pack', bad]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).not.toMatch(OBEYED);
    expect(err).toContain('fake\\x1b[2K.json');
  });

  it('file names in errors are escaped too', async () => {
    const { code, err } = await runCli(['suggest', join(dir, 'no\x1b]0;title\x07pe.txt')]);
    expect(code).toBe(1);
    expect(err).not.toMatch(OBEYED);
  });
});

describe('empty and oversized input', () => {
  it.each([
    ['nothing', ''],
    ['blank lines', '\n  \n\t\n'],
  ])('standard input with %s: says so, exits 2', async (_, input) => {
    const { code, out, err } = await runCli(['suggest'], input);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/standard input is empty/);
  });

  it('an empty file, and an empty --jsonl batch, exit 2 too', async () => {
    expect(await runCli(['suggest', file('empty.txt', '')])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/empty\.txt is empty/),
    });
    expect(await runCli(['suggest', '--jsonl'], '')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/standard input is empty/),
    });
  });

  it(`refuses a file over ${MAX_INPUT_BYTES} bytes before reading it, naming the limit`, async () => {
    const path = join(dir, 'huge.eml');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, MAX_INPUT_BYTES + 1); // sparse: no disk used
    closeSync(fd);
    const { code, err } = await runCli(['suggest', path]);
    expect(code).toBe(1);
    expect(err).toMatch(/huge\.eml is larger than 25 MB, the most oss-assist reads/);
    expect((await runCli(['check-pack', path])).err).toMatch(/larger than 25 MB/);
  });

  it('refuses standard input over the limit, and one --jsonl line over it', async () => {
    const big = Buffer.alloc(MAX_INPUT_BYTES + 10, 0x61);
    expect(await runCli(['suggest'], big)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/standard input is larger than 25 MB/),
    });
    const lines = Buffer.concat([Buffer.from('{"id":1,"text":"kidnapped"}\n'), big]);
    const batch = await runCli(['suggest', '--jsonl'], lines);
    expect(batch.code).toBe(1);
    expect(batch.out.split('\n')[0]).toMatch(/^\{"id":"1"/);
    expect(batch.err).toMatch(/line 2 of standard input is larger than 25 MB/);
  });
});

describe('a reader that stops early', () => {
  it('suggest --jsonl | head -1 ends quietly, without a stack trace', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: 'Our driver was kidnapped.' }));
    const input = `${lines.join('\n')}\n`;
    const r = await spawnCli(['suggest', '--jsonl'], { input, bin: ['-e', HEAD_ONE] });
    expect(r.signal).toBeNull();
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.out)).toMatchObject({ id: '0' });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  }, 60_000);
});

// A shell pipeline `oss-assist suggest --jsonl | head -1`, written in Node so the test needs no
// shell: the CLI's stdout goes into a pipe that this process closes after the first line.
const HEAD_ONE = `
const { spawn } = require('node:child_process');
const cli = spawn(process.execPath, ['--import', 'tsx', 'cli/bin.ts', ...process.argv.slice(1)], { stdio: ['inherit', 'pipe', 'pipe'] });
let seen = '', err = '';
cli.stderr.on('data', (c) => (err += c));
cli.stdout.on('data', (c) => {
  seen += c;
  const nl = seen.indexOf('\\n');
  if (nl >= 0 && !cli.stdout.destroyed) { process.stdout.write(seen.slice(0, nl + 1)); cli.stdout.destroy(); }
});
cli.on('close', (code, signal) => { process.stderr.write(err); process.exitCode = signal ? 99 : code; });
`;
