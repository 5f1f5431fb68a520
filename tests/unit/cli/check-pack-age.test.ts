// check-pack --max-age-days: pack maintainers are told when a source is older than they allow.
// The clock is the test's, so the figures hold on any day.
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers';

// The default pack's Emergency Manual page is dated 2022-10-19; two other sources give no date.
const at = (iso: string) => ({ now: () => new Date(iso) });

describe('check-pack --max-age-days', () => {
  it('warns about a source updated more than N days ago, with its date and age; exit code stays 0', async () => {
    const r = await runCli(
      ['check-pack', 'data/iom-oss.pack.json', '--max-age-days', '730'],
      '',
      at('2024-10-20T09:00:00Z'),
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/OK — pack "iom-oss"/);
    expect(r.err).toMatch(/warning: source "[^"]+" \(.*\) was last updated 2022-10-19, 732 days ago \(more than 730\)/);
  });

  it('says nothing about a source exactly N days old or newer', async () => {
    const r = await runCli(
      ['check-pack', 'data/iom-oss.pack.json', '--max-age-days', '732'],
      '',
      at('2024-10-20T09:00:00Z'),
    );
    expect(r.err).not.toMatch(/last updated/);
  });

  it('names each source that gives no date, since its age cannot be known', async () => {
    const r = await runCli(
      ['check-pack', 'data/iom-oss.pack.json', '--max-age-days', '99999'],
      '',
      at('2024-10-20T09:00:00Z'),
    );
    expect(r.err.match(/gives no date/g)).toHaveLength(2);
  });

  it('without the option, no warnings at all', async () => {
    const r = await runCli(['check-pack', 'data/iom-oss.pack.json'], '', at('2030-01-01T00:00:00Z'));
    expect(r).toMatchObject({ code: 0, err: '' });
  });

  it.each([['-1'], ['ten'], ['1.5'], ['']])('refuses --max-age-days %j as a usage error', async (value) => {
    const r = await runCli(['check-pack', 'data/iom-oss.pack.json', `--max-age-days=${value}`]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--max-age-days must be a whole number of days/);
  });
});
