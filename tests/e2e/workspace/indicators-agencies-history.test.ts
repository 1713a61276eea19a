// The Indicators, Agencies and History views against a real workspace, driven as an analyst would: recording
// actuals (and having a wrong one refused at the cell), merging and confirming agencies, filtering the change
// log by person, and comparing the plan with a snapshot after two actions changed.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanFile } from '../../../electron/core/planfile/format';
import { planFile } from '../../../electron/core/planfile/format';
import { startApp } from '../support/app';
import { samplePlanFile } from '../support/sample-workspace';
import { auditPage } from '../support/axe';
import { saveScreenshot } from '../support/screenshots';

const EDITOR = 'Karma Wangdi';
const IMPORTER = 'Sonam Choden';

/** The sample plan, with two agencies an import could not place: "GTA" (GovTech written another way) and BICMA. */
function workspaceFile(): PlanFile {
  const file = structuredClone(samplePlanFile());
  const action = file.plans[0]!.chapters[1]!.statements[0]!.actions[2]!;
  expect(action.code).toBe('5.2.1.3');
  action.collaborators = { text: 'GTA, BICMA', agencies: ['GTA', 'BICMA'] };
  return planFile.parse({
    ...file,
    agencies: [
      ...file.agencies,
      { acronym: 'GTA', name: 'GovTech Agency, Thimphu', confirmed: false },
      { acronym: 'BICMA', name: 'Bhutan InfoComm and Media Authority', confirmed: false },
    ],
  });
}

describe('indicators, agencies and history', () => {
  const app = startApp({ name: 'workspace-views', user: EDITOR, plan: workspaceFile() });
  let planId: string;

  async function indicatorNamed(name: string) {
    const row = (await app.call('indicators:list', { planId })).find((r) => r.name === name);
    if (!row) throw new Error(`No indicator named ${name}`);
    return row;
  }

  async function actionCoded(code: string) {
    const action = (await app.call('actions:list', { planId })).find((a) => a.code === code);
    if (!action) throw new Error(`No action coded ${code}`);
    return action;
  }

  async function bothSizes(name: string) {
    const { page } = app.browser;
    await saveScreenshot(page, name);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await saveScreenshot(page, name);
    await page.setViewportSize({ width: 1366, height: 768 });
  }

  beforeAll(async () => {
    planId = (await app.call('workspace:summary', {})).plans[0]!.id;
  });

  it('records an actual in the indicators grid and shows the progress toward the target', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await expect.poll(() => page.getByRole('tab', { name: 'Overview' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Control+3');
    await expect.poll(() => page.getByRole('tab', { name: 'Indicators' }).getAttribute('aria-selected')).toBe('true');

    // Baseline 95%, target 98%: an actual of 97% is two thirds of the way.
    const row = page.locator('[role="row"]', { hasText: 'Government offices connected to TWAN' });
    await expect.poll(() => row.locator('[col-id="progress"]').textContent()).toContain('—');
    const current = page.locator('[role="columnheader"].period-current');
    const periodColumn = (await current.getAttribute('col-id'))!;
    const periodLabel = (await current.textContent())!.trim();
    expect(periodColumn).toMatch(/^period:/);

    await row.locator(`[col-id="${periodColumn}"]`).click();
    await page.keyboard.type('97%');
    await page.keyboard.press('Enter');
    await expect.poll(() => row.locator('[col-id="progress"]').textContent()).toBe('67%');
    expect(await row.locator('[col-id="latest"]').textContent()).toBe(`97%${periodLabel}`);
    expect(await row.locator(`[col-id="${periodColumn}"]`).textContent()).toBe('97%');

    const stored = await indicatorNamed('Government offices connected to TWAN');
    const periodId = periodColumn.slice('period:'.length);
    expect(stored.actuals[periodId]).toEqual({ text: '97%', value: 97 });
    expect(stored.progress).toBeCloseTo(2 / 3, 5);
    await bothSizes('indicators');
  });

  it('refuses, at the cell and with the reason, an actual the indicator cannot hold; Ctrl+Z and Ctrl+Y undo and redo an actual', async () => {
    const { page } = app.browser;
    const row = page.locator('[role="row"]', { hasText: 'Digital service standards adopted' });
    const periodColumn = (await page.locator('[role="columnheader"].period-current').getAttribute('col-id'))!;
    const cell = row.locator(`[col-id="${periodColumn}"]`);

    // The window changed size since: scroll the grid to its latest periods, as a person would.
    await row.locator('[col-id="name"]').hover();
    await page.mouse.wheel(5000, 0);
    await cell.click();
    await page.keyboard.type('maybe');
    await page.keyboard.press('Enter');
    const refusal = page.locator('.value-editor-message--invalid');
    await expect.poll(() => refusal.textContent()).toBe('"maybe" is not yes or no (write YES, NO, 1 or 0)');
    // Enter did not take it: the editor is still open on the wrong value, marked invalid for screen readers.
    expect(await page.locator('.value-editor').inputValue()).toBe('maybe');
    expect(await page.locator('.value-editor').getAttribute('aria-invalid')).toBe('true');
    await bothSizes('indicators-refused');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.value-editor').count()).toBe(0);
    expect(await cell.textContent()).toBe('');
    const periodId = periodColumn.slice('period:'.length);
    expect((await indicatorNamed('Digital service standards adopted')).actuals[periodId]).toBeUndefined();

    // A right value is taken: NO → YES is the whole way.
    await page.keyboard.type('yes');
    await page.keyboard.press('Enter');
    await expect.poll(() => row.locator('[col-id="progress"]').textContent()).toBe('100%');
    expect((await indicatorNamed('Digital service standards adopted')).actuals[periodId]?.text).toBe('yes');

    // Undo (wired app-wide) takes it back, and the grid shows the plan as it is again.
    await cell.click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => cell.textContent()).toBe('');
    await expect.poll(() => row.locator('[col-id="progress"]').textContent()).toContain('—');
    expect((await indicatorNamed('Digital service standards adopted')).actuals[periodId]).toBeUndefined();
    await page.keyboard.press('Control+y');
    await expect.poll(() => cell.textContent()).toBe('yes');

    // Enter on the action opens it in the Actions view.
    await row.locator('[col-id="action"]').click();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('tab', { name: 'Actions' }).getAttribute('aria-selected')).toBe('true');
  });

  it('shows unconfirmed agencies as such and confirms one', async () => {
    const { page } = app.browser;
    await page.keyboard.press('Control+5');
    await expect.poll(() => page.getByRole('tab', { name: 'Agencies' }).getAttribute('aria-selected')).toBe('true');
    await page.getByLabel('Show').selectOption('unconfirmed');
    const rows = page.locator('.agencies-view [role="row"][row-id]');
    await expect.poll(() => rows.locator('[col-id="acronym"]').allTextContents()).toEqual(['BICMA', 'GTA']);
    expect(await rows.locator('[col-id="confirmed"]').allTextContents()).toEqual(['Unconfirmed', 'Unconfirmed']);

    await rows.filter({ hasText: 'BICMA' }).locator('[col-id="name"]').click();
    const panel = page.locator('.agency-panel');
    await expect.poll(() => panel.locator('h3').textContent()).toBe('BICMABhutan InfoComm and Media Authority');
    expect(await panel.locator('.agency-panel__unconfirmed').count()).toBe(1);
    await bothSizes('agencies-unconfirmed');
    // From the grid, Tab goes to the agency's panel, not through every cell.
    await rows.filter({ hasText: 'BICMA' }).locator('[col-id="name"]').click();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator(':focus').textContent()).toBe('Confirm agency');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.locator('.agency-panel__unconfirmed').count()).toBe(0);
    expect((await app.call('agencies:list', {})).find((a) => a.acronym === 'BICMA')?.confirmed).toBe(true);
    await page.getByLabel('Show').selectOption('all');
  });

  it('merges two agencies only after confirmation, relinking the merged one’s actions', async () => {
    const { page } = app.browser;
    const gta = page.locator('.agencies-view [role="row"][row-id]').filter({ has: page.locator('[col-id="acronym"]', { hasText: /^GTA$/ }) });
    await gta.locator('[col-id="name"]').click();
    const panel = page.locator('.agency-panel');
    await expect.poll(() => panel.locator('.agency-action__code').allTextContents()).toEqual(['5.2.1.3']);

    // Cancelling changes nothing.
    await panel.getByRole('button', { name: 'Merge into…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge GTA into another agency' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // The first Escape closes the list of agencies, the second the dialog.
    await expect.poll(() => dialog.getByRole('listbox').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.getByRole('listbox').count()).toBe(0);
    expect(await dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await app.call('agencies:list', {})).some((a) => a.acronym === 'GTA')).toBe(true);

    await panel.getByRole('button', { name: 'Merge into…' }).click();
    const keep = dialog.getByRole('combobox', { name: 'Keep this agency' });
    await expect.poll(() => page.locator(':focus').getAttribute('role')).toBe('combobox');
    // The likely duplicates come first: GovTech's name ("GovTech Agency") stands in GTA's ("GovTech Agency, Thimphu").
    const list = dialog.getByRole('listbox', { name: 'Keep this agency' });
    const duplicates = list.getByRole('group', { name: /Likely duplicates of GTA/ }).getByRole('option');
    await expect.poll(() => duplicates.allTextContents()).toEqual([expect.stringContaining('GovTech')]);
    expect(await duplicates.first().textContent()).toContain('similar name');
    await auditPage(page, 'merge agencies combobox');
    await saveScreenshot(page, 'agencies-merge-combobox');
    // Typing filters by acronym or name; the arrows move, Enter takes the highlighted agency.
    const ministries = (await app.call('agencies:list', {})).filter((a) => a.acronym !== 'GTA' && [a.acronym ?? '', a.name, ...a.aliases].some((n) => /minis/i.test(n)));
    expect(ministries.length).toBeGreaterThan(1);
    await keep.fill('MINIS');
    await expect.poll(() => list.getByRole('option').count()).toBe(ministries.length);
    await keep.fill('');
    await keep.pressSequentially('govtech');
    await expect.poll(() => list.getByRole('option').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => keep.getAttribute('aria-activedescendant')).toBe(await list.getByRole('option').first().getAttribute('id'));
    await page.keyboard.press('Enter');
    await expect.poll(() => list.count()).toBe(0);
    expect(await keep.inputValue()).toBe('GovTech — GovTech Agency');
    expect(await dialog.locator('.merge-effects').textContent()).toContain('1 action link of GTA (0 led, 1 collaborating) moves to GovTech');
    expect(await dialog.locator('.merge-undo').textContent()).toContain('Ctrl+Z');
    // Escape with the list open closes only the list; the dialog stays.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => list.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => list.count()).toBe(0);
    expect(await dialog.isVisible()).toBe(true);
    await bothSizes('agencies-merge');
    await dialog.getByRole('button', { name: 'Merge into GovTech' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.locator('.view-notice').textContent()).toContain('Merged GTA into GovTech: 1 action link moved.');
    await expect.poll(() => gta.count()).toBe(0);

    const agencies = await app.call('agencies:list', {});
    const govTech = agencies.find((a) => a.acronym === 'GovTech')!;
    expect(agencies.some((a) => a.acronym === 'GTA')).toBe(false);
    expect(govTech.aliases).toEqual(expect.arrayContaining(['GTA', 'GovTech Agency, Thimphu']));
    expect((await actionCoded('5.2.1.3')).collaboratorAgencyIds).toContain(govTech.id);

    // The kept agency is selected, with the relinked action among those it collaborates on; Enter opens it.
    await expect.poll(() => panel.locator('h3').textContent()).toBe('GovTechGovTech Agency');
    const relinked = panel.getByRole('button', { name: /5\.2\.1\.3/ });
    await relinked.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('tab', { name: 'Actions' }).getAttribute('aria-selected')).toBe('true');

    // Ctrl+Z brings GTA back, with its link and names; Ctrl+Y merges again.
    await page.keyboard.press('Control+5');
    await expect.poll(() => page.getByRole('tab', { name: 'Agencies' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Control+z');
    await expect.poll(() => gta.count()).toBe(1);
    await expect.poll(() => page.locator('.notice__message').last().textContent()).toContain('Undone: merge of GTA into');
    const restored = (await app.call('agencies:list', {})).find((a) => a.acronym === 'GTA')!;
    expect(restored).toMatchObject({ name: 'GovTech Agency, Thimphu', collaboratorCount: 1, aliases: [] });
    expect((await actionCoded('5.2.1.3')).collaboratorAgencyIds).toContain(restored.id);
    expect((await app.call('agencies:list', {})).find((a) => a.acronym === 'GovTech')!.aliases).not.toContain('GTA');
    await page.keyboard.press('Control+y');
    await expect.poll(() => gta.count()).toBe(0);
    expect((await actionCoded('5.2.1.3')).collaboratorAgencyIds).not.toContain(restored.id);
  });

  it('filters the change log by person', async () => {
    const { page } = app.browser;
    await page.keyboard.press('Control+6');
    await page.getByRole('tab', { name: 'Change log' }).click();
    const who = page.locator('.change-table tbody .change-table__who');
    await expect.poll(async () => new Set(await who.allTextContents())).toEqual(new Set([EDITOR, IMPORTER]));

    const person = page.getByLabel('Person');
    expect(await person.locator('option').allTextContents()).toEqual(['Everyone', EDITOR, IMPORTER]);
    await person.selectOption(EDITOR);
    await expect.poll(async () => new Set(await who.allTextContents())).toEqual(new Set([EDITOR]));
    // The editor's actuals are there, named by indicator and period.
    expect(await page.locator('.change-table tbody tr', { hasText: 'Government offices connected to TWAN' }).count()).toBeGreaterThan(0);
    const edited = await who.count();
    await bothSizes('history-by-person');

    await person.selectOption(IMPORTER);
    await expect.poll(async () => new Set(await who.allTextContents())).toEqual(new Set([IMPORTER]));
    expect(new Set(await page.locator('.change-table tbody .change-table__source').allTextContents())).toEqual(new Set(['Importmonitoring-plan.plandesk.json']));
    const imported = await who.count();

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => who.count()).toBe(edited + imported);
  });

  it('takes a snapshot, and compared with it the plan shows exactly the two actions changed since', async () => {
    const { page } = app.browser;
    await page.getByRole('tab', { name: 'Snapshots and comparison' }).click();
    await page.getByLabel('Name').fill('Steering committee, 14 March 2027');
    await page.getByRole('button', { name: 'Take snapshot' }).click();
    const chosen = page.locator('.snapshot-item[aria-pressed="true"] .snapshot-item__name');
    await expect.poll(() => chosen.textContent()).toBe('Steering committee, 14 March 2027');
    await expect.poll(() => page.locator('.comparison__same').textContent()).toBe('Nothing has changed since this snapshot.');

    // Two actions change after the meeting: one starts, one is given nine more months.
    await app.call('actions:update', { actionId: (await actionCoded('5.1.1.3')).id, field: 'status', value: 'ongoing' });
    await app.call('actions:update', { actionId: (await actionCoded('5.2.1.3')).id, field: 'end', value: '2022-03' });
    // Away and back: the view reads the plan again.
    await page.keyboard.press('Control+1');
    await page.keyboard.press('Control+6');

    const status = page.locator('[data-section="cmp-status"] tbody tr');
    await expect.poll(() => status.allTextContents()).toEqual(['5.1.1.3Make every new citizen service available onlineNot startedOngoing']);
    expect(await page.locator('[data-section="cmp-slipped"] tbody tr').allTextContents()).toEqual([
      '5.2.1.3Publish a catalogue of shared ICT assetsJun 2021Mar 20229 months later',
    ]);
    expect(await page.locator('.comparison__summary li').allTextContents()).toEqual([
      '0 actions added',
      '0 actions removed',
      '1 status changed',
      '1 end date moved',
      '0 targets changed',
    ]);
    expect(await page.locator('[data-section="cmp-targets"] tbody tr').count()).toBe(0);
    expect(await page.locator('[data-section="cmp-added"] li').count()).toBe(0);
    expect(await page.locator('[data-section="cmp-removed"] li').count()).toBe(0);
    await bothSizes('history-snapshot-comparison');

    // The same numbers as the comparison the core computes.
    const snapshot = (await app.call('snapshots:list', { planId }))[0]!;
    const comparison = await app.call('snapshots:compare', { snapshotId: snapshot.id });
    expect(comparison.statusChanged.map((c) => c.code)).toEqual(['5.1.1.3']);
    expect(comparison.slipped.map((c) => [c.code, c.slipMonths])).toEqual([['5.2.1.3', 9]]);
  });
});
