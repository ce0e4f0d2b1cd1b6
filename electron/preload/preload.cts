// Sandboxed preload: CommonJS, no imports but 'electron', so the channel list is written out here and checked
// against the contract by the compiler (a channel added to the API and missing here fails the build).
import { contextBridge, ipcRenderer } from 'electron';
import type { ChannelName, WorkbenchApi } from '../../common/api.js' with { 'resolution-mode': 'import' };

const CHANNELS = [
  'corpus.info',
  'corpus.tables',
  'corpus.table',
  'corpus.bundle',
  'history.list',
  'history.add',
  'history.clear',
  'notebook.startup',
  'notebook.list',
  'notebook.open',
  'notebook.openDialog',
  'notebook.openText',
  'notebook.save',
  'notebook.saveAs',
  'notebook.recent',
  'notebook.autosave',
  'notebook.recover',
  'notebook.discardRecovery',
  'notebook.examples',
  'imports.list',
  'imports.add',
  'imports.table',
  'imports.remove',
  'imports.corpusTable',
  'curations.list',
  'curations.add',
  'curations.update',
  'curations.remove',
  'curations.import',
  'themes.load',
  'themes.save',
] as const satisfies readonly ChannelName[];

type MissingChannels = Exclude<ChannelName, (typeof CHANNELS)[number]>;
const everyChannelListed: [MissingChannels] extends [never] ? true : MissingChannels = true;
void everyChannelListed;

const api = Object.fromEntries(
  CHANNELS.map((name) => [name, (args: unknown) => ipcRenderer.invoke(`api:${name}`, args)]),
) as WorkbenchApi;

contextBridge.exposeInMainWorld('kyosei', api);
