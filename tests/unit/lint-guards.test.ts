// The lint rules that keep the core pure and promises handled, checked against files that break
// them: a rule that silently stopped matching would otherwise pass unnoticed.
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Lints `code` as a real file in shared/core (typed rules need it on disk), then removes it. */
async function lintInCore(code: string): Promise<{ rule: string | null; message: string }[]> {
  const file = join(ROOT, 'shared', 'core', `lint-probe-${randomUUID().slice(0, 8)}.ts`);
  writeFileSync(file, code);
  try {
    const [result] = await new ESLint({ cwd: ROOT }).lintFiles([file]);
    return (result?.messages ?? []).map((m) => ({ rule: m.ruleId, message: m.message }));
  } finally {
    rmSync(file, { force: true });
  }
}

describe('lint guards', () => {
  it('refuse React, WXT and UI code in shared/core', async () => {
    const found = await lintInCore(
      "import { useState } from 'react';\nimport { browser } from 'wxt/browser';\nimport { Button } from '@fluentui/react-components';\nexport const x = [useState, browser, Button];\n",
    );
    expect(found.filter((m) => m.rule === 'no-restricted-imports').map((m) => m.message)).toEqual([
      expect.stringContaining('shared/core must not depend on UI libraries.'),
      expect.stringContaining('shared/core must not depend on the extension host.'),
      expect.stringContaining('shared/core must not depend on UI libraries.'),
    ]);
  }, 120_000);

  it('refuse Office, the extension API, the DOM and the network in shared/core', async () => {
    const found = await lintInCore(
      'export const item = () => Office.context.mailbox.item;\nexport const id = () => browser.runtime.id;\nexport const title = () => document.title;\nexport const get = () => fetch("https://example.org");\n',
    );
    expect(found.filter((m) => m.rule === 'no-restricted-globals').map((m) => m.message)).toEqual([
      expect.stringContaining('shared/core must not use Office.js.'),
      expect.stringContaining('shared/core must not use the extension API.'),
      expect.stringContaining('shared/core must not touch the DOM.'),
      expect.stringContaining('shared/core makes no network requests.'),
    ]);
  }, 120_000);

  it('make a floating promise an error', async () => {
    const found = await lintInCore('async function save(): Promise<void> {}\nexport function run(): void {\n  save();\n}\n');
    expect(found.map((m) => m.rule)).toContain('@typescript-eslint/no-floating-promises');
    const severity = await new ESLint({ cwd: ROOT }).calculateConfigForFile(join(ROOT, 'shared', 'ui', 'App.tsx'));
    expect((severity as { rules: Record<string, unknown[]> }).rules['@typescript-eslint/no-floating-promises']?.[0]).toBe(2);
  }, 120_000);

  it('pass a clean core file', async () => {
    expect(await lintInCore("import { z } from 'zod';\nexport const Name = z.string().min(1);\n")).toEqual([]);
  }, 120_000);
});
