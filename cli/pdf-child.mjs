#!/usr/bin/env node
// The PDF reading of `oss-assist import-document`, in a child process the parent can kill: pdfjs
// can be kept busy for minutes by a hostile file, and only the process running it can be ended.
// Started by cli/pdf-runner.ts with a heap limit; it receives the bytes, reports each page read,
// and answers with the text or the problem.
import { register } from 'tsx/esm/api';

register();
await import('./pdf-child.ts');
