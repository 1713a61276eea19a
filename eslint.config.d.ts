// Types of what eslint.config.js exports besides its config, for the test of the fences (tests/unit/lint).
import type { Linter } from 'eslint';

/** The folders of electron/core by layer, bottom first. */
export declare const CORE_LAYERS: readonly (readonly string[])[];

declare const config: Linter.Config[];
export default config;
