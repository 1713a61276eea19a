// The project's folder (package.json, out/, resources/): two levels above this module's code, whether it runs from
// source (electron/cli/) or built (out/cli/, where cli.vite.config.ts keeps every chunk, never in a subfolder).
import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
