// The Firefox build passes Mozilla's own linter (web-ext lint, offline): no errors, no notices,
// and no warnings but one kind in one file. The import worker bundles the document readers
// (pdfjs, mammoth and its dependencies), whose code holds `Function(…)` feature tests and
// fallbacks that the extension's CSP forbids from running, and pdfjs's computed import() of its
// own modules; AMO reviews them as warnings. Our own
// code, and every other file, must stay clean. It runs on the output of `npm run build:ext`.
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
      summary: { errors: number; notices: number; warnings: number };
      errors: unknown[];
      warnings: { code: string; file: string; message?: string }[];
      notices: unknown[];
      metadata: { id: string };
    };
    const readers = (w: { code: string; file: string; message?: string }) =>
      w.file === 'import-worker.js' &&
      (w.code === 'DANGEROUS_EVAL' ||
        (w.code === 'UNSAFE_VAR_ASSIGNMENT' && /^Unsafe call to import/.test(w.message ?? '')));
    expect({
      errors: report.errors,
      warnings: report.warnings.filter((w) => !readers(w)),
      notices: report.notices,
    }).toEqual({ errors: [], warnings: [], notices: [] });
    expect(report.summary.errors + report.summary.notices).toBe(0);
    expect(report.metadata.id).toBe('oss-assist@iom.int');
  });
});
