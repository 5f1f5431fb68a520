// Every command reads its options with node:util parseArgs (strict: an unknown option is an error),
// and every mistake in them becomes a UsageError (exit 2, with the command's usage).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

function plainMessage(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const option = /'(-[^']*)'/.exec(e.message ?? '')?.[1]?.split(/[ ,]/)[0];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? ''}.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take/.test(e.message ?? '')
        ? `${option ?? 'that option'} takes no value.`
        : `${option ?? 'an option'} needs a value.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return 'this command takes no FILE.';
    default:
      return e.message ?? String(error);
  }
}

export function readArgs<O extends Options>(args: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(plainMessage(error));
  }
}

/** A value that must be one of a list, e.g. --lang; undefined when the option was not given. */
export function oneOf<T extends string>(name: string, value: string | undefined, list: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(list as readonly string[]).includes(value))
    throw new UsageError(`--${name} must be one of ${list.join(', ')}.`);
  return value as T;
}
