import { CliError } from './exitCodes';

/**
 * A small, strict argument parser: `--name value`, `--name=value`, boolean `--flag`, positionals, and
 * `--` to end options. Unknown options are a usage error (exit 2), never silently ignored.
 */
export type OptionSpec = { kind: 'string' | 'boolean'; repeatable?: boolean };

export type ParsedArgs = {
  positionals: string[];
  strings: Record<string, string[]>;
  flags: Set<string>;
};

export function parseArgs(argv: readonly string[], spec: Record<string, OptionSpec>): ParsedArgs {
  const out: ParsedArgs = { positionals: [], strings: {}, flags: new Set() };
  let i = 0;
  let onlyPositionals = false;
  while (i < argv.length) {
    const arg = argv[i] ?? '';
    i += 1;
    if (onlyPositionals || !arg.startsWith('--') || arg === '--') {
      if (arg === '--' && !onlyPositionals) {
        onlyPositionals = true;
        continue;
      }
      out.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const s = spec[name];
    if (!s) throw new CliError('CLI_UNKNOWN_OPTION', `unknown option --${name}`);
    if (s.kind === 'boolean') {
      if (eq >= 0) throw new CliError('CLI_BAD_OPTION', `option --${name} takes no value`);
      out.flags.add(name);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = argv[i];
      i += 1;
    }
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) {
      throw new CliError('CLI_MISSING_VALUE', `option --${name} needs a value`);
    }
    const list = (out.strings[name] ??= []);
    if (list.length > 0 && !s.repeatable) throw new CliError('CLI_REPEATED_OPTION', `option --${name} given more than once`);
    list.push(value);
  }
  return out;
}

/** A comma-separated option (`--format pdf,xlsx`) as a de-duplicated list in the given order. */
export function commaList(values: string[] | undefined): string[] {
  const out: string[] = [];
  for (const v of values ?? []) {
    for (const part of v.split(',')) {
      const p = part.trim().toLowerCase();
      if (p && !out.includes(p)) out.push(p);
    }
  }
  return out;
}
