import path from 'node:path';
import { channel } from '../ipc/channel.js';
import { ArgumentError, none, obj, type Check } from '../ipc/validate.js';
import { themeIssues, type Theme } from '../../common/search/themes.js';
import { ThemeStore } from './themeStore.js';

/** Themes arriving from the renderer are untrusted: every name, expression and un-coded passage is checked. */
export const themesArg: Check<Theme[]> = (value, at) => {
  const issues = themeIssues(value, at);
  if (issues.length) throw new ArgumentError(issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`).join('\n'));
  return value as Theme[];
};

export function themeChannels(ctx: { dataDir: string }) {
  const store = new ThemeStore(path.join(ctx.dataDir, 'themes.json'));
  return {
    'themes.load': channel(none, () => store.load()),
    'themes.save': channel(obj({ themes: themesArg }), ({ themes }) => store.save(themes)),
  };
}
