#!/usr/bin/env node
// The `oss-assist` command. It runs the TypeScript sources through tsx, so the CLI
// needs no build step and always matches the core the extension and add-in ship.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
