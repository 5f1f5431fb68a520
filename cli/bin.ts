// The process around the CLI: real streams, the exit code, and a reader that stops early.
// `npm run build` bundles this file to dist/cli/oss-assist.mjs, which the `oss-assist` bin runs.
import { main } from './main';

// `oss-assist suggest --jsonl … | head -1`: head closes the pipe after one line. Stop quietly, as
// Unix tools do, instead of printing an EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
