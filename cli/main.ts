// The command line's one convention: node:util parseArgs in every command; a usage error exits 2
// with the command's usage, a run-time failure exits 1 with one plain sentence, success exits 0.
import { commands } from './commands/index';
import { UsageError, write, type Io } from './io';
import { errorText } from '../shared/core/model/result';
import { setDebugSink } from '../shared/core/model/debug';

function help(): string {
  const lines = ['Usage: oss-assist <command> [options]', '', 'Commands:'];
  for (const c of commands) lines.push(`  ${c.name.padEnd(16)} ${c.summary}`);
  lines.push(
    '',
    'Run "oss-assist <command> --help" for the options of one command.',
    'Any command takes --debug: also print what the core set aside, and where a failure happened.',
    'Exit codes: 0 done, 1 failed (the input or a file was wrong), 2 usage error.',
  );
  return lines.join('\n');
}

export async function main(argv: string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug');
  const [name, ...rest] = argv.filter((a) => a !== '--debug');
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    write(name ? io.stdout : io.stderr, help());
    return name ? 0 : 2;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    write(io.stderr, `oss-assist: unknown command "${name}".\n\n${help()}`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    write(io.stdout, command.usage);
    return 0;
  }
  // --debug: what the core swallows on purpose (debug(where, error)) goes to standard error too.
  if (debug) setDebugSink((where, text) => write(io.stderr, `debug: ${where}: ${text}`));
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      write(io.stderr, `oss-assist ${name}: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    write(io.stderr, `oss-assist ${name}: ${errorText(error)}`);
    if (debug && error instanceof Error && error.stack) write(io.stderr, error.stack);
    return 1;
  } finally {
    if (debug) setDebugSink(null);
  }
}
