// Builds the three parts of the desktop app: main (Node), preload (sandboxed, one CommonJS file) and the renderer (React).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        // The core's worker thread (electron/core/app/worker) is an entry of its own: out/main/worker.js.
        input: { index: resolve(root, 'electron/main/index.ts'), worker: resolve(root, 'electron/core/app/worker/entry.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        // A sandboxed preload must be a single CommonJS file.
        output: { format: "cjs", entryFileNames: "[name].cjs", codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // Minified: a third of the script to read at every start of a window (and of each page printing a pack).
      minify: true,
      // Loaded from disk, not a network: a large chunk costs nothing to fetch, so no warning about one (the CLI's
      // report command rebuilds a stale renderer and would otherwise print it among its own messages).
      chunkSizeWarningLimit: 4096,
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html'), print: resolve(root, 'renderer/print.html') } },
    },
  },
});
