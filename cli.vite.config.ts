// Builds the command line (electron/cli) as plain JavaScript for Node in out/cli/: index.js, and one chunk per command
// that index.js imports only when that command runs. Libraries stay in node_modules (Vite's server-side build leaves
// them external), so the CLI loads them from there as the tests do; only the project's own code is bundled, which
// spares Node transpiling the whole core from TypeScript at every call.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  root,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node24',
    minify: false,
    rolldownOptions: {
      input: { index: resolve(root, 'electron/cli/index.ts') },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
