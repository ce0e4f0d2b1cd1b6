import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE = /\.(ts|tsx|cts|mts)$/;
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

/** Every source file under the given top-level folders, as paths relative to the project root. */
export function sourceFiles(...folders: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(path.relative(ROOT, full));
    }
  };
  for (const f of folders) walk(path.join(ROOT, f));
  return out.sort();
}

/** The module specifiers a file imports (static, dynamic and require), as written. */
export function specifiersOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(SPECIFIER)].map((m) => m[1]);
}

/** A relative specifier resolved to a project file (relative to the root, without extension), or null for packages. */
export function resolveLocal(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = path.normalize(path.join(path.dirname(from), specifier)).replace(/\.(js|cjs|mjs)$/, '');
  return target;
}

/** The file a resolved target names, trying the source extensions the project uses. */
export function fileOf(target: string, files: ReadonlySet<string>): string | null {
  for (const ext of ['.ts', '.tsx', '.cts', '.mts', '/index.ts']) if (files.has(target + ext)) return target + ext;
  return null;
}

/** The import cycles among the files (each reported once, as the path around it). */
export function importCycles(files: readonly string[]): string[][] {
  const set = new Set(files);
  const edges = new Map(files.map((f) => [f, specifiersOf(f).map((s) => resolveLocal(f, s)).filter((t): t is string => t !== null).map((t) => fileOf(t, set)).filter((t): t is string => t !== null)]));
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const g of edges.get(f) ?? []) {
      if (state.get(g) === 'open') cycles.push([...stack.slice(stack.indexOf(g)), g]);
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return cycles;
}
