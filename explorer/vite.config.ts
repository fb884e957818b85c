import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webDir = path.dirname(fileURLToPath(import.meta.url));

// The explorer page: explorer/index.html + explorer/src/*.ts bundled into explorer/dist, which the newsgraph
// server serves at `/`. Relative asset URLs so the page also works behind a path prefix.
export default defineConfig({
  root: webDir,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: path.join(webDir, 'dist'),
    emptyOutDir: true,
    // cytoscape alone is ~430 kB minified; one chunk is what the page needs at first render anyway.
    chunkSizeWarningLimit: 800,
    sourcemap: false,
  },
});
