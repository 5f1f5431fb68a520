// Every command, one file each. tests/unit/cli-commands.test.ts checks each file is listed here.
import type { Command } from '../io';

export const commands: Command[] = [];
