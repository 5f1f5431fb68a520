// Every command file is registered, so a new command cannot be written and forgotten.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../cli/commands/index';

describe('CLI commands', () => {
  const files = readdirSync(new URL('../../../cli/commands/', import.meta.url)).filter(
    (f) => f.endsWith('.ts') && f !== 'index.ts',
  );

  it('registers one command per file, each named after its file', () => {
    expect(commands.map((c) => `${c.name}.ts`).sort()).toEqual(files.sort());
  });

  it('gives each command a summary, and loads each as the command of that name with its usage', async () => {
    for (const c of commands) {
      expect(c.summary.length).toBeGreaterThan(10);
      const command = await c.load();
      expect(command.name).toBe(c.name);
      expect(command.usage).toMatch(new RegExp(`^Usage: oss-assist ${c.name}`));
    }
  });
});
