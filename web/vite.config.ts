// The explorer's build: root is web/, output web/dist (served by `minutes-graph serve`).
// In `vite dev`, /api goes to a locally running `minutes-graph serve --port 3111`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://127.0.0.1:3111' } },
});
