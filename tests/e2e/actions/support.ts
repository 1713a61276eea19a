// Helpers for the actions grid tests: open the Actions view, find rows and cells, read the workspace file.
import BetterSqlite3 from 'better-sqlite3';
import type { Locator, Page } from 'playwright-core';

/** The grid row of an action, by its code. */
export function actionRow(page: Page, code: string): Locator {
  return page.locator('.actions-grid .ag-row', { has: page.locator('.ag-cell[col-id="code"]', { hasText: new RegExp(`^${code.replace(/\./g, '\\.')}$`) }) });
}

/** A cell of an action's row, by column id. */
export async function cell(page: Page, code: string, colId: string): Promise<Locator> {
  const rowId = await actionRow(page, code).getAttribute('row-id');
  if (!rowId) throw new Error(`No row for ${code}`);
  return page.locator(`.actions-grid .ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`);
}

export async function openActionsView(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Actions' }).click();
  await page.locator('.actions-grid .ag-row').first().waitFor();
}

/** Reads the workspace file as it is on disk now (the harness keeps it open; SQLite lets us read alongside). */
export function readDb<T>(path: string, query: (db: BetterSqlite3.Database) => T): T {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return query(db);
  } finally {
    db.close();
  }
}

export interface ActionRecord {
  id: string;
  code: string;
  title: string;
  start_month: string | null;
  end_month: string | null;
  end_open: number;
  status: string | null;
  fund_status: string | null;
  lead_text: string;
  remarks: string;
  statement_id: string;
  position: number;
  deleted_at: string | null;
}

export function actionByCode(path: string, code: string): ActionRecord {
  const row = readDb(path, (db) => db.prepare('select * from actions where code = ? order by deleted_at is not null, created_at limit 1').get(code) as ActionRecord | undefined);
  if (!row) throw new Error(`No action ${code} in the workspace`);
  return row;
}

export function historyOf(path: string, entityId: string): { field: string; old_value: string | null; new_value: string | null; user_name: string; source: string }[] {
  return readDb(path, (db) =>
    db.prepare('select field, old_value, new_value, user_name, source from change_history where entity_id = ? order by id').all(entityId) as {
      field: string;
      old_value: string | null;
      new_value: string | null;
      user_name: string;
      source: string;
    }[],
  );
}
