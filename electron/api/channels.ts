import path from 'node:path';
import { TABLE_NAMES, type ParsedCorpus } from '../corpus/types.js';
import { channel, type ContractOf } from '../ipc/channel.js';
import type { ApiContract } from '../../common/api.js';
import { none, obj, oneOf, str } from '../ipc/validate.js';
import { createCorpusService, type CorpusService } from './corpusService.js';
import { createCurationService } from '../curations/service.js';
import { curationChannels } from '../curations/channels.js';
import { HistoryStore } from './historyStore.js';
import { notebookChannels } from '../notebooks/channels.js';
import { importChannels } from '../imports/channels.js';
import { themeChannels } from '../themes/channels.js';
import type { NotebookDialogs } from '../notebooks/service.js';

/** What the API needs from its host (Electron main or the browser-mode server). */
export interface ApiContext {
  corpusPath: string;
  /** Where user data lives: Electron's userData dir, or the server's --data-dir. */
  dataDir: string;
  loadCorpus: (file: string) => ParsedCorpus | Promise<ParsedCorpus>;
  /** Native Open/Save dialogs for notebooks (Electron only; browser mode has none). */
  notebookDialogs?: NotebookDialogs;
  /** Example notebooks shipped with the app (default: the project's data/). */
  examplesDir?: string;
  /** Parse the corpus at once rather than on the first request (browser mode: before anyone opens the page). */
  warmCorpus?: boolean;
}

export const SQL_MAX_CHARS = 100_000;

function corpusChannels(corpus: CorpusService) {
  return {
    'corpus.info': channel(none, () => corpus.info()),
    'corpus.tables': channel(none, () => corpus.tables()),
    'corpus.table': channel(obj({ name: oneOf(TABLE_NAMES) }), ({ name }) => corpus.table(name)),
    'corpus.bundle': channel(none, () => corpus.bundle()),
  };
}

function historyChannels(ctx: ApiContext) {
  const history = new HistoryStore(path.join(ctx.dataDir, 'sql-history.json'));
  return {
    'history.list': channel(none, () => history.list()),
    'history.add': channel(obj({ sql: str({ max: SQL_MAX_CHARS }) }), ({ sql }) => history.add(sql)),
    'history.clear': channel(none, () => history.clear()),
  };
}

/** Every channel of the API. A feature adds its channels here with one spread line. */
export function createApiChannels(ctx: ApiContext) {
  // The analyst's curations are applied to the parsed corpus on every load, and the curated tables made again after a change.
  const curations = createCurationService({
    dataDir: ctx.dataDir,
    corpus: path.basename(ctx.corpusPath),
    parsed: () => corpus.parsed(),
    onChange: () => corpus.invalidateCurated(),
  });
  const corpus = createCorpusService(ctx.corpusPath, ctx.loadCorpus, async (parsed) => (await curations.apply(parsed)).parsed);
  if (ctx.warmCorpus) corpus.warm();
  return {
    ...corpusChannels(corpus),
    ...curationChannels(curations),
    ...historyChannels(ctx),
    ...notebookChannels(ctx),
    ...importChannels(ctx),
    ...themeChannels(ctx),
  };
}

export type ApiChannels = ReturnType<typeof createApiChannels>;

/** Whether two types are the same (each assignable to the other, in both directions). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type ChannelMismatch = {
  [K in keyof ApiContract | keyof ContractOf<ApiChannels>]: K extends keyof ApiContract & keyof ContractOf<ApiChannels>
    ? Same<ContractOf<ApiChannels>[K], ApiContract[K]> extends true
      ? never
      : K
    : K;
}[keyof ApiContract | keyof ContractOf<ApiChannels>];
// The handlers implement exactly the shared contract (common/api.ts): a channel that differs names itself here.
const handlersMatchContract: [ChannelMismatch] extends [never] ? true : ChannelMismatch = true;
void handlersMatchContract;
