import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Runs the preload as Electron's sandbox would (CommonJS, only 'electron' requirable) against a fake electron. */
function loadPreload() {
  const source = readFileSync(path.resolve('electron/preload/preload.cts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const exposed: Record<string, unknown> = {};
  const invoked: { channel: string; args: unknown }[] = [];
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
    ipcRenderer: { invoke: async (channel: string, args: unknown) => (invoked.push({ channel, args }), { ok: true, value: null }) },
  };
  const module = { exports: {} };
  vm.runInNewContext(js, {
    require: (name: string) => {
      required.push(name);
      if (name !== 'electron') throw new Error(`sandboxed preload cannot require ${name}`);
      return electron;
    },
    module,
    exports: module.exports,
  });
  return { exposed, invoked, required };
}

describe('preload', () => {
  it('requires nothing but electron, so it runs in the sandbox', () => {
    expect(loadPreload().required).toEqual(['electron']);
  });

  it('exposes one named function per channel as window.kyosei, and nothing else', async () => {
    const { exposed, invoked } = loadPreload();
    expect(Object.keys(exposed)).toEqual(['kyosei']);
    const api = exposed.kyosei as Record<string, (args: unknown) => Promise<unknown>>;
    expect(Object.values(api).every((f) => typeof f === 'function')).toBe(true);
    expect(api).not.toHaveProperty('invoke');
    await api['corpus.table']({ name: 'entities' });
    await api['history.add']({ sql: 'SELECT 1' });
    expect(invoked).toEqual([
      { channel: 'api:corpus.table', args: { name: 'entities' } },
      { channel: 'api:history.add', args: { sql: 'SELECT 1' } },
    ]);
  });
});
