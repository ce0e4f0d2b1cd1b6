import path from 'node:path';
import { createApiChannels } from '../api/channels.js';
import type { ParsedCorpus } from '../corpus/types.js';
import { DEFAULT_CORPUS_PATH, PROJECT_ROOT } from '../corpus/defaultCorpus.js';
import { startWorkbenchServer, type WorkbenchServer } from './server.js';

/** Loaded on first use so a broken parser shows up as an API error in the app rather than a server that will not start. */
export async function loadDefaultCorpusModule(file: string): Promise<ParsedCorpus> {
  const { loadCorpusFile } = await import('../corpus/loadCorpus.js');
  return loadCorpusFile(file);
}

export interface BrowserModeOptions {
  port?: number;
  dataDir?: string;
  distDir?: string;
  corpusPath?: string;
  loadCorpus?: (file: string) => ParsedCorpus | Promise<ParsedCorpus>;
}

export const DEFAULT_WEB_PORT = 5178;

/** Starts browser mode with the real corpus and API: what `npm run web` and the e2e tests call. */
export function startBrowserMode(options: BrowserModeOptions = {}): Promise<WorkbenchServer> {
  const channels = createApiChannels({
    corpusPath: options.corpusPath ?? DEFAULT_CORPUS_PATH,
    dataDir: options.dataDir ?? path.join(PROJECT_ROOT, '.cache', 'user-data'),
    loadCorpus: options.loadCorpus ?? loadDefaultCorpusModule,
    // The page's first request is the corpus: have it parsed while the browser opens and fetches the engine.
    warmCorpus: true,
  });
  return startWorkbenchServer({ distDir: options.distDir ?? path.join(PROJECT_ROOT, 'dist'), channels, port: options.port });
}

/** Port from --port N, then PORT, then the default. */
export function parsePort(argv: readonly string[], env: Record<string, string | undefined>): number {
  const i = argv.indexOf('--port');
  const raw = i >= 0 ? argv[i + 1] : env.PORT;
  if (raw === undefined || raw === '') return DEFAULT_WEB_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`ポート番号が正しくありません: ${raw}`);
  return port;
}
