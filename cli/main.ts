import { commands } from './commands/index';
import { write, type Io } from './io';
import { errorText } from '../shared/core/model/result';

function help(): string {
  const lines = ['Usage: oss-assist <command> [options]', '', 'Commands:'];
  for (const c of commands) lines.push(`  ${c.name.padEnd(16)} ${c.summary}`);
  lines.push('', 'Run "oss-assist <command> --help" for the options of one command.');
  return lines.join('\n');
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    write(io.stdout, help());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    write(io.stderr, `oss-assist: unknown command "${name}".\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    write(io.stdout, command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    write(io.stderr, `oss-assist ${name}: ${errorText(error)}`);
    return 1;
  }
}
