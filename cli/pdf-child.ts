// The child's side of cli/pdf-runner.ts (run by cli/pdf-child.mjs): one PDF, then exit.
import { extractPdfText, loadPdfjs } from '../shared/core/import/pdf';

interface Request {
  bytes: Uint8Array;
}

process.once('message', (message: Request) => {
  void extractPdfText(message.bytes, { onProgress: (page, pages) => process.send?.({ progress: [page, pages] }) })
    .then((result) => process.send?.({ result }, () => process.exit(0)))
    .catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      process.send?.({ error: detail }, () => process.exit(1));
    });
});
// Ready once pdfjs is loaded: the parent's clock for the reading starts then, not while a busy
// machine is still starting this process.
void loadPdfjs().then(() => process.send?.({ ready: true }));
