// Every command, one file each. tests/unit/cli-commands.test.ts checks each file is listed here.
import type { Command } from '../io';
import { suggest } from './suggest';
import { checkPackCommand } from './check-pack';
import { importDocumentCommand } from './import-document';
import { trainCommand } from './train';
import { evalCommand } from './eval';
import { searchCommand } from './search';

export const commands: Command[] = [
  suggest,
  checkPackCommand,
  importDocumentCommand,
  searchCommand,
  trainCommand,
  evalCommand,
];
