// What a command may touch: the three standard streams (tests pass their own), and the two ways a
// command fails: a usage error (exit 2, with the command's usage) or a run-time failure (exit 1).
import { plainText } from './plain-text';

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Today, for commands that compare dates (check-pack --max-age-days). Tests fix it. */
  now?: () => Date;
}

export interface Command {
  name: string;
  usage: string;
  /** Resolves to the exit code; throws UsageError (exit 2) or any other error (exit 1). */
  run(args: string[], io: Io): Promise<number>;
}

/** The person asked for something the command does not take: exit 2, with the usage. */
export class UsageError extends Error {}

/** The most any command reads from one file or from standard input (an email, a pack, a document). */
export const MAX_INPUT_BYTES = 25 * 1024 * 1024;
export const MAX_INPUT_LABEL = '25 MB';

export class TooLargeError extends Error {
  constructor(what: string) {
    super(`${what} is larger than ${MAX_INPUT_LABEL}, the most oss-assist reads; nothing was done.`);
  }
}

/** Standard input, up to `limit` bytes: past that it stops reading and throws, so memory stays bounded. */
export async function readAll(stream: NodeJS.ReadableStream, limit = MAX_INPUT_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > limit) throw new TooLargeError('standard input');
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** Human-readable text: control characters from outside text are shown, never obeyed. */
export function write(stream: NodeJS.WritableStream, text: string): void {
  const safe = plainText(text);
  stream.write(safe.endsWith('\n') ? safe : `${safe}\n`);
}

/** JSON for scripts: JSON.stringify already escapes every C0 control character. */
export function writeJson(stream: NodeJS.WritableStream, value: unknown, indent?: number): void {
  stream.write(`${JSON.stringify(value, null, indent)}\n`);
}
