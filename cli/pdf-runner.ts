// Runs the PDF reading of `import-document` in a child process (cli/pdf-child.mjs) that can be
// stopped: with a heap limit, killed when a page takes too long or the whole reading does. Inside,
// pdf.ts bounds what it can see (inflated bytes, pages, text items); a page that keeps pdfjs busy
// in one call (nested drawings) or memory grown past the limit can only be stopped from here.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { IMPORT_LIMITS, importProblem } from '../shared/core/import/messages';
import { fail } from '../shared/core/model/result';
import { hasForms } from '../shared/core/import/file-bytes';
import type { PdfTextResult } from '../shared/core/import/pdf';

export interface PdfRunLimits {
  /** The child's V8 heap, in MB (--max-old-space-size). */
  heapMb: number;
  /** Time to start the child and load pdfjs, in ms (a busy machine is slow to start a process). */
  startMs: number;
  /** Silence allowed between two pages (and before the first), in ms. */
  idleMs: number;
  totalMs: number;
}

export const PDF_RUN_LIMITS: PdfRunLimits = {
  heapMb: 384,
  startMs: 30_000,
  // pdf.ts stops a page at pageSeconds; this catches a page that never lets it look at the clock,
  // with some room for a busy machine, and keeps the whole stop (start, silence, the sentence)
  // under the 10 s a person should wait for a refusal.
  idleMs: (IMPORT_LIMITS.pageSeconds + 3) * 1000,
  totalMs: (IMPORT_LIMITS.totalSeconds + 10) * 1000,
};

type Message = { ready: true } | { progress: [number, number] } | { result: PdfTextResult } | { error: string };

const CHILD = fileURLToPath(new URL('./pdf-child.mjs', import.meta.url));

export function extractPdfInChild(
  bytes: Uint8Array,
  limits: PdfRunLimits = PDF_RUN_LIMITS,
  onProgress?: (page: number, pages: number) => void,
): Promise<PdfTextResult> {
  return new Promise((resolve) => {
    const child = fork(CHILD, [], {
      execArgv: [`--max-old-space-size=${limits.heapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    let settled = false;
    const finish = (result: PdfTextResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(idle);
      clearTimeout(total);
      if (child.exitCode === null) child.kill('SIGKILL');
      resolve(result);
    };
    const tooSlow = () =>
      finish(
        fail(
          hasForms(bytes)
            ? importProblem('pdf-too-complex')
            : importProblem('too-slow', { seconds: Math.round(limits.idleMs / 1000) }),
        ),
      );
    const notStarted = () => finish(fail(importProblem('too-slow', { seconds: Math.round(limits.startMs / 1000) })));
    let idle = setTimeout(notStarted, limits.startMs);
    const total = setTimeout(tooSlow, limits.totalMs);
    child.on('message', (message: Message) => {
      clearTimeout(idle);
      idle = setTimeout(tooSlow, limits.idleMs);
      if ('ready' in message) child.send({ bytes });
      else if ('progress' in message) onProgress?.(...message.progress);
      else if ('result' in message) finish(message.result);
      else finish(fail(importProblem('pdf-invalid', { detail: message.error })));
    });
    // Killed by the heap limit (or any crash) before answering: it needed more than it may have.
    child.on('exit', () => finish(fail(importProblem('too-much-content'))));
    child.on('error', (error) => finish(fail(importProblem('pdf-invalid', { detail: error.message }))));
  });
}
