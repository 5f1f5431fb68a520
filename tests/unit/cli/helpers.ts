// Runs the CLI in-process with its own streams, as a person would run it in a shell.
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../../cli/main';

export async function runCli(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await main(args, { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr });
  return { code, out, err };
}
