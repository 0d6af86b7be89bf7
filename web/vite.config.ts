// The explorer's build: root is web/, output web/dist (served by `minutes-graph serve`).
// In `vite dev`, /api goes to a locally running `minutes-graph serve --port 3111`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  // One bundle of about 720 kB (mostly Cytoscape and d3), loaded once from the local server:
  // splitting it would gain nothing, so the size warning starts above it.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1024 },
  server: { proxy: { '/api': 'http://127.0.0.1:3111' } },
});
