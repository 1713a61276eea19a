// Keyboard and accessibility (issue #4): every view of the sample plan and the main dialogs audited against
// WCAG 2.1 A and AA (and axe's best practices: landmarks, headings) by axe-core, placeholders' contrast measured
// (axe leaves them out), and a walk through the app with the keyboard alone: the focus always visible, never
// trapped but by a modal dialog, which Escape closes, giving the focus back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { startHarness } from '../support/harness';
import { prepareWorkspace } from '../support/sample-workspace';
import { saveScreenshot } from '../support/screenshots';
import { audit, expectNoSeriousFindings, type Finding } from '../support/axe';
import { holdForWriting } from '../support/workspace-lock';
import { planRows, writeXlsx } from '../../../scripts/generated-plan';
import { fillIn, loadWorkbook } from '../../unit/exchange/support';

const SAMPLE_SPREADSHEET = join(import.meta.dirname, '..', '..', 'fixtures', 'egov-monitoring-plan.tsv');

/** Where the focus is, and whether it shows: an outline or a box-shadow ring, not transparent. */
interface FocusStop {
  readonly key: string;
  readonly label: string;
  readonly role: string;
  readonly ring: boolean;
  readonly inDialog: boolean;
}

const FOCUS_STOP = `(() => {
  const element = document.activeElement;
  if (!element || element === document.body || element === document.documentElement) return null;
  const visible = (color) => !/^transparent$|rgba\\([^)]*,\\s*0\\)$/.test(color);
  const ringed = (e) => {
    const style = getComputedStyle(e);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 && visible(style.outlineColor);
    return outline || (style.boxShadow !== 'none' && visible(style.boxShadow));
  };
  // A checkbox may show its focus on the label that wraps it (:focus-within).
  const wrapper = element.closest('label');
  const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
  const label = (element.getAttribute('aria-label') ?? element.labels?.[0]?.textContent ?? element.textContent ?? '').trim().replace(/\\s+/g, ' ').slice(0, 60);
  const path = [];
  for (let e = element; e && e !== document.body; e = e.parentElement) path.unshift(e.tagName + ':' + [...e.parentElement.children].indexOf(e));
  return { key: path.join('/'), label, role, ring: ringed(element) || (wrapper !== null && ringed(wrapper)), inDialog: element.closest('dialog[open]') !== null };
})()`;

async function focusStop(page: Page): Promise<FocusStop | null> {
  return (await page.evaluate(FOCUS_STOP)) as FocusStop | null;
}

function nameOf(stop: FocusStop): string {
  return `${stop.role} "${stop.label}"`;
}

/** Whether the focus is inside the element matching `selector`. */
async function focusIsIn(page: Page, selector: string): Promise<boolean> {
  return (await page.evaluate(`document.activeElement?.closest(${JSON.stringify(selector)}) !== null`)) as boolean;
}

/** Presses `key` until the focus lands on a stop matching `wanted`; every stop on the way must show its focus. */
async function pressUntil(page: Page, key: string, wanted: (stop: FocusStop) => boolean, limit = 40): Promise<{ reached: FocusStop; passed: FocusStop[] }> {
  const passed: FocusStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const stop = await focusStop(page);
    if (!stop) continue;
    expect(stop.ring, `The focus on ${nameOf(stop)} does not show`).toBe(true);
    if (wanted(stop)) return { reached: stop, passed };
    passed.push(stop);
  }
  throw new Error(`${limit} × ${key} did not reach it; passed ${passed.map(nameOf).join(', ')}`);
}

/** Drops a file on the window as the operating system does. */
async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    `(() => {
      const bytes = Uint8Array.from(atob(${JSON.stringify(Buffer.from(bytes).toString('base64'))}), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], ${JSON.stringify(name)}));
      return transfer;
    })()`,
  );
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('body', type, { dataTransfer });
}

describe('keyboard and accessibility', () => {
  // The harness answers the file dialogs (Send…, Receive updates…), as the desktop app's dialogs would; the desktop
  // menu's stand-in lets the test send File > New Plan….
  const app = startApp({ name: 'accessibility', user: 'Sonam Choden', dialogs: {}, desktopMenu: true });
  let planId: string;

  beforeAll(async () => {
    planId = (await app.call('workspace:summary', {})).plans[0]!.id;
    // A snapshot to compare with, so that the History view shows its comparison tables too.
    await app.call('snapshots:create', { planId, name: 'Steering committee, 14 March 2027' });
    // Every status on screen: the sample has none on hold or dropped.
    const actions = await app.call('actions:list', { planId });
    const coded = (code: string) => actions.find((a) => a.code === code)!.id;
    await app.call('actions:update', { actionId: coded('5.1.1.3'), field: 'status', value: 'on_hold' });
    await app.call('actions:update', { actionId: coded('5.2.1.3'), field: 'status', value: 'dropped' });
  });

  const VIEWS = [
    { key: '1', name: 'Overview', ready: '[role="tree"] [role="treeitem"]' },
    { key: '2', name: 'Actions', ready: '.actions-grid .ag-row' },
    { key: '3', name: 'Indicators', ready: '.ag-row' },
    { key: '4', name: 'Timeline', ready: '.tl-label--action' },
    { key: '5', name: 'Agencies', ready: '.ag-row' },
    { key: '6', name: 'History', ready: '.change-table tbody tr, .snapshot-item' },
    { key: '7', name: 'Reports', ready: '.reports__pages .rp-page' },
    { key: '8', name: 'Exchange', ready: '.exchange-empty__title' },
  ] as const;
  type View = (typeof VIEWS)[number];

  async function showView(page: Page, view: View): Promise<void> {
    await page.keyboard.press(`Control+${view.key}`);
    await expect.poll(() => page.getByRole('tab', { name: view.name }).getAttribute('aria-selected')).toBe('true');
    await page.locator(`#view-panel-${view.name.toLowerCase()} ${view.ready}`).first().waitFor();
  }
  const view = (name: View['name']) => VIEWS.find((v) => v.name === name)!;

  it('every view passes a WCAG 2.1 AA audit', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await page.getByRole('tab', { name: 'Overview' }).waitFor();
    const findings: Finding[] = [];
    for (const v of VIEWS) {
      await showView(page, v);
      findings.push(...(await audit(page, `${v.name} view`)));
    }
    // The states of the views that show more than they open with.
    await showView(page, view('Overview'));
    await page.getByRole('treeitem', { name: /5\.1\.1\.1/ }).click();
    await page.locator('.detail-pane h2').first().waitFor();
    findings.push(...(await audit(page, 'Overview view, an action in full')));
    // The timeline's bars are drawn for the eye only; each action's label tells a screen reader its status and dates.
    await showView(page, view('Timeline'));
    await page.getByRole('button', { name: /^5\.1\.1\.1.*Ensure reliable connectivity at all times.*, Ongoing, Jan 2019 – Dec 2020/ }).waitFor();
    await showView(page, view('History'));
    await page.getByRole('tab', { name: 'Snapshots and comparison' }).click();
    await page.locator('.comparison__same, .comparison__summary').first().waitFor();
    findings.push(...(await audit(page, 'History view, snapshots and comparison')));
    await showView(page, view('Exchange'));
    await page.getByRole('radio', { name: 'Choose' }).check();
    await page.getByRole('checkbox', { name: /^DITT/ }).waitFor();
    findings.push(...(await audit(page, 'Exchange view, agencies chosen')));
    expectNoSeriousFindings(findings);
  });

  it('the main dialogs and panels pass the same audit', async () => {
    const { page } = app.browser;
    const findings: Finding[] = [];
    await page.goto(app.harness.url);
    await page.getByRole('tab', { name: 'Overview' }).waitFor();

    await page.evaluate("window.sendMenuCommand('new-plan')");
    await page.getByRole('dialog', { name: 'New plan' }).getByLabel('Plan title').waitFor();
    findings.push(...(await audit(page, 'New plan dialog')));
    await page.keyboard.press('Escape');
    // The window forgets the dialog when its close event arrives, a moment after it disappears; a file dropped
    // meanwhile lands on a page still held by the modal dialog. Wait for the element itself to leave the page.
    await expect.poll(() => page.locator('dialog h2', { hasText: /^New plan$/ }).count()).toBe(0);

    await dropFile(page, 'egov-monitoring-plan.tsv', readFileSync(SAMPLE_SPREADSHEET));
    const importDialog = page.getByRole('dialog', { name: 'Import plan' });
    // The file's title is the open plan's: the dialog proposes to update it and turns to the matches, which it
    // previews as well (the Columns tab may never have shown meanwhile): wait for that, then open the columns.
    await importDialog.locator('.import-dialog__proposal').waitFor();
    await expect.poll(() => importDialog.getAttribute('aria-busy')).toBe('false');
    await importDialog.getByRole('tab', { name: /^Columns/ }).click();
    await importDialog.locator('.import-columns tbody tr').first().waitFor();
    findings.push(...(await audit(page, 'Import preview, columns')));
    await importDialog.getByRole('tab', { name: /^Plan/ }).click();
    await importDialog.locator('.import-tree__chapter').first().waitFor();
    findings.push(...(await audit(page, 'Import preview, plan')));
    await importDialog.getByRole('tab', { name: /^Report/ }).click();
    await importDialog.locator('.import-report__table tbody tr').first().waitFor();
    findings.push(...(await audit(page, 'Import preview, report')));
    await page.keyboard.press('Escape');
    await expect.poll(() => importDialog.count()).toBe(0);

    await showView(page, view('Actions'));
    await page.locator('.actions-grid .ag-row .ag-cell[col-id="title"]').first().click();
    if ((await page.getByRole('complementary', { name: 'Action details' }).count()) === 0) await page.keyboard.press('Control+i');
    await page.getByRole('complementary', { name: 'Action details' }).locator('input, select, textarea').first().waitFor();
    findings.push(...(await audit(page, 'Action detail panel')));
    // Its delivery rating, with the override form open and a refusal at the reason.
    const rating = page.getByRole('complementary', { name: 'Action details' }).getByRole('region', { name: /^Delivery rating/ });
    await rating.getByRole('button', { name: 'Override…' }).click();
    await rating.getByRole('button', { name: 'Save override' }).click();
    await rating.locator('.panel-field__problem').first().waitFor();
    findings.push(...(await audit(page, 'Override form, refused')));
    await rating.getByRole('button', { name: 'Cancel' }).click();
    await rating.getByRole('button', { name: 'Rating rules…' }).click();
    await page.getByRole('dialog', { name: 'Rating rules' }).getByRole('textbox', { name: 'Soon' }).waitFor();
    findings.push(...(await audit(page, 'Rating rules dialog')));
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('button', { name: /^Status:/ }).click();
    await page.locator('.filter-panel').waitFor();
    findings.push(...(await audit(page, 'Status filter menu')));
    await page.keyboard.press('Escape');
    for (const menu of ['Columns', 'Export']) {
      await page.getByRole('button', { name: menu, exact: true }).click();
      await page.locator('.filter-panel').waitFor();
      findings.push(...(await audit(page, `${menu} menu`)));
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.filter-panel').count()).toBe(0);
    }
    await page.locator('.actions-grid .ag-row .ag-cell[col-id="title"]').first().click();
    for (const [keys, name] of [
      ['Control+m', /^Move/],
      ['Control+Delete', 'Delete this action?'],
    ] as const) {
      await page.keyboard.press(keys);
      await page.getByRole('dialog', { name }).waitFor();
      findings.push(...(await audit(page, `${keys} dialog`)));
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    }

    await showView(page, view('Timeline'));
    await page.getByRole('button', { name: 'Print timeline…' }).click();
    await page.getByRole('dialog', { name: 'Print the timeline' }).waitFor();
    findings.push(...(await audit(page, 'Print timeline dialog')));
    await page.keyboard.press('Escape');

    await showView(page, view('Indicators'));
    await page.getByRole('button', { name: 'Add indicator…' }).click();
    await page.getByRole('dialog', { name: /indicator/i }).waitFor();
    findings.push(...(await audit(page, 'Add indicator dialog')));
    await page.keyboard.press('Escape');

    await showView(page, view('Agencies'));
    await page.getByRole('button', { name: 'Add agency…' }).click();
    await page.getByRole('dialog', { name: /agency/i }).waitFor();
    findings.push(...(await audit(page, 'Add agency dialog')));
    await page.keyboard.press('Escape');

    expectNoSeriousFindings(findings);
  });

  it('the keyboard alone reaches the tabs, filters, grid, detail panel and buttons; the focus always shows and only modal dialogs keep it', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await page.evaluate("localStorage.setItem('plandesk.view', 'overview')");
    await page.reload();
    await page.locator('[role="tree"] [role="treeitem"]').first().waitFor();

    // Tab from the start of the page round the whole window and back to the start: nothing keeps the focus.
    const first = await pressUntil(page, 'Tab', () => true);
    const round = await pressUntil(page, 'Tab', (stop) => stop.key === first.reached.key, 60);
    const stops = [first.reached, ...round.passed];
    const names = stops.map(nameOf);
    expect(names).toContain('button "Import…"');
    expect(names).toContain('tab "Overview"');
    expect(stops.some((s) => s.role === 'treeitem')).toBe(true);
    expect(names).toContain('separator "Resize the plan tree"');
    // Shift+Tab walks the same stops backwards.
    const tabIndex = stops.findIndex((s) => nameOf(s) === 'tab "Overview"');
    await pressUntil(page, 'Tab', (stop) => stop.key === stops[tabIndex]!.key);
    await page.keyboard.press('Shift+Tab');
    expect((await focusStop(page))?.key).toBe(stops[tabIndex - 1]!.key);
    await page.keyboard.press('Tab');

    // Arrow keys move between the view tabs, and the view follows.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('tab', { name: 'Actions' }).getAttribute('aria-selected')).toBe('true');
    expect(nameOf((await focusStop(page))!)).toBe('tab "Actions"');
    await page.locator('.actions-grid .ag-row').first().waitFor();
    await saveScreenshot(page, 'keyboard-view-tabs');

    // On through the filter bar and the toolbar into the grid.
    const toGrid = await pressUntil(page, 'Tab', (stop) => stop.role === 'gridcell' || stop.role === 'columnheader');
    const passed = toGrid.passed.map(nameOf);
    expect(passed).toContain(`input "Search the actions' text"`);
    expect(passed.some((n) => n.startsWith('button "Status:'))).toBe(true);
    expect(passed).toContain('button "+ Action"');
    expect(passed).toContain('button "Details"');
    // Arrow keys move down past the chapter and statement headings (focused whole, with their ring) to an action's cells.
    const headings = await pressUntil(page, 'ArrowDown', (stop) => stop.role === 'gridcell', 6);
    expect(headings.passed.filter((stop) => stop.role === 'row').map((stop) => stop.label.slice(0, 28))).toEqual([
      'Chapter 5.1Digital by Defaul',
      'Policy statement 5.1.1RGoB s',
    ]);
    const cellBefore = headings.reached;
    await page.keyboard.press('ArrowRight');
    const cellAfter = (await focusStop(page))!;
    expect(cellAfter.role).toBe('gridcell');
    expect(cellAfter.key).not.toBe(cellBefore.key);
    expect(cellAfter.ring).toBe(true);
    await saveScreenshot(page, 'keyboard-grid-cell');

    // F6 goes from the grid to the detail panel (after the grid's many cells in the Tab order), and back.
    if ((await page.getByRole('complementary', { name: 'Action details' }).count()) === 0) await page.keyboard.press('Control+i');
    const panel = page.getByRole('complementary', { name: 'Action details' });
    await panel.waitFor();
    await page.keyboard.press('F6');
    expect(await focusIsIn(page, 'aside.action-panel')).toBe(true);
    expect((await focusStop(page))?.ring).toBe(true);
    const inPanel = await pressUntil(page, 'Tab', (stop) => stop.role === 'input' || stop.role === 'select' || stop.role === 'textarea');
    expect(await focusIsIn(page, 'aside.action-panel')).toBe(true);
    await saveScreenshot(page, 'keyboard-detail-panel');
    await page.keyboard.press('Shift+F6');
    expect((await focusStop(page))?.key).toBe(cellAfter.key);
    expect(inPanel.reached.ring).toBe(true);

    // A filter menu: Escape closes it and gives the focus back to its button.
    await pressUntil(page, 'Shift+Tab', (stop) => stop.label.startsWith('Status:'));
    await page.keyboard.press('Enter');
    await page.locator('.filter-panel').waitFor();
    expect(await focusIsIn(page, '.filter-panel')).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.filter-panel').count()).toBe(0);
    expect((await focusStop(page))?.label).toMatch(/^Status:/);

    // A modal dialog keeps the focus (Tab goes round inside it) until Escape closes it; the focus goes back to its button.
    await showView(page, view('Agencies'));
    await pressUntil(page, 'Tab', (stop) => stop.label === 'Add agency…');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /agency/i });
    await dialog.waitFor();
    const insideDialog = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
      const stop = await focusStop(page);
      // Past its last field the browser's own controls may take the focus (null here), never the page behind (inert).
      if (!stop) continue;
      expect(stop.inDialog, `Tab left the open dialog for ${nameOf(stop)}`).toBe(true);
      expect(stop.ring, `The focus on ${nameOf(stop)} does not show`).toBe(true);
      insideDialog.add(nameOf(stop));
    }
    expect([...insideDialog]).toEqual(expect.arrayContaining(['input "Name"', 'button "Cancel"']));
    await saveScreenshot(page, 'keyboard-add-agency');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await focusStop(page))?.label).toBe('Add agency…');
  });
  it('in every view, the first 30 Tab stops after the view tab all show the focus', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await page.getByRole('tab', { name: 'Overview' }).waitFor();
    const seen: string[] = [];
    for (const v of VIEWS) {
      await showView(page, v);
      await page.getByRole('tab', { name: v.name }).focus();
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        const stop = await focusStop(page);
        if (!stop) continue;
        expect(stop.ring, `${v.name} view: the focus on ${nameOf(stop)} does not show`).toBe(true);
        seen.push(`${v.name}: ${nameOf(stop)}`);
      }
    }
    // Each view's own controls were reached, not only the window's.
    for (const v of VIEWS) expect(seen.filter((s) => s.startsWith(`${v.name}: `)).length, v.name).toBeGreaterThan(5);
  });

  it('the exchange review screen passes the audit: changes, a conflict and a problem from a returned workbook', async () => {
    const { page } = app.browser;
    const findings: Finding[] = [];
    await page.goto(app.harness.url);
    await page.getByRole('tab', { name: 'Overview' }).waitFor();
    await showView(page, view('Exchange'));
    await page.getByRole('radio', { name: 'Choose' }).check();
    await page.getByRole('checkbox', { name: /^DITT/ }).check();
    const outbox = join(app.folder, 'sent');
    app.answerDialogs({ chooseFolder: outbox });
    await page.getByRole('button', { name: 'Send…' }).click();
    await page.locator('tr[data-package="DITT"]').waitFor();
    findings.push(...(await audit(page, 'Exchange view, a workbook sent')));

    // DITT fills it in: a status, a narrative, and an actual the indicator cannot take; meanwhile the PMU changes the status.
    const sent = (await app.call('exchange:packages', { planId }))[0]!;
    const workbook = await loadWorkbook(join(outbox, sent.fileName));
    fillIn(workbook, [
      { code: '5.1.1.1', cells: { 'Status now': 'Completed', 'Progress in the period': 'All gewogs connected.', '/^Actual value': 'very good' } },
    ]);
    const returned = join(app.folder, 'DITT returned.xlsx');
    await workbook.xlsx.writeFile(returned);
    const action = (await app.call('actions:list', { planId })).find((a) => a.code === '5.1.1.1')!;
    await app.call('actions:update', { actionId: action.id, field: 'status', value: 'on_hold' });
    app.answerDialogs({ chooseFiles: [returned] });
    await page.getByRole('button', { name: 'Receive updates…' }).click();
    await page.getByRole('heading', { name: 'Review returned workbooks' }).waitFor();
    await page.locator('.review-problem').first().waitFor();
    findings.push(...(await audit(page, 'Exchange review of a returned workbook')));
    await saveScreenshot(page, 'accessibility-exchange-review');

    // A second plan: the header shows a switcher in place of the plan's title.
    await app.call('plans:create', { title: 'ICT Master Plan 2025–2030' });
    await page.reload();
    await page.getByRole('combobox', { name: 'Plan' }).waitFor();
    await showView(page, view('Overview'));
    findings.push(...(await audit(page, 'Overview view with the plan switcher')));
    expectNoSeriousFindings(findings);
  });
  it('the first launch, an empty plan and the name prompt pass the audit', async () => {
    const { page } = app.browser;
    const empty = join(app.folder, 'empty.plandesk');
    await prepareWorkspace(empty);
    const fresh = await startHarness({ db: empty });
    const findings: Finding[] = [];
    try {
      await page.goto(fresh.url);
      await page.getByRole('button', { name: 'Start an empty plan' }).waitFor();
      findings.push(...(await audit(page, 'First launch screen')));
      await page.getByRole('button', { name: 'Start an empty plan' }).click();
      await page.getByLabel('Plan title').fill('Digital Transformation Plan 2025–2030');
      findings.push(...(await audit(page, 'First launch, new plan')));
      await page.getByLabel('Plan title').press('Enter');
      await page.locator('.tree-empty__title').waitFor();
      findings.push(...(await audit(page, 'An empty plan')));
      await page.getByRole('button', { name: 'Set your name' }).click();
      await page.getByRole('textbox', { name: 'Your name' }).waitFor();
      findings.push(...(await audit(page, 'The name prompt')));
    } finally {
      await fresh.stop();
    }
    expectNoSeriousFindings(findings);
  });

  it('the progress bar of a long operation passes the audit, running and cancelled, with the focus on Cancel', async () => {
    const { page } = app.browser;
    const spreadsheet = join(app.folder, 'plan-2000.xlsx');
    await writeXlsx(spreadsheet, planRows(2000));
    await page.goto(app.harness.url);
    await page.getByRole('tab', { name: 'Overview' }).waitFor();
    await page.getByRole('button', { name: 'Import…' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Import plan' });
    await importDialog.getByLabel('File to import').setInputFiles(spreadsheet);
    const importButton = importDialog.getByRole('button', { name: 'Import 2,000 actions as a new plan' });
    await importButton.waitFor({ timeout: 60_000 });
    // Another writer holds the workspace: the import waits for it with its bar shown, for as long as the audit takes,
    // and is cancelled before it can end (support/workspace-lock.ts).
    const lock = holdForWriting(app.db);
    const findings: Finding[] = [];
    try {
      await importButton.click();
      const progress = page.getByRole('dialog', { name: 'Importing the plan' });
      await progress.getByRole('progressbar').waitFor({ timeout: 60_000 });
      findings.push(...(await audit(page, 'Progress bar of a long operation', '.progress-dialog')));
      expect(await page.evaluate('document.activeElement?.textContent')).toBe('Cancel');
      const cancelHeard = page.waitForResponse((response) => response.url().endsWith('/api/operations%3Acancel'));
      await page.keyboard.press('Enter');
      await cancelHeard;
      lock.release();
      await progress.getByRole('status').filter({ hasText: 'Cancelled — nothing was changed' }).waitFor({ timeout: 60_000 });
      findings.push(...(await audit(page, 'Progress bar, cancelled', '.progress-dialog')));
    } finally {
      lock.release();
    }
    expectNoSeriousFindings(findings);
  });
});
