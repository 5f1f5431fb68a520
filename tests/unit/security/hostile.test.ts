// The hostile corpus (tests/fixtures/hostile.ts) through every part that reads outside text: the
// core, the CLI as a separate process, and the add-in's send handler with the Outlook mock. Each
// must end with a clear outcome, never hang: time-outs here are generous (the speed of each is
// shown by `npm run bench`, bench/hostile.ts), and only a hang or a crash fails them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createSendHandler } from '../../../addin/src/send-handler';
import { createAssistant, DEFAULT_SETTINGS, readEmail } from '../../../shared/core';
import { DEFAULT_PACK } from '../../../shared/core/pack/default-pack';
import { DEFAULT_MODEL } from '../../../shared/core/assist/default-model';
import {
  binaryBytes,
  escapeStorm,
  hostileBatch,
  longRandomWords,
  nestedMime,
  shortLines,
} from '../../fixtures/hostile';
import { outlookMock } from '../../fixtures/outlook-mock';
import { spawnCli } from '../cli/helpers';

const SLOW = 120_000;
// What every host runs: the pack with its router model.
const assistant = createAssistant(DEFAULT_PACK, DEFAULT_MODEL);
const dir = mkdtempSync(join(tmpdir(), 'oss-assist-hostile-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
// Control characters a terminal would obey (all but \n and \t).
const obeyed = (text: string) =>
  [...text].filter((c) => /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/.test(c)); // eslint-disable-line no-control-regex

describe('hostile inputs: the core', () => {
  it.each([
    ['terminal escape sequences', () => escapeStorm()],
    ['random bytes read as text', () => new TextDecoder().decode(binaryBytes())],
    ['an empty text', () => ''],
    ['a huge run of one character', () => 'a'.repeat(5_000_000)],
  ])(
    'suggest() answers %s with a scenario',
    (_, make) => {
      const r = assistant.suggest(make(), DEFAULT_SETTINGS);
      expect(typeof r.scenario.id).toBe('string');
      expect(r.scenario.confidence).toBeGreaterThanOrEqual(0);
    },
    SLOW,
  );

  it('suggest() reads 200 KB of one-letter lines in linear time (it took 75 s when the thread cut was square)', () => {
    const r = assistant.suggest(shortLines(), DEFAULT_SETTINGS);
    expect(r.scenario.id).toBe('none');
  }, 20_000);

  it(
    'readEmail refuses MIME nested 2,000 deep with a plain message (postal-mime stops at 256 levels)',
    async () => {
      await expect(readEmail(nestedMime())).rejects.toThrow(/nesting depth/);
      expect((await readEmail(nestedMime(50))).text).toContain('kidnapped');
    },
    SLOW,
  );

  it(
    'checkDraft ends on 197 KB of long random words',
    () => {
      const check = assistant.checkDraft(
        { to: ['oss@iom.int'], cc: [], subject: 'question', body: longRandomWords() },
        DEFAULT_SETTINGS,
      );
      expect(Array.isArray(check.warnings)).toBe(true);
    },
    SLOW,
  );
});

describe('hostile inputs: the CLI, as a separate process', () => {
  it(
    'prints an escape storm as visible text, never obeyed',
    async () => {
      const r = await spawnCli(['suggest'], { input: escapeStorm() });
      expect(r.code).toBe(0);
      expect(obeyed(r.out + r.err)).toEqual([]);
    },
    SLOW,
  );

  it(
    'a binary file: an answer or one plain sentence, and nothing a terminal would obey',
    async () => {
      const r = await spawnCli(['suggest', file('binary.bin', binaryBytes())]);
      expect([0, 1]).toContain(r.code);
      expect(obeyed(r.out + r.err)).toEqual([]);
      expect(r.err).not.toMatch(/\n\s+at /);
    },
    SLOW,
  );

  it(
    'a deeply nested .eml: exit 1 with one sentence, no stack trace',
    async () => {
      const r = await spawnCli(['suggest', '--json', file('nested.eml', nestedMime())]);
      expect(r).toMatchObject({ code: 1, out: '' });
      expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/^oss-assist suggest: .*nesting depth/)]);
    },
    SLOW,
  );

  it(
    'a hostile batch: one JSON line per input line',
    async () => {
      const r = await spawnCli(['suggest', '--jsonl'], { input: hostileBatch() });
      expect(r.code).toBe(0);
      expect(
        r.out
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as unknown),
      ).toHaveLength(200);
    },
    SLOW,
  );

  it(
    'empty standard input: exit 2, said',
    async () => {
      const r = await spawnCli(['suggest'], { input: '' });
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/standard input is empty/);
    },
    SLOW,
  );
});

describe('hostile inputs: the add-in send handler', () => {
  const send = async (body: string) => {
    const completed = vi.fn();
    const office = outlookMock({ mode: 'compose', subject: 'Re: incident', to: ['oss@iom.int'], body });
    await createSendHandler({ office: office as unknown as typeof Office, checkDraft: assistant.checkDraft })({
      completed,
    });
    expect(completed).toHaveBeenCalledTimes(1);
    return completed.mock.calls[0]![0] as Office.SmartAlertsEventCompletedOptions;
  };

  it.each([
    ['terminal escape sequences', () => escapeStorm()],
    ['random bytes read as text', () => new TextDecoder().decode(binaryBytes())],
    ['an empty body', () => ''],
    ['197 KB of long random words', () => longRandomWords()],
  ])(
    'answers once for %s: let it go, or a prompt within Outlook’s limit',
    async (_, make) => {
      const result = await send(make());
      if (result.allowEvent) expect(result).toEqual({ allowEvent: true });
      else expect((result.errorMessage ?? '').length).toBeLessThanOrEqual(500);
    },
    SLOW,
  );
});
