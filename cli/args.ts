// A small, strict argument reader: unknown options are errors, not silently ignored.
export interface Parsed {
  flags: Set<string>;
  values: Map<string, string[]>;
  positional: string[];
}

export function parseArgs(args: string[], spec: { flags: string[]; values: string[] }): Parsed {
  const out: Parsed = { flags: new Set(), values: new Map(), positional: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-' || !arg.startsWith('-')) {
      out.positional.push(arg);
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (spec.flags.includes(name)) {
      out.flags.add(name);
    } else if (spec.values.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new Error(`${name} needs a value.`);
      out.values.set(name, [...(out.values.get(name) ?? []), value]);
    } else {
      throw new Error(`unknown option ${name}. Run with --help for the options.`);
    }
  }
  return out;
}
