import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer lives in renderer/ and builds to dist/, served by app:// in Electron and by the browser-mode server.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  // Plotly's partial bundles refer to `global`.
  define: { global: 'globalThis' },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 6000,
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
});
