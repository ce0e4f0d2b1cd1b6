import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, resolveLocal, ROOT, sourceFiles, specifiersOf } from './importGraph';

/** Imports from `folder` that land in one of `forbidden` (top-level folders), as "file → target". */
function crossings(folder: string, forbidden: string[]): string[] {
  const out: string[] = [];
  for (const file of sourceFiles(folder)) {
    for (const spec of specifiersOf(file)) {
      const target = resolveLocal(file, spec);
      if (target && forbidden.includes(target.split(path.sep)[0])) out.push(`${file} → ${spec}`);
    }
  }
  return out;
}

describe('one contract between the processes (docs/architecture.md)', () => {
  it('the renderer never imports the main process, and the main process never imports the renderer', () => {
    expect(crossings('renderer', ['electron'])).toEqual([]);
    expect(crossings('electron', ['renderer'])).toEqual([]);
  });

  it('common/ imports neither side, nor Electron, nor Node built-ins', () => {
    expect(crossings('common', ['electron', 'renderer'])).toEqual([]);
    const hostImports = sourceFiles('common').flatMap((f) => specifiersOf(f).filter((s) => s === 'electron' || s.startsWith('node:') || ['fs', 'path', 'os', 'crypto'].includes(s)).map((s) => `${f} → ${s}`));
    expect(hostImports).toEqual([]);
  });

  it('common/ compiles with no DOM and no Node types, so a host API cannot creep in', () => {
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'common', 'tsconfig.json')], { stdio: 'pipe' })).not.toThrow();
  }, 60_000);

  it('keeps every source file under 400 lines', () => {
    const long = sourceFiles('common', 'electron', 'renderer')
      .map((f) => ({ f, lines: readFileSync(path.join(ROOT, f), 'utf8').split('\n').length }))
      .filter((x) => x.lines > 400)
      .map((x) => `${x.f}: ${x.lines}`);
    expect(long).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(importCycles(sourceFiles('common', 'electron', 'renderer'))).toEqual([]);
  });
});
