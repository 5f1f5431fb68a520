// The command line's start-to-answer: wall-clock time from starting the process to its exit, for
// one 2 KB email, run directly with plain Node (the built bin) and through npx (which resolves the
// package first). An empty `node -e ""` is timed beside them as the machine's own floor.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMAIL_2KB } from './corpus';
import { round, summarise, type Figure } from './measure';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function wall(command: string, args: string[], input: string): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd: ROOT, input, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

export function benchCli(log: (line: string) => void, runs = 9): Figure[] {
  if (!existsSync(join(ROOT, 'dist/cli/oss-assist.mjs'))) {
    log('cli: building the bundle (npm run build:cli)…');
    execFileSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  }
  const file = join(mkdtempSync(join(tmpdir(), 'oss-bench-')), 'email.txt');
  writeFileSync(file, EMAIL_2KB);
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const cases = {
    node: () => wall(process.execPath, ['-e', ''], ''),
    direct: () => wall(process.execPath, ['cli/oss-assist.mjs', 'suggest', file], ''),
    npx: () => wall(npx, ['--no-install', 'oss-assist', 'suggest', file], ''),
  };
  log(`cli: ${runs} runs each of node, the bin and npx, interleaved…`);
  const samples: Record<keyof typeof cases, number[]> = { node: [], direct: [], npx: [] };
  for (let i = 0; i < runs; i++)
    for (const [k, run] of Object.entries(cases)) samples[k as keyof typeof cases].push(run());
  const [node, direct, viaNpx] = [summarise(samples.node), summarise(samples.direct), summarise(samples.npx)];
  const s = (ms: number) => round(ms / 1000, 3);
  return [
    {
      id: 'cli.direct',
      label: 'CLI start-to-answer, 2 KB email: node cli/oss-assist.mjs (built)',
      value: s(direct.median),
      unit: 's',
      max: 0.25,
      detail: `median of ${direct.runs} runs, p95 ${s(direct.p95)} s`,
    },
    {
      id: 'cli.npx',
      label: '  the same through npx oss-assist',
      value: s(viaNpx.median),
      unit: 's',
      detail: `median of ${viaNpx.runs} runs, p95 ${s(viaNpx.p95)} s`,
    },
    {
      id: 'cli.node',
      label: '  an empty node -e "" (the machine floor)',
      value: s(node.median),
      unit: 's',
    },
  ];
}
