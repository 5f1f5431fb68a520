#!/usr/bin/env node
// The `oss-assist` command: plain Node running the CLI bundle that `npm run build` writes
// (dist/cli/oss-assist.mjs and its chunks, with source maps). No compiler at run time, so one
// email is answered in about a quarter of a second, half of it Node's own start (README,
// Performance). During development, `npm run cli -- …` runs the TypeScript sources through tsx.
const bundle = new URL('../dist/cli/oss-assist.mjs', import.meta.url);
try {
  await import(bundle.href);
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli/oss-assist.mjs')) throw error;
  process.stderr.write(
    'oss-assist: the command is not built yet. Run "npm run build" (or "npm run build:cli") first.\n',
  );
  process.exitCode = 1;
}
