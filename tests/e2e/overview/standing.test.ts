// "Where do we stand?" in Chromium against a real workspace: the Overview's bars by chapter and by lead agency hold
// the workspace's counts (by status and by delivery rating), the overdue actions with their months late, an indicator
// behind its path, what changed since a snapshot; the Indicators view's filters narrow its rows and counts and judge
// each indicator against its path; the printed Overview of the bundled sample plan is at most two A4 pages carrying
// the charts' figures; both views pass the accessibility audit.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DELIVERY_RATINGS } from '../../../shared/vocab/ratings';
import { monthOfDate, monthsBetween } from '../../../shared/months';
import { startApp } from '../support/app';
import { auditPage } from '../support/axe';
import { saveScreenshot } from '../support/screenshots';

declare const window: { print: () => void; dispatchEvent: (event: unknown) => boolean };
declare const Event: new (type: string) => unknown;

const screenshots = resolve(import.meta.dirname, '../../../screenshots');
const STATUSES = ['completed', 'ongoing', 'not_started', 'on_hold', 'dropped', 'unknown'] as const;

type Counts = Record<string, number>;

/** Each bar of a chart as drawn: its key and the count of each series it stacks. */
async function barsOf(page: Page, chartName: RegExp): Promise<Map<string, Counts>> {
  const chart = page.getByRole('img', { name: chartName });
  const bars = await chart.locator('[data-bar]').evaluateAll((nodes) =>
    nodes.map((bar) => ({
      key: bar.getAttribute('data-bar') ?? '',
      counts: Object.fromEntries([...bar.querySelectorAll('[data-series]')].map((s) => [s.getAttribute('data-series'), Number(s.getAttribute('data-count'))])),
    })),
  );
  return new Map(bars.map((b) => [b.key, b.counts]));
}

/** Leaves out the series with no action: a chart draws no segment for them. */
function present(counts: Counts): Counts {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

/** The texts of a cell of each row of the grid, in row order (AG Grid keeps its rows' elements in any order). */
async function columnTexts(page: Page, selector: string): Promise<string[]> {
  const rows = await page.locator('[role="row"][row-index]').evaluateAll(
    (nodes, cell) => nodes.map((row) => ({ index: Number(row.getAttribute('row-index')), text: row.querySelector(cell)?.textContent ?? '' })),
    selector,
  );
  return rows.sort((a, b) => a.index - b.index).map((r) => r.text);
}

async function openOverview(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('tab', { name: 'Overview' }).click();
  await page.getByRole('img', { name: /^Actions by (status|delivery rating) per chapter/ }).waitFor();
}

describe('where the plan stands', () => {
  const app = startApp({ name: 'overview-standing', user: 'Sonam Choden' });
  let planId: string;

  beforeAll(async () => {
    planId = (await app.call('workspace:summary', {})).plans[0]!.id;
  });

  it('draws each chapter’s and each lead agency’s actions by status with the workspace’s counts', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await page.evaluate("localStorage.setItem('plandesk.overview.measure', 'status')");
    await openOverview(page, app.harness.url);
    const actions = await app.call('actions:list', { planId });

    const expectedByChapter = new Map<string, Counts>();
    for (const a of actions) {
      const counts = expectedByChapter.get(a.chapterId) ?? {};
      counts[a.status ?? 'unknown'] = (counts[a.status ?? 'unknown'] ?? 0) + 1;
      expectedByChapter.set(a.chapterId, counts);
    }
    expect(await barsOf(page, /^Actions by status per chapter/)).toEqual(expectedByChapter);
    // Each bar ends with its total: 5.1 and 5.2 hold four actions each.
    const chapterChart = page.getByRole('img', { name: /^Actions by status per chapter/ });
    expect(await chapterChart.locator('.stacked-chart__total').allTextContents()).toEqual(['4', '4']);
    // The figures in words for a screen reader.
    expect(await chapterChart.getAttribute('aria-label')).toBe(
      'Actions by status per chapter. 5.1 Digital by Default: 4 actions (1 completed, 2 ongoing, 1 not started); 5.2 Shared ICT Assets: 4 actions (1 completed, 1 ongoing, 1 not started, 1 no status).',
    );

    const agencies = await app.call('agencies:list', {});
    const expectedByAgency = new Map<string, Counts>();
    for (const a of actions) {
      const leads = a.leadAgencyIds.length > 0 ? a.leadAgencyIds : ['no-registered-lead'];
      for (const id of leads) {
        const counts = expectedByAgency.get(id) ?? {};
        counts[a.status ?? 'unknown'] = (counts[a.status ?? 'unknown'] ?? 0) + 1;
        expectedByAgency.set(id, counts);
      }
    }
    const drawn = await barsOf(page, /^Actions by status per lead agency/);
    expect(drawn).toEqual(expectedByAgency);
    // Most actions first: DITT and GovTech lead two each; the unregistered leads come last.
    const order = [...drawn.keys()];
    expect(order.slice(0, 2).map((id) => agencies.find((a) => a.id === id)?.acronym).sort()).toEqual(['DITT', 'GovTech']);
    expect(order.at(-1)).toBe('no-registered-lead');
    // The key says each status in words.
    expect(await page.getByRole('list', { name: 'Key: status' }).locator('li').allTextContents()).toEqual(['Completed', 'Ongoing', 'Not started', 'No status']);

    await saveScreenshot(page, 'overview-standing');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await saveScreenshot(page, 'overview-standing');
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('switches the bars to delivery ratings, with the ratings’ counts', async () => {
    const { page } = app.browser;
    await page.getByRole('button', { name: 'Delivery rating', exact: true }).click();
    await page.getByRole('img', { name: /^Actions by delivery rating per chapter/ }).waitFor();
    const ratings = await app.call('ratings:plan', { planId });
    const expected = new Map(ratings.chapters.map((c) => [c.id, present(c.counts)]));
    expect(await barsOf(page, /^Actions by delivery rating per chapter/)).toEqual(expected);
    expect(await page.getByRole('list', { name: 'Key: delivery rating' }).locator('li').allTextContents()).toEqual(
      DELIVERY_RATINGS.filter((r) => [...expected.values()].some((c) => (c[r] ?? 0) > 0)).map((r) => ({ red: 'Red', amber: 'Amber', green: 'Green', completed: 'Completed', not_rated: 'Not rated' })[r]),
    );
    const agencyBars = await barsOf(page, /^Actions by delivery rating per lead agency/);
    const total = [...agencyBars.values()].reduce((sum, c) => sum + Object.values(c).reduce((s, n) => s + n, 0), 0);
    // Every action is somewhere, an action led jointly under each lead: the sample has none led jointly.
    expect(total).toBe(ratings.actions.length);
    await page.getByRole('button', { name: 'Status', exact: true }).click();
  });

  it('lists the overdue actions by months late, and an indicator behind its path', async () => {
    const { page } = app.browser;
    const actions = await app.call('actions:list', { planId });
    const now = monthOfDate(new Date());
    const overdue = actions
      .filter((a) => a.overdue)
      .map((a) => ({ code: a.code, late: monthsBetween(a.revisedEnd ?? a.end!, now) }))
      .sort((a, b) => b.late - a.late);
    const table = page.locator('.summary__section', { has: page.getByRole('heading', { name: `Overdue actions (${overdue.length})` }) });
    expect(await table.locator('thead th').allTextContents()).toEqual(['Action', 'Lead agency', 'End', 'Months late']);
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('.row-link__code')?.textContent, tr.querySelector('.action-table__late')?.textContent]));
    expect(rows).toEqual(overdue.map((o) => [o.code, String(o.late)]));

    // 5.1.1.1 runs Jan 2019 – Dec 2020 from 95% to 98%: 96% for FY 2025-26 is a third of the way where the path is done.
    const indicator = (await app.call('indicators:list', { planId })).find((i) => i.name === 'Government offices connected to TWAN')!;
    const period = (await app.call('plans:periods', { planId })).find((p) => p.label === 'FY 2025-26')!;
    await app.call('indicators:setActual', { indicatorId: indicator.id, periodId: period.id, value: '96%' });
    await page.reload();
    const progress = page.locator('.summary__section', { has: page.getByRole('heading', { name: 'Indicators against the path to their targets' }) });
    await progress.locator('tbody tr').first().waitFor();
    expect(await progress.locator('.indicator-judgements').textContent()).toMatch(/^1 behind · 0 on track · 3 no data/);
    expect(await progress.locator('tbody tr').first().textContent()).toBe('5.1.1.1Government offices connected to TWAN96% FY 2025-2698%33%Behind by 67 points');
  });

  it('says what changed since the latest snapshot', async () => {
    const { page } = app.browser;
    const changes = page.locator('.summary__section', { has: page.getByRole('heading', { name: /^What changed since/ }) });
    expect(await changes.locator('p').textContent()).toContain('No snapshot of this plan yet');
    await app.call('snapshots:create', { planId, name: 'Steering committee, October 2026' });
    const action = (await app.call('actions:list', { planId })).find((a) => a.code === '5.1.1.3')!;
    await app.call('actions:update', { actionId: action.id, field: 'status', value: 'ongoing' });
    await page.reload();
    await changes.locator('li').first().waitFor();
    expect(await changes.locator('h3').textContent()).toMatch(/^What changed since “Steering committee, October 2026” \(\d+ \w+ \d{4}\)$/);
    expect(await changes.locator('li').allTextContents()).toEqual(['5.1.1.3Make every new citizen service available onlineStatus Not started → Ongoing']);
    // The line opens the action.
    await changes.getByRole('button', { name: /5\.1\.1\.3/ }).click();
    await expect.poll(() => page.locator('article.detail h2').textContent()).toBe('5.1.1.3Make every new citizen service available online');
    await page.getByRole('button', { name: 'Plan overview' }).click();
    await page.getByRole('img', { name: /per chapter/ }).waitFor();
    await auditPage(page, 'Overview, where the plan stands');
    await page.getByRole('button', { name: 'Delivery rating', exact: true }).click();
    await auditPage(page, 'Overview, bars by delivery rating');
    await page.getByRole('button', { name: 'Status', exact: true }).click();
  });

  it('filters the Indicators view like the Actions view, with counts that follow, and judges each against its path', async () => {
    const { page } = app.browser;
    await page.getByRole('tab', { name: 'Indicators' }).click();
    const rows = { count: async () => (await columnTexts(page, '.indicator-action__code')).length };
    await expect.poll(() => rows.count()).toBe(4);
    const count = page.locator('.view-toolbar__count');
    await expect.poll(() => count.textContent()).toBe('4 indicators · 1 with an actual · 1 behind their path');
    await expect.poll(() => columnTexts(page, '[col-id="path"]')).toEqual(['Behind by 67 points', 'No data', 'No data', 'No data']);

    // Lead: GovTech keeps the indicators of 5.1.1.2 and 5.1.2.1.
    await page.getByRole('button', { name: /^Lead:/ }).click();
    await page.getByRole('checkbox', { name: /^GovTech/ }).check();
    await page.keyboard.press('Escape');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await count.textContent()).toBe('2 of 4 indicators · 0 with an actual · 0 behind their path');
    const actionCodes = () => columnTexts(page, '.indicator-action__code');
    expect(await actionCodes()).toEqual(['5.1.1.2', '5.1.2.1']);
    // The quick search reads the indicators' own words.
    await page.getByRole('searchbox', { name: "Search the indicators' text" }).fill('exchange');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await count.textContent()).toBe('1 of 4 indicators · 0 with an actual · 0 behind their path');
    await saveScreenshot(page, 'indicators-filtered');
    await auditPage(page, 'Indicators view, filtered');
    // The filters are the Actions view's: the grid keeps the lead chosen here.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => rows.count()).toBe(4);
    await page.getByRole('button', { name: /^Status:/ }).click();
    await page.getByRole('checkbox', { name: 'Completed' }).check();
    await page.keyboard.press('Escape');
    await expect.poll(() => actionCodes()).toEqual(['5.1.1.2']);
    await page.getByRole('tab', { name: 'Actions' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Status:/ }).textContent()).toBe('Status:Completed');
    await page.getByRole('button', { name: 'Clear filters' }).click();
  });
});

describe('the printed Overview of the bundled sample plan', () => {
  const app = startApp({ name: 'overview-print', user: 'Sonam Choden', plan: null });

  beforeAll(async () => {
    await app.call('plans:openSample', {});
  });

  it('shows the eight lead agencies leading most actions, and the others on request', async () => {
    const { page } = app.browser;
    const planId = (await app.call('workspace:summary', {})).plans[0]!.id;
    await page.goto(app.harness.url);
    await page.evaluate("localStorage.setItem('plandesk.overview.measure', 'status')");
    await openOverview(page, app.harness.url);
    const actions = await app.call('actions:list', { planId });
    const registered = new Set((await app.call('agencies:list', {})).map((a) => a.id));
    const leads = new Set(actions.flatMap((a) => a.leadAgencyIds.filter((id) => registered.has(id))));
    const unled = actions.some((a) => !a.leadAgencyIds.some((id) => registered.has(id)));
    const total = leads.size + (unled ? 1 : 0);
    expect(total).toBeGreaterThan(8);
    const chart = page.getByRole('img', { name: /^Actions by status per lead agency/ });
    expect(await chart.locator('[data-bar]').count()).toBe(8);
    const shownTotals = (await chart.locator('.stacked-chart__total').allTextContents()).map(Number);
    expect(shownTotals).toEqual([...shownTotals].sort((a, b) => b - a));
    await page.getByRole('button', { name: `${total - 8} more lead agencies` }).click();
    await expect.poll(() => chart.locator('[data-bar]').count()).toBe(total);
    await saveScreenshot(page, 'overview-sample-agencies');
    await page.getByRole('button', { name: 'Show the first 8' }).click();
    await expect.poll(() => chart.locator('[data-bar]').count()).toBe(8);
  });

  it('prints at most two A4 pages with the charts’ figures, the overdue actions and their months late', async () => {
    const { page } = app.browser;
    const planId = (await app.call('workspace:summary', {})).plans[0]!.id;
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: 'Print overview…' }).click();
    await page.locator('.ov-print-page').first().waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    // Nothing is cut off at the foot of a page.
    const overflowing = await page.locator('.ov-print__body').evaluateAll((bodies) => bodies.filter((b) => b.scrollHeight > b.clientHeight + 1).length);
    expect(overflowing).toBe(0);
    mkdirSync(screenshots, { recursive: true });
    const pdf = join(screenshots, 'overview-print.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.emulateMedia({ media: null });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.locator('.ov-print-root').waitFor({ state: 'detached' });

    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeLessThanOrEqual(2);
    for (const file of readdirSync(screenshots)) if (file.startsWith('overview-print-page-')) rmSync(join(screenshots, file));
    execFileSync('pdftoppm', ['-png', '-r', '80', pdf, join(screenshots, 'overview-print-page')]);

    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const tree = await app.call('plans:tree', { planId });
    const actions = await app.call('actions:list', { planId });
    // Each chapter's bar is printed with its total.
    for (const chapter of tree.chapters) {
      const total = actions.filter((a) => a.chapterId === chapter.id).length;
      expect(text, chapter.code).toMatch(new RegExp(`${chapter.code.replace(/\./g, '\\.')} ${chapter.title.slice(0, 12).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\n]*\\b${total}\\s*$`, 'm'));
    }
    // The figures: every action, and each status's count.
    expect(text).toMatch(new RegExp(`\\b${actions.length}\\s+Actions`));
    for (const status of STATUSES) {
      const n = actions.filter((a) => (a.status ?? 'unknown') === status).length;
      if (n > 0) expect(text, status).toMatch(new RegExp(`\\b${n}\\s+${{ completed: 'Completed', ongoing: 'Ongoing', not_started: 'Not started', on_hold: 'On hold', dropped: 'Dropped', unknown: 'No status' }[status]}`));
    }
    // The overdue actions, longest overdue first, each with its months late.
    const now = monthOfDate(new Date());
    const overdue = actions.filter((a) => a.overdue).sort((a, b) => monthsBetween(a.revisedEnd ?? a.end!, now) - monthsBetween(b.revisedEnd ?? b.end!, now));
    expect(text).toContain(`Overdue actions (${overdue.length}), longest overdue first`);
    const longest = overdue.at(-1)!;
    expect(text).toMatch(new RegExp(`${longest.code.replace(/\./g, '\\.')} [^\\n]*\\s${monthsBetween(longest.revisedEnd ?? longest.end!, now)}\\s*$`, 'm'));
    expect(text).toContain('Page 2 of 2');
  });
});
