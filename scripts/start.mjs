// Desktop start: builds what is missing and opens Electron; where the Electron binary is not available
// (it cannot be downloaded on every machine), says so and falls back to browser mode instead of crashing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function run(label, args) {
  console.log(label);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`失敗しました (exit ${r.status}): ${label}`);
    process.exit(r.status ?? 1);
  }
}

/** The Electron executable, or null with the reason. Requiring 'electron' downloads the binary if it can. */
function electronBinary() {
  try {
    const binary = require('electron');
    if (typeof binary === 'string' && existsSync(binary)) return { binary };
    return { reason: `Electron の実行ファイルが見つかりません (${binary})` };
  } catch (e) {
    return { reason: e instanceof Error ? e.message.split('\n')[0] : String(e) };
  }
}

const electron = electronBinary();
if (!electron.binary) {
  console.warn('');
  console.warn('Electron を起動できません: ' + electron.reason);
  console.warn('(Electron cannot start here: its binary is not installed and could not be downloaded.)');
  console.warn('ブラウザモードで起動します。表示された URL をブラウザで開いてください。');
  console.warn('');
  await import('./web.mjs');
} else {
  if (!existsSync(path.join(root, 'dist', 'index.html'))) run('画面をビルドしています (vite build)…', [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build']);
  run('メインプロセスをビルドしています (tsc -p tsconfig.electron.json)…', [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.electron.json']);
  const child = spawn(electron.binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
