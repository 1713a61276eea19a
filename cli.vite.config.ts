// Builds the command line (electron/cli) as plain JavaScript for Node in out/cli/: index.js, one chunk per command
// that index.js imports only when that command runs, and worker.js, the core's worker thread that the commands start
// (core/app/worker; cli-support.ts names it). Bundling spares Node transpiling the whole core from TypeScript
// at every call. The small pure-JavaScript libraries the core uses at every command (Kysely, zod, saxes, fflate,
// Papa Parse) are bundled too: loaded from node_modules they are several hundred files for Node to find and compile,
// which took more CPU than the chunks themselves (0.26 s against 0.11 s to load the import command). The others
// (better-sqlite3 with its native addon, exceljs, playwright-core, the report command's build tools) stay in node_modules.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  root,
  logLevel: 'warn',
  ssr: { noExternal: ['kysely', 'zod', 'saxes', 'xmlchars', 'fflate', 'papaparse'] },
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node24',
    minify: false,
    rolldownOptions: {
      input: { index: resolve(root, 'electron/cli/index.ts'), worker: resolve(root, 'electron/core/app/worker/entry.ts') },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
