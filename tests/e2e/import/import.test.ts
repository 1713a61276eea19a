// The import dialog in Chromium against a real workspace: the sample spreadsheet dropped on the window, its
// columns (one re-mapped), report (filtered and saved), tree, then imported; a changed copy chosen with the
// file picker and imported into that plan (matches confirmed, differences in the history, no duplicates);
// a garbage file refused with a clear message and nothing written; the dialog in Dzongkha.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { auditPage } from '../support/axe';
import { saveScreenshot } from '../support/screenshots';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'egov-monitoring-plan.tsv');

/** Drags a file over the window and drops it, as the operating system does (DOM types stay in the page). */
async function dropFile(page: Page, name: string, bytes: Uint8Array, { drop = true } = {}): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    `(() => {
      const bytes = Uint8Array.from(atob(${JSON.stringify(Buffer.from(bytes).toString('base64'))}), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], ${JSON.stringify(name)}));
      return transfer;
    })()`,
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  if (drop) await page.dispatchEvent('body', 'drop', { dataTransfer });
}

describe('import dialog', () => {
  const app = startApp({ name: 'import-e2e', user: 'Tashi Dorji', plan: null });

  const query = <T>(sql: string, ...params: unknown[]): T[] => {
    const sqlite = new BetterSqlite3(app.db, { readonly: true, fileMustExist: true });
    try {
      return sqlite.prepare(sql).all(...params) as T[];
    } finally {
      sqlite.close();
    }
  };
  const dialog = () => app.browser.page.getByRole('dialog', { name: 'Import plan' });
  const meaningOf = (column: string) => dialog().locator(`select[aria-label^="Meaning of column ${column} "]`);

  it('previews a dropped spreadsheet: mapped columns, the plan, a filterable report that can be saved', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await page.getByRole('button', { name: 'Import a file…' }).waitFor();

    await dropFile(page, 'egov-monitoring-plan.tsv', readFileSync(SAMPLE), { drop: false });
    await page.locator('.drop-overlay').waitFor();
    await saveScreenshot(page, 'import-drop-overlay');
    await dropFile(page, 'egov-monitoring-plan.tsv', readFileSync(SAMPLE));
    await expect.poll(() => page.locator('.drop-overlay').count()).toBe(0);

    await dialog().locator('.import-file__text', { hasText: 'egov-monitoring-plan.tsv' }).waitFor();
    await meaningOf('C').waitFor();
    expect(await meaningOf('A').inputValue()).toBe('chapter');
    expect(await meaningOf('C').inputValue()).toBe('action');
    expect(await meaningOf('G').inputValue()).toBe('start');
    expect(await meaningOf('M').inputValue()).toBe('remarks');
    expect(await dialog().locator('.import-columns tbody tr').count()).toBe(13);
    expect(await dialog().locator('.import-figure', { hasText: 'actions' }).first().textContent()).toBe('actions53');
    await saveScreenshot(page, 'import-columns');

    await dialog().getByRole('tab', { name: /^Plan/ }).click();
    const chapters = dialog().locator('.import-tree__chapter > summary');
    expect(await chapters.count()).toBe(6);
    expect(await chapters.first().textContent()).toContain('Digital by Default');
    await saveScreenshot(page, 'import-tree');

    await dialog().getByRole('tab', { name: /^Report/ }).click();
    const rows = dialog().locator('.import-report__table tbody tr');
    const all = await rows.count();
    expect(all).toBeGreaterThan(10);
    await dialog().getByLabel('Severity').selectOption('doubt');
    const doubts = await rows.count();
    expect(doubts).toBeGreaterThan(0);
    expect(doubts).toBeLessThan(all);
    expect(new Set(await dialog().locator('.import-report__table tbody .severity').allTextContents())).toEqual(new Set(['To check']));
    await dialog().getByLabel('Search the report').fill('stakeholder');
    await expect.poll(() => rows.count()).toBeLessThan(doubts);
    await dialog().getByLabel('Search the report').fill('');
    await dialog().getByLabel('Severity').selectOption('all');
    await dialog().getByLabel('Topic').selectOption('timeline');
    const timelineRows = await rows.count();
    expect(timelineRows).toBeGreaterThan(0);
    expect(new Set(await dialog().locator('.import-report__table tbody td:nth-child(3)').allTextContents())).toEqual(new Set(['Timeline']));
    await saveScreenshot(page, 'import-report');

    const [download] = await Promise.all([page.waitForEvent('download'), dialog().getByRole('button', { name: 'Save report (.csv)…' }).click()]);
    expect(download.suggestedFilename()).toBe('egov-monitoring-plan - import report.csv');
    const saved = join(app.folder, 'report.csv');
    await download.saveAs(saved);
    const lines = readFileSync(saved, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Sheet,Row,Column,Severity,Topic,Message,Read,Stored');
    expect(lines).toHaveLength(timelineRows + 1);

    // Nothing is written by a preview.
    expect(query('SELECT id FROM plans')).toEqual([]);
  });

  it('re-maps a column, then imports as a new plan: the plan opens and is in the database', async () => {
    const { page } = app.browser;
    await dialog().getByRole('tab', { name: /^Columns/ }).click();
    await meaningOf('M').selectOption('');
    await dialog().locator('.import-columns__note', { hasText: 'Your choice; the header says remarks.' }).waitFor();
    expect(await meaningOf('M').inputValue()).toBe('');

    await dialog().getByLabel('Title of the new plan').fill('e-Gov plan (imported)');
    await dialog().getByRole('button', { name: 'Import 53 actions as a new plan' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => page.locator('.app-header__title').textContent()).toBe('e-Gov plan (imported)');

    const plans = query<{ id: string; title: string }>('SELECT id, title FROM plans');
    expect(plans.map((p) => p.title)).toEqual(['e-Gov plan (imported)']);
    const actions = query<{ code: string; remarks: string; unmapped: string }>(
      'SELECT a.code, a.remarks, a.unmapped FROM actions a JOIN policy_statements s ON s.id = a.statement_id JOIN chapters c ON c.id = s.chapter_id WHERE c.plan_id = ? AND a.deleted_at IS NULL',
      plans[0]!.id,
    );
    expect(actions).toHaveLength(53);
    const first = actions.find((a) => a.code === '5.1.1.1')!;
    expect(first.remarks).toBe('');
    expect(JSON.parse(first.unmapped).Remarks).toMatch(/^FMS implemented as of Dec 2019/);
    const history = query<{ source: string; source_file: string; user_name: string }>("SELECT DISTINCT source, source_file, user_name FROM change_history WHERE entity = 'plan'");
    expect(history).toEqual([{ source: 'import', source_file: 'egov-monitoring-plan.tsv', user_name: 'Tashi Dorji' }]);
  });

  it('imports a changed copy into the plan: matches shown for confirmation, differences in the history, no duplicates', async () => {
    const { page } = app.browser;
    const changed = readFileSync(SAMPLE, 'utf8')
      .replace('\tO&M ongoing\t', '\tCompleted\t')
      .replace('No. of agencies covered\t500\t765', 'No. of agencies covered\t500\t800');
    const changedPath = join(app.folder, 'egov-changed.tsv');
    writeFileSync(changedPath, changed);
    const historyBefore = query<{ n: number }>('SELECT count(*) AS n FROM change_history')[0]!.n;

    await page.getByRole('button', { name: 'Import…' }).click();
    await dialog().locator('.import-drop').waitFor();
    await saveScreenshot(page, 'import-empty');
    await dialog().getByLabel('File to import').setInputFiles(changedPath);
    await meaningOf('M').waitFor();
    // The same layout as before: Remarks again kept as unmapped.
    await meaningOf('M').selectOption('');
    await dialog().locator('.import-columns__note', { hasText: 'Your choice' }).waitFor();
    await dialog().getByRole('radio', { name: 'into the plan' }).check();
    expect(await dialog().getByLabel('Existing plan to import into').locator('option:checked').textContent()).toBe('e-Gov plan (imported)');

    await dialog().getByRole('tab', { name: /^Matches/ }).waitFor();
    await expect.poll(() => dialog().getByRole('tab', { name: /^Matches/ }).textContent()).toBe('Matches53');
    await dialog().getByRole('checkbox', { name: 'Only those with differences' }).check();
    const rows = dialog().locator('.import-matches__table tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const changeOf = async (row: number) => {
      const item = rows.nth(row).locator('.import-matches__changes li');
      return [await item.locator('.import-matches__field').allTextContents(), await item.locator('del').allTextContents(), await item.locator('ins').allTextContents()];
    };
    expect(await changeOf(0)).toEqual([['Status'], ['Ongoing ("O&M ongoing")'], ['Completed']]);
    expect(await changeOf(1)).toEqual([['Indicator "No. of agencies covered" target'], ['765'], ['800']]);
    expect(await rows.nth(1).locator('td').nth(1).textContent()).toBe('5.1.1.2Expand Government network coverage');
    await saveScreenshot(page, 'import-matches');

    await dialog().getByRole('button', { name: 'Apply: 2 changed, 0 new' }).click();
    await expect.poll(() => dialog().count()).toBe(0);

    expect(query<{ n: number }>('SELECT count(*) AS n FROM actions WHERE deleted_at IS NULL')[0]!.n).toBe(53);
    expect(query<{ n: number }>('SELECT count(*) AS n FROM plans')[0]!.n).toBe(1);
    const history = query<{ entity: string; field: string; old_value: string; new_value: string; source: string; source_file: string }>(
      'SELECT entity, field, old_value, new_value, source, source_file FROM change_history WHERE id > ? ORDER BY id',
      historyBefore,
    );
    expect(history.map((h) => [h.entity, h.field, h.old_value, h.new_value])).toEqual([
      ['action', 'status', 'ongoing', 'completed'],
      ['action', 'status_text', 'O&M ongoing', 'Completed'],
      ['indicator', 'target_text', '765', '800'],
      ['indicator', 'target_value', '765', '800'],
    ]);
    expect(new Set(history.map((h) => `${h.source} ${h.source_file}`))).toEqual(new Set(['import egov-changed.tsv']));
  });

  it('proposes to update the open plan when the file’s title is the plan’s, and keeps the report for the History', async () => {
    const { page } = app.browser;
    const [plan] = (await app.call('workspace:summary', {})).plans;
    await app.call('plans:update', { planId: plan!.id, field: 'title', value: 'e-Governance Policy: Implementation and Monitoring Plan' });
    await page.reload();
    await page.getByRole('button', { name: 'Import…' }).click();
    await dialog().locator('.import-drop').waitFor();
    await dialog().getByLabel('File to import').setInputFiles(SAMPLE);
    // The file's title is the open plan's once case and punctuation are set aside: updating it is proposed, and why.
    const proposal = dialog().locator('.import-dialog__proposal');
    await expect.poll(() => proposal.textContent()).toContain('The file’s title matches the open plan “e-Governance Policy: Implementation and Monitoring Plan”');
    expect(await dialog().getByRole('radio', { name: 'into the plan' }).isChecked()).toBe(true);
    await expect.poll(() => dialog().getByRole('tab', { name: /^Matches/ }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => dialog().getByRole('button', { name: /^Apply: / }).isEnabled()).toBe(true);
    await saveScreenshot(page, 'import-proposes-update');
    // The analyst can still choose a new plan; choosing is theirs, the proposal goes.
    await dialog().getByRole('radio', { name: 'as a new plan' }).check();
    await expect.poll(() => dialog().getByRole('button', { name: /as a new plan$/ }).count()).toBe(1);
    expect(await proposal.count()).toBe(0);
    await dialog().getByRole('radio', { name: 'into the plan' }).check();
    const apply = dialog().getByRole('button', { name: /^Apply: / });
    await expect.poll(() => apply.isEnabled()).toBe(true);
    await apply.click();
    await expect.poll(() => dialog().count()).toBe(0);
    expect(query<{ n: number }>('SELECT count(*) AS n FROM plans')[0]!.n).toBe(1);

    // The History's entries of that import open its report again; an entry to check leads to its action.
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('tab', { name: 'Change log' }).click();
    const reportButton = page.locator('.change-file--report').first();
    expect(await reportButton.textContent()).toBe('egov-monitoring-plan.tsv: open the import report');
    await reportButton.click();
    const report = page.getByRole('dialog', { name: 'Import report — egov-monitoring-plan.tsv' });
    await report.locator('.import-report__table').waitFor();
    await auditPage(page, 'kept import report');
    await report.getByRole('combobox', { name: 'Severity' }).selectOption('doubt');
    const links = report.locator('.import-report__action');
    await expect.poll(() => links.count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'import-report-reopened');
    const code = (await links.first().textContent())!.replace(' →', '');
    const actionId = query<{ id: string }>('SELECT id FROM actions WHERE code = ? AND deleted_at IS NULL', code)[0]!.id;
    await links.first().click();
    await expect.poll(() => report.count()).toBe(0);
    await expect.poll(() => page.getByRole('tab', { name: 'Actions' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.locator('.ag-cell-focus').first().evaluate((cell) => cell.closest('[row-id]')?.getAttribute('row-id'))).toBe(actionId);
  });

  it('refuses a garbage file with a clear message and writes nothing', async () => {
    const { page } = app.browser;
    const before = query<{ n: number }>('SELECT count(*) AS n FROM change_history')[0]!.n;
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    await dropFile(page, 'plan-from-email.xlsx', garbage);
    const alert = dialog().getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/^plan-from-email\.xlsx: this is not an \.xlsx workbook/);
    expect(await dialog().getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await saveScreenshot(page, 'import-garbage');
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    expect(query<{ n: number }>('SELECT count(*) AS n FROM change_history')[0]!.n).toBe(before);
  });

  it('follows the language switch: its title in Dzongkha, its figures in Dzongkha digits', async () => {
    const { page } = app.browser;
    await app.call('preferences:setLanguage', { language: 'dz' });
    try {
      await page.reload();
      await page.locator('.app-header').getByRole('button', { name: 'ནང་འདྲེན…' }).click();
      const dzongkha = page.getByRole('dialog', { name: 'འཆར་གཞི་ནང་འདྲེན' });
      await dzongkha.locator('.import-drop').waitFor();
      expect(await dzongkha.getByRole('button', { name: 'ནང་འདྲེན', exact: true }).isDisabled()).toBe(true);
      await dzongkha.getByLabel('File to import').setInputFiles(SAMPLE);
      // Six chapters in the sample, counted in Dzongkha digits.
      await expect.poll(() => dzongkha.locator('.import-figure dd').first().textContent()).toBe('༦');
      await saveScreenshot(page, 'import-dzongkha');
      await dzongkha.getByRole('button', { name: 'ཆ་མེད' }).click(); // Cancel
      await expect.poll(() => dzongkha.count()).toBe(0);
    } finally {
      await app.call('preferences:setLanguage', { language: 'en' });
    }
  });
});
