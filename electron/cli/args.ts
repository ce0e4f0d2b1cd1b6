/** A small argv reader for the command-line tools: positionals, `--name value` options (repeatable) and flags. */
export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string[]>;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], optionNames: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
      if (!optionNames.includes(name)) throw new UsageError(`不明なオプション --${name} (unknown option)`);
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} に値がありません (missing value)`);
      options.set(name, [...(options.get(name) ?? []), value]);
    } else {
      positionals.push(a);
    }
  }
  return { positionals, options };
}

export function one(args: ParsedArgs, name: string, allowed: readonly string[], fallback: string): string {
  const values = args.options.get(name);
  const value = values?.[values.length - 1] ?? fallback;
  if (!allowed.includes(value)) throw new UsageError(`--${name} は ${allowed.join(' | ')} のいずれかです (got ${value})`);
  return value;
}
