// Browser mode: builds the renderer if needed, then serves it and the API on 127.0.0.1 and prints the URL.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};

const distDir = flag('--dist-dir') ? path.resolve(flag('--dist-dir')) : undefined;
if (distDir && !existsSync(path.join(distDir, 'index.html'))) {
  console.error(`--dist-dir にビルド済みの画面がありません: ${distDir}`);
  process.exit(2);
}
if (!distDir && !existsSync(path.join(root, 'dist', 'index.html'))) {
  console.log('dist/ がないため、画面をビルドします (building the renderer)…');
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('ビルドに失敗しました (vite build failed)');
    process.exit(1);
  }
}

register();
const { startBrowserMode, parsePort } = await import(pathToFileURL(path.join(root, 'electron', 'server', 'main.ts')).href);
let port;
try {
  port = parsePort(argv, process.env);
} catch (e) {
  console.error(e.message);
  process.exit(2);
}
const dataDir = flag('--data-dir') ?? process.env.KYOSEI_DATA_DIR;
const corpus = flag('--corpus');
const server = await startBrowserMode({ port, dataDir: dataDir ? path.resolve(dataDir) : undefined, distDir, corpusPath: corpus ? path.resolve(corpus) : undefined });
console.log(`共生ワークベンチ (ブラウザモード): ${server.url}`);
console.log('終了するには Ctrl+C (press Ctrl+C to stop)');
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close().then(() => process.exit(0)));
}
