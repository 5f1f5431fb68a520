// Lines of standard input for --jsonl batches, each bounded: readline would hold a line of any
// length in memory, so a single 1 GB line could exhaust it.
import { MAX_INPUT_BYTES, TooLargeError } from './io';

export async function* boundedLines(stream: NodeJS.ReadableStream, limit = MAX_INPUT_BYTES): AsyncGenerator<string> {
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let n = 0;
  const take = (tail: Buffer): string => {
    const line = Buffer.concat([...pending, tail]).toString('utf8');
    pending = [];
    pendingSize = 0;
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  };
  for await (const chunk of stream) {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10)) {
      n++;
      if (pendingSize + at > limit) throw new TooLargeError(`line ${n} of standard input`);
      yield take(bytes.subarray(0, at));
      bytes = bytes.subarray(at + 1);
    }
    pendingSize += bytes.length;
    if (pendingSize > limit) throw new TooLargeError(`line ${n + 1} of standard input`);
    pending.push(bytes);
  }
  if (pendingSize > 0) yield take(Buffer.alloc(0));
}
