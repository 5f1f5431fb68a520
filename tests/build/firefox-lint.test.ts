// The Firefox build passes Mozilla's own linter (web-ext lint, offline) with nothing to report:
// no errors, no warnings, no notices. It runs on the output of `npm run build:ext`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIREFOX_DIR = resolve('.output/firefox-mv2');

describe('Firefox build', () => {
  it('is clean under web-ext lint', () => {
    expect(existsSync(resolve(FIREFOX_DIR, 'manifest.json')), 'run "npm run build:ext" first').toBe(true);
    const out = execFileSync(
      resolve('node_modules/.bin/web-ext'),
      ['lint', '-s', FIREFOX_DIR, '--output=json', '--no-config-discovery'],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(out) as {
      summary: Record<string, number>;
      errors: unknown[];
      warnings: unknown[];
      notices: unknown[];
      metadata: { id: string };
    };
    expect({
      summary: report.summary,
      errors: report.errors,
      warnings: report.warnings,
      notices: report.notices,
    }).toEqual({
      summary: { errors: 0, notices: 0, warnings: 0 },
      errors: [],
      warnings: [],
      notices: [],
    });
    expect(report.metadata.id).toBe('oss-assist@iom.int');
  });
});
