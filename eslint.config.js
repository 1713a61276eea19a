// Lint rules, and the fences that keep the shape of the code:
// - the process boundaries: shared/ and renderer/ never import Node or Electron, and only electron/main/ and
//   electron/preload/ import 'electron';
// - the layers of electron/core, bottom first (CORE_LAYERS below): a folder imports only folders of the layers
//   below its own, never one of its own layer or above, and nothing of electron/main, preload, cli or harness;
//     0  db, zip, text, log, preferences, updates,  the database, the safe zip reader, small utilities; what a long
//        progress                                  operation reports its progress to
//     1  host, backups, files                       the host kit (contexts, dispatch, undo list); workspace backups;
//                                                  files written whole or not at all
//     2  history                                    the change history, the only code touching change_history
//     3  agencies, reporting, review                the registry; reporting periods; what both merges share
//     4  plan
//     5  planfile, indicators
//     6  snapshots, import
//     7  ratings, committee                          delivery ratings: rules, overrides, roll-ups, trend; the
//                                                   steering committee's own pages per meeting
//     8  reports, packages, exports
//     9  exchange, workspace
//    10  app                                        combines every capability's handlers; nothing imports it
//   (no-restricted-imports, one block per folder and depth of file, made from CORE_LAYERS);
// - no import cycle anywhere in electron/ and shared/ (plandesk/no-import-cycle, lint/no-import-cycle.js).
// tests/unit/lint/fence.test.ts proves each fence refuses what it should.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { noImportCycle } from './lint/no-import-cycle.js';

/** The folders of electron/core by layer, bottom first (see above). A new folder must be given its layer here. */
export const CORE_LAYERS = [
  ['db', 'zip', 'text', 'log', 'preferences', 'updates', 'progress'],
  ['host', 'backups', 'files'],
  ['history'],
  ['agencies', 'reporting', 'review'],
  ['plan'],
  ['planfile', 'indicators'],
  ['snapshots', 'import'],
  ['ratings', 'committee'],
  ['reports', 'packages', 'exports'],
  ['exchange', 'workspace'],
  ['app'],
];

const noElectron = { group: ['electron', 'electron/*'], message: 'core, cli and the harness are plain Node: no electron import.' };

/**
 * One block per core folder and depth of file below it (a file of plan/ reaches core's folders through '../', one of
 * import/build/ through '../../'), refusing imports of its own layer and of the layers above, and of the processes'
 * folders beside core.
 */
function coreLayerFences() {
  return CORE_LAYERS.flatMap((layer, index) => {
    const notBelow = CORE_LAYERS.slice(index).flat();
    return layer.flatMap((folder) =>
      [0, 1, 2, 3].map((depth) => {
        const up = '\\.\\./'.repeat(depth + 1);
        const others = notBelow.filter((other) => other !== folder);
        const patterns = [
          noElectron,
          { regex: `^${up}\\.\\./(main|preload|cli|harness)(/|$)`, message: 'core is below the processes: it never imports electron/main, preload, cli or harness.' },
        ];
        if (others.length > 0) {
          patterns.push({
            regex: `^${up}(${others.join('|')})(/|$)`,
            message: `electron/core/${folder} is in layer ${index}: it imports only the folders of the layers below it (eslint.config.js).`,
          });
        }
        return { files: [`electron/core/${folder}/${'*/'.repeat(depth)}*.ts`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
      }),
    );
  });
}

const nodeOnly = [
  { group: ['node:*'], message: 'shared/ and renderer/ run in the page too: no Node built-ins.' },
  { group: ['electron', 'electron/*'], message: 'Only electron/main and electron/preload import electron.' },
  { group: ['**/electron/**'], message: 'The renderer reaches the main process through window.api only.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.native/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['electron/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.{ts,mjs,js}', '*.config.{ts,js}', 'lint/**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/cli/**/*.ts', 'electron/harness/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noElectron] }],
    },
  },
  ...coreLayerFences(),
  {
    files: ['electron/**/*.ts', 'shared/**/*.ts'],
    plugins: { plandesk: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: { 'plandesk/no-import-cycle': ['error', { roots: ['electron', 'shared'] }] },
  },
  {
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', { patterns: nodeOnly }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
