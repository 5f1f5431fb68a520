// Two ways to run the CLI, with the same result fields: in-process with its own streams (fast), or
// as a separate process, as a person runs it in a shell. Unit tests spawn the TypeScript entry
// through tsx; tests/build/ spawns the built bin (cli/oss-assist.mjs → dist/cli/oss-assist.mjs).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../../cli/main';
import type { Io } from '../../../cli/io';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

const ROOT = join(import.meta.dirname, '../../..');
/** The built command, exactly as `npx oss-assist` and a global install run it. */
export const BUILT_BIN = [join(ROOT, 'cli/oss-assist.mjs')];
/** The sources, through tsx (a development dependency): no build needed. */
export const SOURCE_BIN = ['--import', 'tsx', join(ROOT, 'cli/bin.ts')];

export async function runCli(args: string[], stdin: string | Buffer = '', extra: Partial<Io> = {}): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const input = typeof stdin === 'string' ? Buffer.from(stdin) : stdin;
  const code = await main(args, { stdin: Readable.from(input.length ? [input] : []), stdout, stderr, ...extra });
  return { code, out, err };
}

/** Runs the CLI in a child process; `input` goes to its standard input. Never hangs past `timeout`. */
export function spawnCli(
  args: string[],
  options: { input?: string | Buffer; bin?: string[]; timeout?: number; cwd?: string } = {},
): Promise<CliResult & { signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.bin ?? SOURCE_BIN), ...args], {
      cwd: options.cwd ?? ROOT,
      timeout: options.timeout ?? 60_000,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdin.on('error', () => {}); // the CLI may stop reading early (a refused input)
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? -1, out, err, signal }));
    child.stdin.end(options.input ?? '');
  });
}
