// What a PDF will cost to read, measured before pdfjs parses it. A PDF's streams are mostly
// Flate-compressed, and Flate inflates up to ~1,000 : 1: a 1 MB file can hold 1 GB of page
// content, which pdfjs would inflate whole into memory. Here each Flate stream is inflated with a
// running count and dropped as it goes, stopping as soon as the total passes the limit. Web
// streams only (DecompressionStream is in browsers, workers and Node ≥ 18): no node API.

// An object's dictionary, then its stream's data. Pictures are skipped: reading text never
// decodes them, and a scanned page's pictures may rightly inflate to hundreds of MB.
const STREAM = /\b(\d+)\s+\d+\s+obj\s*<<([\s\S]{0,4000}?)>>\s*stream\r?\n/g;

interface Stream {
  object: number;
  start: number;
  end: number;
  flate: boolean;
}

/** Each stream but pictures: its object number and the offsets of its data. */
function streams(text: string): Stream[] {
  const out: Stream[] = [];
  STREAM.lastIndex = 0;
  for (let m = STREAM.exec(text); m; m = STREAM.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const dict = m[2] ?? '';
    if (!/\/Subtype\s*\/Image\b/.test(dict))
      out.push({ object: Number(m[1]), start, end, flate: /\/FlateDecode\b/.test(dict) });
    STREAM.lastIndex = end;
  }
  return out;
}

/** How many pages name each object as their /Contents (a direct reference, or one in an array). */
function contentUses(text: string): Map<number, number> {
  const uses = new Map<number, number>();
  for (const m of text.matchAll(/\/Contents\s*(\[[^\]]{0,2000}\]|\d+\s+\d+\s+R)/g)) {
    for (const ref of (m[1] ?? '').matchAll(/(\d+)\s+\d+\s+R/g)) {
      const n = Number(ref[1]);
      uses.set(n, (uses.get(n) ?? 0) + 1);
    }
  }
  return uses;
}

async function inflatedLength(data: Uint8Array, budget: number): Promise<number> {
  const reader = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate'))
    .getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > budget) break;
    }
  } catch {
    // A damaged stream or a wrong checksum: what came out before counts; pdfjs judges the rest.
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  return total;
}

/**
 * Pages drawing one shared content stream: a real document's pages each have their own text, but a
 * hostile one can have 2,000 pages draw one large stream, and be read 2,000 times.
 */
export const SHARED_CONTENT = { pages: 20, bytes: 16 * 1024 } as const;

/**
 * Whether the PDF asks for more work than its size suggests: its streams (not pictures) inflate
 * to more than `limit` bytes together, or many pages draw one large shared stream.
 */
export async function costsBeyond(bytes: Uint8Array, limit: number): Promise<boolean> {
  // latin1: one character per byte, so string offsets are byte offsets.
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  const uses = contentUses(text);
  let total = 0;
  for (const s of streams(text)) {
    const size = s.flate ? await inflatedLength(bytes.subarray(s.start, s.end), limit - total) : s.end - s.start;
    total += size;
    if (total > limit) return true;
    if ((uses.get(s.object) ?? 0) > SHARED_CONTENT.pages && size > SHARED_CONTENT.bytes) return true;
  }
  return false;
}
