// The fences eslint.config.js puts around electron/core and shared/, run through ESLint itself: a folder importing one
// of its own layer or above is refused, and so is an import that closes a cycle. Each probe is a real file's path
// linted with other text (lintText), so nothing is written to the tree.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { CORE_LAYERS } from '../../../eslint.config.js';

const root = join(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

/** The messages of the two fence rules for `text` linted as the file at `filePath`. */
async function fenceErrors(filePath: string, text: string): Promise<{ rule: string | null; message: string }[]> {
  const [result] = await eslint.lintText(text, { filePath: join(root, filePath) });
  return result!.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'plandesk/no-import-cycle')
    .map((m) => ({ rule: m.ruleId, message: m.message }));
}

describe('the layers of electron/core', () => {
  it('gives every folder of electron/core a layer', () => {
    const folders = readdirSync(join(root, 'electron', 'core'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(CORE_LAYERS.flat().sort()).toEqual(folders.sort());
  });

  it('refuses an import of a folder above', async () => {
    // (app/ imports history/: this one closes a cycle as well, which the other fence reports.)
    expect(await fenceErrors('electron/core/history/store.ts', "import { createHandlers } from '../app/handlers';\nvoid createHandlers;\n")).toContainEqual({
      rule: 'no-restricted-imports',
      message: expect.stringContaining('electron/core/history is in layer 2: it imports only the folders of the layers below it'),
    });
    expect(await fenceErrors('electron/core/plan/handlers.ts', "export { exchangeHandlers } from '../exchange/handlers';\n")).toEqual([
      { rule: 'no-restricted-imports', message: expect.stringContaining('electron/core/plan is in layer 4') },
    ]);
  });

  it('refuses an import of a folder of the same layer, and one of the processes beside core', async () => {
    expect(await fenceErrors('electron/core/agencies/registry.ts', "import type { DecidedChange } from '../review/decisions';\nexport type D = DecidedChange;\n")).toEqual([
      { rule: 'no-restricted-imports', message: expect.stringContaining('electron/core/agencies is in layer 3') },
    ]);
    expect(await fenceErrors('electron/core/app/handlers.ts', "import '../../cli/cli-support';\n")).toEqual([
      { rule: 'no-restricted-imports', message: expect.stringContaining('never imports electron/main, preload, cli or harness') },
    ]);
  });

  it('sees through sub-folders: a file of import/build/ reaching reports/ is refused, its own folder is not', async () => {
    expect(await fenceErrors('electron/core/import/build/builder.ts', "import { buildReportModel } from '../../reports/report-model';\nvoid buildReportModel;\n")).toEqual([
      { rule: 'no-restricted-imports', message: expect.stringContaining('electron/core/import is in layer 6') },
    ]);
    expect(await fenceErrors('electron/core/import/build/builder.ts', "import type { Sheet } from '../sheet';\nimport { live } from '../../db/live';\nexport type S = Sheet;\nvoid live;\n")).toEqual([]);
  });

  it('lets a folder import the layers below it', async () => {
    expect(await fenceErrors('electron/core/plan/handlers.ts', "import { recordChanges } from '../history/store';\nimport { UndoList } from '../host/undo-list';\nvoid recordChanges;\nvoid UndoList;\n")).toEqual([]);
  });
});

describe('import cycles', () => {
  it('refuses an import that closes a cycle in shared/', async () => {
    // shared/periods.ts imports shared/months.ts: months importing periods would close the circle.
    expect(await fenceErrors('shared/months.ts', "import { periodsCovering } from './periods';\nvoid periodsCovering;\n")).toEqual([
      { rule: 'plandesk/no-import-cycle', message: 'This import closes an import cycle: shared/months.ts → shared/periods.ts → shared/months.ts. Move what both need into a file below them.' },
    ]);
  });

  it('refuses one that closes a longer cycle in core, type imports included', async () => {
    // plan/handlers.ts imports history/tracked-update.ts, which imports history/store.ts.
    const errors = await fenceErrors('electron/core/history/store.ts', "import type { PlanTree } from '../plan/handlers';\nexport type T = PlanTree;\n");
    expect(errors).toContainEqual({
      rule: 'plandesk/no-import-cycle',
      message: expect.stringMatching(/^This import closes an import cycle: electron\/core\/history\/store\.ts → electron\/core\/plan\/handlers\.ts → .* → electron\/core\/history\/store\.ts\./),
    });
  });

  it('finds no cycle in the tree as it stands', async () => {
    const results = await eslint.lintFiles(['electron/core/history/store.ts', 'electron/core/app/handlers.ts', 'shared/months.ts', 'shared/contract/index.ts']);
    expect(results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'plandesk/no-import-cycle'))).toEqual([]);
  });
});
