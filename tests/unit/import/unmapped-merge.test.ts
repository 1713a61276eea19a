// Importing a spreadsheet into an existing plan adds its other columns' cells to the action's stored ones; together
// they stay within the plan file's caps (1,000,000 characters in all), so that the plan's export imports back: the new
// cells first, then the stored ones while they fit (those left out keep their values in the change history).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSpreadsheet } from '../../../electron/core/import';
import { exportPlanFile } from '../../../electron/core/planfile/export-plan-file';
import { parsePlanFile } from '../../../electron/core/planfile/import-plan-file';
import { PLAN_HEADER, PLAN_ROW, rowXml, writeWorkbook } from '../hostile/makers';
import { openTempWorkspace, tempFolder, testContext } from '../support/workspace';

const folder = tempFolder();

function workbookWith(name: string, columns: readonly string[]): string {
  const header = [...PLAN_HEADER, ...columns];
  const row = [...PLAN_ROW, ...columns.map((_, i) => String.fromCharCode(97 + (i % 26)).repeat(30_000))];
  return writeWorkbook(join(folder, name), [{ name: 'Plan', sheetData: rowXml(1, header) + rowXml(2, row) }]);
}

describe('other columns merged into an existing plan', () => {
  it('keep within 1,000,000 characters in all: the new cells, then the stored ones that fit', async () => {
    const connection = await openTempWorkspace(folder);
    const old = Array.from({ length: 30 }, (_, i) => `Old ${i + 1}`);
    const added = Array.from({ length: 5 }, (_, i) => `New ${i + 1}`);
    const first = await importSpreadsheet(connection.db, testContext({ source: 'import' }), workbookWith('first.xlsx', old));
    await importSpreadsheet(connection.db, testContext({ source: 'import', batchId: 'second' }), workbookWith('second.xlsx', added), { intoPlanId: first.planId });

    const exported = await exportPlanFile(connection.db);
    const actions = exported.plans[0]!.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions));
    expect(actions).toHaveLength(1);
    const cells = actions[0]!.unmapped;
    expect(Object.keys(cells)).toEqual([...old.slice(0, 28), ...added]);
    expect(Object.values(cells).reduce((total, text) => total + text.length, 0)).toBe(990_000);
    expect(() => parsePlanFile(JSON.stringify(exported), 'exported.plan.json')).not.toThrow();

    // The change says which stored cells no longer fit; their values stay in the history's old value.
    const change = await connection.db.selectFrom('change_history').select(['old_value', 'new_value']).where('field', '=', 'unmapped').where('batch_id', '=', 'second').executeTakeFirstOrThrow();
    expect(Object.keys(JSON.parse(change.old_value!) as Record<string, string>)).toEqual(old);
    await connection.close();
  });
});
