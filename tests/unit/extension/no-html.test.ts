// The UI and the extension never turn data into markup: React renders text, and the only
// HTML built comes from the core's escaping helpers. This keeps the sinks out of the source.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['shared/ui', 'entrypoints', 'utils', 'components'];
const SINKS =
  /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write\b|\beval\(|new Function\b/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

describe('no HTML from data', () => {
  const all = ROOTS.flatMap(files);

  it('finds the sources it checks', () => {
    expect(all.some((f) => f.endsWith('AssistantApp.tsx'))).toBe(true);
    expect(all.some((f) => f.endsWith('browser-port.ts'))).toBe(true);
  });

  it.each(all)('%s sets no HTML and evaluates no strings', (file) => {
    const hits = readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ line: i + 1, text: line }))
      .filter((l) => SINKS.test(l.text));
    expect(hits).toEqual([]);
  });
});
