// The Timeline view in Chromium against a real workspace: every dated action drawn and the undated listed apart,
// a bar dragged to a new end saved in the database (in the history, undoable), ghost bars of a snapshot with the
// slip, and the printed timeline (PDF) carrying every action code.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { callHarness, type RunningHarness } from '../support/harness';
import { samplePlanFile } from '../support/sample-workspace';
import { saveScreenshot } from '../support/screenshots';
import type { Channel, MethodInput, MethodResult } from '../../../shared/contract';

// The page's globals used inside page.evaluate; this project is type-checked as Node code, without the DOM's types.
declare const window: { print: () => void; dispatchEvent: (event: unknown) => boolean };
declare const Event: new (type: string) => unknown;
declare const document: { querySelectorAll(selector: string): Iterable<PageNode> };
interface PageNode {
  getBoundingClientRect(): { left: number; right: number };
  querySelector(selector: string): PageNode | null;
  readonly textContent: string | null;
}
interface SvgElement {
  getBBox(): { x: number; width: number };
}

const screenshots = resolve(import.meta.dirname, '../../../screenshots');

/** The sample plan, with one action whose dates were never given and one known only to the year. */
function timelinePlan() {
  const file = samplePlanFile();
  const statement = file.plans[0]!.chapters[1]!.statements[1]!;
  statement.actions.push(
    { ...statement.actions[0]!, code: '5.2.2.2', title: 'Train agency ICT officers in cloud operations', start: null, end: null, endOpen: false, startPrecision: 'month', endPrecision: 'month', indicators: [] },
    { ...statement.actions[0]!, code: '5.2.2.3', title: 'Review the ICT cadre rules', start: '2025-01', startPrecision: 'year', end: '2027-12', endPrecision: 'year', status: 'not_started', statusText: 'Not started', indicators: [] },
  );
  return file;
}

/** Calls the harness as the page does (with its token), for setting up and checking what the UI cannot show. */
function harnessCaller(harness: RunningHarness) {
  return <C extends Channel>(channel: C, input: MethodInput<C>): Promise<MethodResult<C>> => callHarness(harness, channel, input);
}

const DATED = ['5.1.1.1', '5.1.1.2', '5.1.1.3', '5.1.2.1', '5.2.1.1', '5.2.1.2', '5.2.1.3', '5.2.2.1', '5.2.2.3'];

async function openTimeline(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await page.locator('.tl-label--action').first().waitFor();
}

function labelRow(page: Page, code: string) {
  return page.locator('.tl-label--action', { has: page.locator('.tl-label__code', { hasText: new RegExp(`^${code.replace(/\./g, '\\.')}$`) }) });
}

/**
 * Leaves the Timeline and comes back: it loads the plan afresh. (Not a page reload: the renderer's files are built
 * into one folder shared by every harness on the machine, and may be mid-rebuild.)
 */
async function reopenTimeline(page: Page) {
  await page.getByRole('tab', { name: 'Overview' }).click();
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await page.locator('.tl-label--action').first().waitFor();
}

/** Two frames: what a scroll or a click started is drawn. */
async function settle(page: Page) {
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
}

/** The chart's row (an SVG group) of the action whose label shows `code`. */
async function rowIndexOf(page: Page, code: string): Promise<number> {
  const style = (await labelRow(page, code).getAttribute('style')) ?? '';
  return Math.round(Number(/top:\s*([\d.]+)px/.exec(style)?.[1]) / 28);
}

describe('timeline', () => {
  const app = startApp({ name: 'timeline', user: 'Sonam Choden', plan: timelinePlan() });

  const endOf = (code: string) => {
    const sqlite = new Database(app.db, { readonly: true });
    try {
      return sqlite.prepare('SELECT start_month AS start, end_month AS end FROM actions WHERE code = ? AND deleted_at IS NULL').get(code) as { start: string; end: string };
    } finally {
      sqlite.close();
    }
  };

  it('draws a bar for every dated action and lists the undated apart', async () => {
    const { page } = app.browser;
    await openTimeline(page, app.harness.url);
    const codes = await page.locator('.tl-label--action .tl-label__code').allTextContents();
    expect(codes).toEqual(['5.1.1.1', '5.1.1.2', '5.1.1.3', '5.1.2.1', '5.2.1.1', '5.2.1.2', '5.2.1.3', '5.2.2.1', '5.2.2.3', '5.2.2.2']);
    for (const code of DATED) {
      const index = await rowIndexOf(page, code);
      expect(await page.locator(`.tl-chart [data-bar="${index}"] .tl-bar__body`).count(), code).toBe(1);
    }
    // The undated one: under its own heading at the end, with no bar.
    expect(await page.locator('.tl-label--group').last().textContent()).toContain('Actions without dates');
    expect(await labelRow(page, '5.2.2.2').locator('.tl-label__tag').textContent()).toBe('No dates');
    expect(await page.locator(`.tl-chart [data-bar="${await rowIndexOf(page, '5.2.2.2')}"]`).count()).toBe(0);
    // Open-ended: an arrow to the edge of the chart, labelled Continue; year-only: labelled by the year.
    expect(await page.locator(`.tl-chart [data-bar="${await rowIndexOf(page, '5.1.1.3')}"] .tl-bar-label`).textContent()).toBe('Continue');
    expect(await page.locator(`.tl-chart [data-bar="${await rowIndexOf(page, '5.2.2.3')}"] .tl-bar-label`).textContent()).toBe('2027');
    // Overdue marked: 5.1.1.1 ended in Dec 2020 and is ongoing.
    expect(await page.locator(`.tl-chart [data-bar="${await rowIndexOf(page, '5.1.1.1')}"]`).getAttribute('class')).toContain('tl-bar--overdue');
    expect(await page.locator('.tl-today').count()).toBe(1);
    await saveScreenshot(page, 'timeline');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await saveScreenshot(page, 'timeline');
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('groups by lead agency and collapses a group', async () => {
    const { page } = app.browser;
    await page.getByRole('button', { name: 'By lead agency' }).click();
    await expect.poll(() => page.locator('.tl-label--group .tl-label__code').allTextContents()).toEqual(['DITT', 'GovTech', 'MoIC', 'RCSC']);
    // Fiscal years (July to June): a header line and shaded bands.
    await page.getByLabel('Fiscal years').check();
    await expect.poll(() => page.locator('.tl-head-line--fy .tl-head-label').allTextContents()).toContain('FY 2025-26');
    expect(await page.locator('.tl-chart .tl-fy-band--even').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'timeline-agency-fiscal-years');
    await page.getByLabel('Fiscal years').uncheck();
    await page.getByRole('button', { name: 'By chapter' }).click();
    const chapter = page.locator('.tl-label--group.tl-label--level1').first();
    await chapter.locator('button').click();
    await expect.poll(() => chapter.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.tl-label--action').count()).toBe(10 - 4);
    await chapter.locator('button').click();
    await expect.poll(() => page.locator('.tl-label--action').count()).toBe(10);
  });

  it('zooms with Ctrl+wheel about the month under the pointer', async () => {
    const { page } = app.browser;
    await page.getByRole('button', { name: 'Years', exact: true }).click();
    const chart = (await page.locator('.tl-chart-area').boundingBox())!;
    const x = chart.x + 700;
    const y = chart.y + 100;
    const yearAt = () =>
      page.evaluate(
        (px) => {
          const cells = [...document.querySelectorAll('.tl-head-line--year rect')];
          const cell = cells.find((c) => {
            const box = c.getBoundingClientRect();
            return box.left <= px && px < box.right;
          });
          return cell?.querySelector('title')?.textContent ?? null;
        },
        x,
      );
    const before = await yearAt();
    await page.mouse.move(x, y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -500);
    await page.keyboard.up('Control');
    await expect.poll(() => page.getByRole('button', { name: 'Years', exact: true }).getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('.tl-head-line--quarters, .tl-head-line--months').count()).toBe(1);
    expect(await yearAt()).toBe(before);
    await page.getByRole('button', { name: 'Years', exact: true }).click();
  });

  it('filters with the grid\'s filters, and opens an action from its bar', async () => {
    const { page } = app.browser;
    await page.getByText('Overdue only').click();
    await expect.poll(() => page.locator('.tl-label--action .tl-label__code').allTextContents()).toEqual(['5.1.1.1', '5.2.1.3']);
    expect(await page.locator('.timeline-summary').textContent()).toContain('2 of 10 actions');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel("Search the actions' text").fill('cloud');
    await expect.poll(() => page.locator('.tl-label--action .tl-label__code').allTextContents()).toEqual(['5.2.1.2', '5.2.2.2']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('.tl-label--action').count()).toBe(10);

    // A click (no drag) on a bar opens the action in the Actions view; the filters stay shared.
    const index = await rowIndexOf(page, '5.1.1.2');
    await page.locator(`.tl-chart [data-bar="${index}"] .tl-handle--move`).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Actions' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.locator('.tl-label--action').first().waitFor();
  });

  it('moves an end a month with Alt+→ on the action\'s label, and between rows with the arrows', async () => {
    const { page } = app.browser;
    await labelRow(page, '5.1.1.2').locator('button').focus();
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => endOf('5.1.1.2').end).toBe('2020-07');
    await page.keyboard.press('Control+z');
    await expect.poll(() => endOf('5.1.1.2').end).toBe('2020-06');

    // ↑/↓ move between rows; ← on a group collapses it, → expands it.
    await labelRow(page, '5.1.1.2').locator('button').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('.tl-label:has(button:focus) .tl-label__code').textContent()).toBe('5.1.1.3');
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('.tl-label:has(button:focus) .tl-label__code').textContent()).toBe('5.1');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('.tl-label--action').count()).toBe(6);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.tl-label--action').count()).toBe(10);
  });

  it('saves a dragged end in the database, in the history, undoably', async () => {
    const { page } = app.browser;
    expect(endOf('5.2.1.3')).toEqual({ start: '2020-07', end: '2021-06' });
    await page.getByRole('button', { name: 'Months', exact: true }).click();
    const index = await rowIndexOf(page, '5.2.1.3');
    const handle = page.locator(`.tl-chart [data-bar="${index}"] .tl-handle--end`);
    await handle.scrollIntoViewIfNeeded();
    await settle(page);
    const box = (await handle.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    // Months zoom: 64 px a month; three months later.
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 40, y, { steps: 4 });
    await page.mouse.move(x + 3 * 64, y, { steps: 4 });
    await expect.poll(() => page.locator('.tl-tooltip__hint').textContent()).toContain('end 3 months later');
    await saveScreenshot(page, 'timeline-drag');
    await page.mouse.up();
    await expect.poll(() => endOf('5.2.1.3').end).toBe('2021-09');
    expect(endOf('5.2.1.3').start).toBe('2020-07');
    const call = harnessCaller(app.harness);
    const planId = (await call('workspace:summary', {})).plans[0]!.id;
    const [latest] = await call('history:list', { planId, limit: 5 });
    expect(latest).toMatchObject({ field: 'end_month', oldValue: '2021-06', newValue: '2021-09', user: 'Sonam Choden', source: 'edit' });
    await expect.poll(() => page.locator(`.tl-chart [data-bar="${index}"] .tl-bar-label`).textContent()).toContain('Sep 2021');

    // Ctrl+Z puts it back, in the database and on the chart.
    await page.keyboard.press('Control+z');
    await expect.poll(() => endOf('5.2.1.3').end).toBe('2021-06');
    await expect.poll(() => page.locator(`.tl-chart [data-bar="${index}"] .tl-bar-label`).textContent()).toContain('Jun 2021');
  });

  it('moves a whole bar: start and end in one change', async () => {
    const { page } = app.browser;
    await reopenTimeline(page);
    const index = await rowIndexOf(page, '5.2.1.3');
    const bar = page.locator(`.tl-chart [data-bar="${index}"] .tl-handle--move`);
    await bar.scrollIntoViewIfNeeded();
    await settle(page);
    const box = (await bar.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 2 * 64, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => endOf('5.2.1.3')).toEqual({ start: '2020-05', end: '2021-04' });
    // One undo takes back both ends.
    await page.keyboard.press('Control+z');
    await expect.poll(() => endOf('5.2.1.3')).toEqual({ start: '2020-07', end: '2021-06' });
  });

  it('shows a slipped action\'s dates at a snapshot as a ghost bar, with the slip', async () => {
    const { page } = app.browser;
    const call = harnessCaller(app.harness);
    const planId = (await call('workspace:summary', {})).plans[0]!.id;
    await call('snapshots:create', { planId, name: 'Steering committee, October 2026' });
    const action = (await call('actions:list', { planId })).find((r) => r.code === '5.1.1.1')!;
    await call('actions:update', { actionId: action.id, field: 'end', value: 'June 2022' });
    await reopenTimeline(page);
    await page.getByRole('button', { name: 'Years', exact: true }).click();
    const select = page.getByLabel('Compare with');
    const option = await select.locator('option', { hasText: 'Steering committee, October 2026' }).getAttribute('value');
    await select.selectOption(option!);
    await page.locator('.tl-ghost').first().waitFor();
    const index = await rowIndexOf(page, '5.1.1.1');
    const row = page.locator(`.tl-chart g.tl-row[data-row="${index}"]`);
    await expect.poll(() => row.locator('.tl-ghost').count()).toBe(1);
    // The planned bar is a thin bar too: wait for the snapshot's dates, which bring the slip.
    await expect.poll(() => page.locator(`.tl-chart [data-bar="${index}"] .tl-bar-label`).textContent()).toBe('Jun 2022 · +18 mo');
    // The ghost ends where the bar ended before: Dec 2020, 18 months left of the bar's end.
    const right = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => {
          const box = (el as unknown as SvgElement).getBBox();
          return box.x + box.width;
        });
    const ghostEnd = await right(`.tl-chart [data-row="${index}"] .tl-ghost rect`);
    const barEnd = await right(`.tl-chart [data-bar="${index}"] .tl-bar__body`);
    expect(barEnd - ghostEnd).toBe(18 * 8);
    // An unchanged action's ghost lies under its bar, without a slip.
    const same = await rowIndexOf(page, '5.1.1.2');
    expect(await page.locator(`.tl-chart [data-bar="${same}"] .tl-bar-label`).textContent()).toBe('Jun 2020');
    expect(await page.locator('.timeline-summary__slipped').textContent()).toBe('1 slipped since “Steering committee, October 2026”');
    await labelRow(page, '5.1.1.1').hover();
    await page.locator(`.tl-chart [data-bar="${index}"] .tl-handle--move`).hover();
    await expect.poll(() => page.locator('.tl-tooltip').textContent()).toContain('end 18 months later');
    await saveScreenshot(page, 'timeline-snapshot');
  });

  it('prints landscape pages with the header and labels on each, every action code on some page', async () => {
    const { page } = app.browser;
    // Ends typed as 2099 stretch the plan to 82 years: printed whole, that is 7 pages across.
    await page.getByRole('button', { name: 'Print timeline…' }).click();
    await expect.poll(() => page.locator('.tl-print-dialog__pages').textContent()).toBe('7 pages (7 across the years × 1 down the rows)');
    await page.getByRole('button', { name: 'Cancel' }).click();
    // The PMU prints 2018 to 2027: one page.
    const pdf = await printTimeline(page, 'timeline', { from: '2018', to: '2027', pages: '1 page' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const code of [...DATED, '5.2.2.2']) expect(text, code).toContain(code);
    // The label column says each timeline in words, also where the bar runs past the page.
    expect(text).toMatch(/5\.1\.2\.1\s+Establish the national data[^\n]*\s+Jan 2023–Dec 2099/);
    expect(text).toMatch(/5\.2\.2\.2\s+Train agency ICT officers[^\n]*\s+no dates/);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59\d\.\d+ pts \(A4\)/);
    expect(info).toMatch(/Pages:\s+1\n/);
  });
});

/** Prints the timeline as the button does (the print dialog stubbed) and saves the PDF and its pages as PNG. */
export async function printTimeline(page: Page, name: string, years?: { from: string; to: string; pages: string }): Promise<string> {
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Print timeline…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print the timeline' });
  if (years) {
    await dialog.getByLabel('From').selectOption(years.from);
    await dialog.getByLabel('To').selectOption(years.to);
    await expect.poll(() => dialog.locator('.tl-print-dialog__pages').textContent()).toBe(years.pages);
  }
  await dialog.getByRole('button', { name: 'Print…' }).click();
  await page.locator('.tl-print-page').first().waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  const pages = Number(await page.locator('.tl-print-root').getAttribute('data-pages'));
  mkdirSync(screenshots, { recursive: true });
  const path = join(screenshots, `${name}.pdf`);
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  await page.emulateMedia({ media: null });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(pages);
  // Pages of an earlier, longer print would be mistaken for this one's.
  for (const file of readdirSync(screenshots)) if (file.startsWith(`${name}-page-`)) rmSync(join(screenshots, file));
  execFileSync('pdftoppm', ['-png', '-r', '70', path, join(screenshots, `${name}-page`)]);
  // The container goes away once printing is over.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.locator('.tl-print-root').waitFor({ state: 'detached' });
  return path;
}

describe('timeline of the bundled sample plan', () => {
  const app = startApp({ name: 'timeline-sample', user: 'Sonam Choden', plan: null });

  beforeAll(async () => {
    await app.call('plans:openSample', {});
  });

  it('draws every dated action of the real plan, and prints each code on some page', async () => {
    const { page } = app.browser;
    const call = harnessCaller(app.harness);
    const planId = (await call('workspace:summary', {})).plans[0]!.id;
    const actions = await call('actions:list', { planId });
    expect(actions.length).toBeGreaterThan(40);
    await openTimeline(page, app.harness.url);
    await page.getByRole('button', { name: 'Fit plan' }).click();
    await saveScreenshot(page, 'timeline-sample');

    // Every action has a row; scrolled through, every dated one has its bar.
    const seen = new Map<string, boolean>();
    const scroller = page.locator('.tl-scroll');
    for (let top = 0; ; top += 300) {
      await scroller.evaluate((el, y) => el.scrollTo(0, y), top);
      await settle(page);
      for (const label of await page.locator('.tl-label--action').all()) {
        const id = (await label.getAttribute('data-action-id'))!;
        const style = (await label.getAttribute('style')) ?? '';
        const index = Math.round(Number(/top:\s*([\d.]+)px/.exec(style)?.[1]) / 28);
        seen.set(id, (await page.locator(`.tl-chart [data-bar="${index}"] .tl-bar__body`).count()) === 1);
      }
      const more = await scroller.evaluate((el) => el.scrollTop + el.clientHeight < el.scrollHeight - 1);
      if (!more) break;
    }
    expect(seen.size).toBe(actions.length);
    for (const action of actions) {
      const dated = action.start !== null || (action.end !== null && !action.endOpen);
      expect(seen.get(action.id), `${action.code} ${action.title}`).toBe(dated);
    }

    const pdf = await printTimeline(page, 'timeline-sample');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const action of actions) expect(text, action.code).toContain(action.code);
    // File > Print… (Ctrl+P) with the timeline shown prints the same pages: the page's beforeprint brings them in
    // (the desktop's webContents.print() fires it; headless page.pdf() does not, so the test fires it).
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.locator('.tl-print-page').first().waitFor({ state: 'attached' });
    const direct = join(screenshots, 'timeline-sample-menu.pdf');
    writeFileSync(direct, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    const directText = execFileSync('pdftotext', ['-layout', direct, '-'], { encoding: 'utf8' });
    expect(directText).toContain('Page 1 of ');
    for (const action of actions) expect(directText, action.code).toContain(action.code);
    await page.locator('.tl-print-root').waitFor({ state: 'detached' });

    // Rows repeat on every page across: each page has the time header and the labels.
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    for (const pageText of pages) {
      expect(pageText).toMatch(/Page \d+ of \d+/);
      expect(pageText).toMatch(/\b20\d\d\b/);
      expect(pageText).toContain('Action');
    }
  });
});
