import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { themeChannels } from '../../../electron/themes/channels';

describe('themes saved as a plain JSON file through the API', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'kyosei-themes-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts with no themes, saves them, and reads them back from themes.json', async () => {
    const api = themeChannels({ dataDir });
    expect(await dispatch(api, 'themes.load', {})).toEqual({ ok: true, value: [] });
    const themes = [{ name: 'ひきこもり', expressions: ['ひきこもり OR 8050'], excluded: ['000_28d5abefee45edbb.txt:2416:3.④ア(ウ):研修の内容'] }];
    expect(await dispatch(api, 'themes.save', { themes })).toEqual({ ok: true, value: themes });
    const file = JSON.parse(readFileSync(path.join(dataDir, 'themes.json'), 'utf8'));
    expect(file).toEqual({ format: 'kyosei-themes', version: 1, themes });
    expect(await dispatch(themeChannels({ dataDir }), 'themes.load', {})).toEqual({ ok: true, value: themes });
  });

  it('refuses malformed themes with the path of the problem, and writes nothing', async () => {
    const api = themeChannels({ dataDir });
    const bad = await dispatch(api, 'themes.save', { themes: [{ name: 'x', expressions: [], excluded: [], __proto__x: 1 }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    expect(!bad.ok && bad.error.message).toContain('args.themes[0].__proto__x');
    expect(await dispatch(api, 'themes.save', { themes: 'all' })).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    expect(await dispatch(api, 'themes.save', { themes: [], extra: true })).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    expect(await dispatch(api, 'themes.load', {})).toEqual({ ok: true, value: [] });
  });

  it('never writes over a themes file it cannot read', async () => {
    const file = path.join(dataDir, 'themes.json');
    writeFileSync(file, '{"format":"kyosei-themes","version":2,"themes":[]}');
    const api = themeChannels({ dataDir });
    expect(await dispatch(api, 'themes.load', {})).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(await dispatch(api, 'themes.save', { themes: [] })).toMatchObject({ ok: false });
    expect(readFileSync(file, 'utf8')).toBe('{"format":"kyosei-themes","version":2,"themes":[]}');
  });
});
