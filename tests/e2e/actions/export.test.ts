// Export from the Actions view, as an analyst does before mailing a list: filter the grid to overdue actions,
// export the view to .xlsx and .csv, and export the whole plan in its own layout. The harness answers the save
// dialog from a JSON file, as the desktop app's dialog would; the files are read back to check what was written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';

describe('exporting from the Actions view', () => {
  const app = startApp({ name: 'export', user: 'Dechen', dialogs: {} });

  async function exportAs(item: RegExp, path: string): Promise<void> {
    const { page } = app.browser;
    app.answerDialogs({ chooseSavePath: path });
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: item }).click();
    await page.getByText(`Exported to ${path}`).waitFor();
  }

  it('writes the filtered view, with the visible columns, to .xlsx and .csv, and the whole plan in its layout', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await page.getByRole('tab', { name: 'Actions' }).click();
    await page.locator('.ag-row').first().waitFor();
    await page.getByRole('checkbox', { name: 'Overdue only' }).check();
    const planId = (await app.call('workspace:summary', {})).plans[0]!.id;
    const actions = await app.call('actions:list', { planId });
    const overdue = actions.filter((a) => a.overdue).map((a) => a.code);

    const xlsx = join(app.folder, 'overdue.xlsx');
    await exportAs(/This view as Excel/, xlsx);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header.slice(0, 3)).toEqual(['Code', 'Action', 'Status']);
    const codes: string[] = [];
    sheet.eachRow((row, index) => {
      if (index > 1) codes.push(String(row.getCell(1).value ?? ''));
    });
    // Exactly the overdue actions, in plan order.
    expect(codes).toEqual(overdue);

    const csv = join(app.folder, 'overdue.csv');
    await exportAs(/This view as CSV/, csv);
    const parsed = Papa.parse<string[]>(readFileSync(csv, 'utf8').replace(/^\uFEFF/, '').trim()).data;
    expect(parsed[0]!.slice(0, 3)).toEqual(['Code', 'Action', 'Status']);
    expect(parsed.slice(1).map((row) => row[0])).toEqual(overdue);

    const plan = join(app.folder, 'plan.xlsx');
    await exportAs(/Whole plan/, plan);
    const planBook = new ExcelJS.Workbook();
    await planBook.xlsx.readFile(plan);
    const text = JSON.stringify(planBook.worksheets.map((s) => s.getSheetValues()));
    expect(text).toContain('5.1.1.1');
    expect(text).toContain('Ensure reliable connectivity at all times');
  });
});
