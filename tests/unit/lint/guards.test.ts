// The lint rules that keep the core pure and promises handled, checked against files that break
// them: a rule that silently stopped matching would otherwise pass unnoticed.
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Lints `code` as a real file in `dir` (typed rules need it on disk), then removes it. */
async function lintAt(dir: string, code: string, ext = 'ts'): Promise<{ rule: string | null; message: string }[]> {
  const file = join(ROOT, dir, `lint-probe-${randomUUID().slice(0, 8)}.${ext}`);
  writeFileSync(file, code);
  try {
    const [result] = await new ESLint({ cwd: ROOT }).lintFiles([file]);
    return (result?.messages ?? []).map((m) => ({ rule: m.ruleId, message: m.message }));
  } finally {
    rmSync(file, { force: true });
  }
}
const lintInCore = (code: string) => lintAt('shared/core', code);
const boundary = (found: { rule: string | null; message: string }[]) =>
  found.filter((m) => m.rule === '@typescript-eslint/no-restricted-imports').map((m) => m.message);

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
    const found = await lintInCore(
      'async function save(): Promise<void> {}\nexport function run(): void {\n  save();\n}\n',
    );
    expect(found.map((m) => m.rule)).toContain('@typescript-eslint/no-floating-promises');
    const severity = await new ESLint({ cwd: ROOT }).calculateConfigForFile(
      join(ROOT, 'shared', 'ui', 'AssistantApp.tsx'),
    );
    expect(
      (severity as { rules: Record<string, unknown[]> }).rules['@typescript-eslint/no-floating-promises']?.[0],
    ).toBe(2);
  }, 120_000);

  it('pass a clean core file', async () => {
    expect(await lintInCore("import { z } from 'zod';\nexport const Name = z.string().min(1);\n")).toEqual([]);
  }, 120_000);
});

// The light/heavy rule: what the popup, the pane and the send-time script load may not reach
// zod's classic API, the pack checker or the document import, directly or through a light module.
describe('import boundaries of the size-budgeted hosts', () => {
  it('refuse the pack checker in a light core module (as citation.ts importing it would)', async () => {
    const found = boundary(
      await lintAt('shared/core/assist', "import { checkPack } from '../pack/check';\nexport const x = checkPack;\n"),
    );
    expect(found).toEqual([expect.stringContaining('zod classic')]);
  }, 120_000);

  it('refuse zod classic, pdfjs and the core barrel in the UI, the pane and the extension helpers', async () => {
    const code = (up: string) =>
      `import { z } from 'zod';\nimport * as pdfjs from 'pdfjs-dist';\nimport { createAssistant } from '${up}core/index';\nexport const x = [z, pdfjs, createAssistant];\n`;
    for (const [dir, up] of [
      ['shared/ui', '../'],
      ['addin/src', '../../shared/'],
      ['utils', '../shared/'],
    ] as const) {
      const found = boundary(await lintAt(dir, code(up)));
      expect(found, dir).toEqual([
        expect.stringContaining("zod's classic API"),
        expect.stringContaining('PDF and Word parsing'),
        expect.stringContaining('not a barrel'),
      ]);
    }
  }, 120_000);

  it('allow a type import of the pack schema but not a value import', async () => {
    expect(
      boundary(
        await lintAt('shared/core/assist', "import type { Pack } from '../pack/schema';\nexport type P = Pack;\n"),
      ),
    ).toEqual([]);
    expect(
      boundary(await lintAt('shared/core/assist', "import { Pack } from '../pack/schema';\nexport const P = Pack;\n")),
    ).toEqual([expect.stringContaining('import type')]);
  }, 120_000);

  it('refuse a heavy sibling inside the pack and import folders', async () => {
    expect(
      boundary(await lintAt('shared/core/pack', "import { checkPack } from './check';\nexport const x = checkPack;\n")),
    ).toEqual([]);
    // A probe file in pack/ is not one of the light files; merge.ts is. Lint its text at its own path.
    const merge = join(ROOT, 'shared/core/pack/merge.ts');
    const [result] = await new ESLint({ cwd: ROOT }).lintText(
      "import { checkPack } from './check';\nexport const x = checkPack;\n",
      { filePath: merge },
    );
    expect(boundary((result?.messages ?? []).map((m) => ({ rule: m.ruleId, message: m.message })))).toEqual([
      expect.stringContaining('zod classic'),
    ]);
    const messages = join(ROOT, 'shared/core/import/messages.ts');
    const [r2] = await new ESLint({ cwd: ROOT }).lintText(
      "import { extractPdfText } from './pdf';\nexport const x = extractPdfText;\n",
      { filePath: messages },
    );
    expect(boundary((r2?.messages ?? []).map((m) => ({ rule: m.ruleId, message: m.message })))).toEqual([
      expect.stringContaining('document import'),
    ]);
  }, 120_000);

  it('leave the CLI and lazy import()s free', async () => {
    expect(boundary(await lintAt('shared/ui', "export const load = () => import('../core/pack/check');\n"))).toEqual(
      [],
    );
    expect(
      boundary(await lintAt('cli', "import { checkPack } from '../shared/core/index';\nexport const x = checkPack;\n")),
    ).toEqual([]);
  }, 120_000);
});
