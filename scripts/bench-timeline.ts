// npm run bench:timeline — a plan of 10,000 actions in a fresh workspace, served by the browser harness and drawn by
// the real renderer in Chromium: prints how long the Timeline takes to draw its first screen (target < 1 s), how
// smoothly it scrolls down and across (frame times while scrolling), what the page holds, and the pure layout timings.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../electron/core/db/connection';
import { listActionRows } from '../electron/core/plan/action-rows';
import { planFile, PLAN_FILE_FORMAT, type PlanFile } from '../electron/core/planfile/format';
import { writePlanFile } from '../electron/core/planfile/write-plan-file';
import { timelineRows, type TimelineAction } from '../shared/timeline/layout';
import { planSpan } from '../shared/timeline/scale';
import { A4_LANDSCAPE, tileTimeline } from '../shared/timeline/tiles';
import { openBrowser } from '../tests/e2e/support/browser';
import { startHarness } from '../tests/e2e/support/harness';
import { tempDir } from '../tests/e2e/support/sample-workspace';

// The page's globals used inside page.evaluate; scripts are type-checked as Node code, without the DOM's types.
interface PageElement {
  readonly style: { readonly top: string };
  readonly textContent: string | null;
  readonly scrollHeight: number;
  readonly offsetHeight: number;
  scrollTop: number;
  scrollLeft: number;
  getAttribute(name: string): string | null;
  click(): void;
}
declare const document: {
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
};
declare const localStorage: { setItem(key: string, value: string): void };
declare function requestAnimationFrame(callback: (value?: unknown) => void): number;
interface ResourceTiming {
  readonly name: string;
  readonly startTime: number;
  readonly responseEnd: number;
}

const ACTIONS = 10_000;
const STATUSES = ['not_started', 'ongoing', 'completed', 'on_hold', null] as const;
const AGENCIES = ['MoIC', 'DITT', 'GovTech', 'RCSC', 'MoF', 'GNHC', 'BICMA', 'NSB', 'MoH', 'MoE', 'DoI', 'RMA', 'ACC', 'NLCS', 'MoHCA', 'MoAF', 'MoWHS', 'MoLHR', 'MoEA', 'MoFA'];

/** 100 chapters of 10 statements of 10 actions, with every kind of timeline a real plan has. */
function generatedPlan(): PlanFile {
  let n = 0;
  const chapters = Array.from({ length: ACTIONS / 100 }, (_, c) => ({
    code: `${c + 1}`,
    title: `Chapter ${c + 1}: reform area number ${c + 1}`,
    statements: Array.from({ length: 10 }, (_, s) => ({
      code: `${c + 1}.${s + 1}`,
      text: `Statement ${c + 1}.${s + 1}: government agencies shall implement the reform in their services.`,
      actions: Array.from({ length: 10 }, (_, a) => {
        n += 1;
        const startYear = 2016 + (n % 9);
        const startMonth = (n % 12) + 1;
        const length = 6 + (n % 40);
        const endIndex = startYear * 12 + startMonth - 1 + length;
        const month = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
        const kind = n % 17 === 0 ? 'undated' : n % 11 === 0 ? 'open' : n % 7 === 0 ? 'year' : 'month';
        return {
          code: `${c + 1}.${s + 1}.${a + 1}`,
          title: `Action ${n}: develop and implement a framework for the agencies concerned`,
          start: kind === 'undated' ? null : kind === 'year' ? month(startYear, 1) : month(startYear, startMonth),
          startPrecision: kind === 'year' ? ('year' as const) : ('month' as const),
          end: kind === 'undated' || kind === 'open' ? null : kind === 'year' ? month(startYear + 1 + (n % 3), 12) : month(Math.floor(endIndex / 12), (endIndex % 12) + 1),
          endPrecision: kind === 'year' ? ('year' as const) : ('month' as const),
          endOpen: kind === 'open',
          lead: { text: AGENCIES[n % AGENCIES.length]!, agencies: [AGENCIES[n % AGENCIES.length]!] },
          status: STATUSES[n % STATUSES.length]!,
          statusText: '',
          remarks: `Progress note for action ${n}: work continues as planned with the agencies concerned.`,
        };
      }),
    })),
  }));
  return planFile.parse({
    format: PLAN_FILE_FORMAT,
    agencies: AGENCIES.map((acronym) => ({ acronym, name: `Agency ${acronym}` })),
    plans: [{ title: 'Generated plan of 10,000 actions', chapters }],
  });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const ms = (n: number) => `${n.toFixed(0)} ms`;

async function main(): Promise<void> {
  const folder = tempDir('bench-timeline');
  const db = join(folder, 'workspace.plandesk');
  const file = generatedPlan();
  const connection = await openDatabase(db);
  await connection.db.transaction().execute((tx) => writePlanFile(tx, file, { user: 'Bench', source: 'import', at: new Date().toISOString(), sourceFile: 'generated' }));
  // What actions:list costs in the core, apart from carrying it to the page.
  const planId = (await connection.db.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
  await listActionRows(connection.db, planId, '2026-11');
  let t = performance.now();
  const listed = await listActionRows(connection.db, planId, '2026-11');
  const listMs = performance.now() - t;
  t = performance.now();
  const json = JSON.stringify(listed);
  const jsonMs = performance.now() - t;
  await connection.close();

  const harness = await startHarness({ db, user: 'Bench' });
  const browser = await openBrowser({ width: 1366, height: 768 });
  const { page } = browser;
  try {
    // tsx names the functions it compiles with a helper the page lacks; the page gets one that does nothing.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.goto(harness.url);
    await page.getByRole('tab', { name: 'Overview' }).waitFor();
    // The Overview loads the plan's tree first: the timeline is timed from a page at rest.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.evaluate(() => localStorage.setItem('plandesk.timeline', JSON.stringify({ grouping: 'plan', pxPerMonth: 8, fiscalYearBands: true })));

    // First screen: from the click on the tab to the bars painted (fetching the 10,000 rows included).
    const firstScreen: { mounted: number; total: number; fetched: number; calls: string[] } = await page.evaluate(async () => {
      const tab = [...document.querySelectorAll('[role="tab"]')].find((t) => t.textContent?.trim() === 'Timeline')!;
      performance.clearResourceTimings();
      const t0 = performance.now();
      let mounted = 0;
      tab.click();
      await new Promise<void>((done) => {
        const check = () => {
          if (!mounted && [...document.querySelectorAll('.screen-message')].some((m) => m.textContent === 'Loading the timeline…')) mounted = performance.now() - t0;
          if (document.querySelector('.tl-bar__body')) done();
          else requestAnimationFrame(check);
        };
        check();
      });
      // Painted: the frame after the one that drew the bars.
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const calls = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/')) as unknown as ResourceTiming[];
      // The view's own call: the last (the Overview's warm-up may have asked before).
      const list = calls.filter((e) => e.name.includes('actions%3AlistPacked')).pop();
      return {
        mounted,
        total: performance.now() - t0,
        fetched: list ? list.responseEnd - t0 : 0,
        calls: calls.map((e) => `${decodeURIComponent(e.name.split('/api/')[1] ?? '')} ${Math.round(e.startTime - t0)}→${Math.round(e.responseEnd - t0)} ms`),
      };
    });

    const held = await page.evaluate(() => ({
      labels: document.querySelectorAll('.tl-label').length,
      bars: document.querySelectorAll('.tl-bar__body').length,
      svgNodes: document.querySelectorAll('.tl-scroll svg *').length,
      height: document.querySelector('.tl-canvas')!.offsetHeight,
    }));

    // Scrolling: 4 s down (about 50 rows a second… times 20), then across, one step per frame, timing every frame.
    const scroll = (axis: 'top' | 'left', step: number, frames: number) =>
      page.evaluate(
        async ({ axis, step, frames }) => {
          const el = document.querySelector('.tl-scroll')!;
          const times: number[] = [];
          const redrawn: boolean[] = [];
          const slice = () => `${document.querySelector('.tl-label')?.style.top}|${document.querySelector('.tl-chart')?.getAttribute('viewBox')}`;
          let last = performance.now();
          let before = slice();
          for (let i = 0; i < frames; i += 1) {
            if (axis === 'top') el.scrollTop += step;
            else el.scrollLeft += step;
            await new Promise((done) => requestAnimationFrame(done));
            const now = performance.now();
            times.push(now - last);
            last = now;
            const after = slice();
            redrawn.push(after !== before);
            before = after;
          }
          return { times, redrawn };
        },
        { axis, step, frames },
      );
    const down = await scroll('top', 90, 240);
    const jump = await page.evaluate(async () => {
      const el = document.querySelector('.tl-scroll')!;
      const t0 = performance.now();
      el.scrollTop = el.scrollHeight / 2;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return { ms: performance.now() - t0, firstLabel: document.querySelector('.tl-label--action .tl-label__code')?.textContent };
    });
    const across = await scroll('left', 40, 120);

    // The pure parts, in Node.
    const rows: TimelineAction[] = [];
    let order = 0;
    for (const chapter of file.plans[0]!.chapters) {
      for (const statement of chapter.statements) {
        for (const a of statement.actions) {
          order += 1;
          rows.push({
            id: String(order),
            code: a.code,
            title: a.title,
            chapterId: chapter.code,
            chapterCode: chapter.code,
            chapterTitle: chapter.title,
            statementId: statement.code,
            statementCode: statement.code,
            statementText: statement.text,
            order: [Number(chapter.code), order, 0],
            start: a.start,
            startPrecision: a.startPrecision,
            end: a.end,
            endPrecision: a.endPrecision,
            endOpen: a.endOpen,
            revisedEnd: a.revisedEnd,
            status: a.status,
            statusText: a.statusText,
            overdue: false,
            leadText: a.lead.text,
            leadAgencyIds: [a.lead.text],
          });
        }
      }
    }
    t = performance.now();
    const laidOut = timelineRows(rows, { grouping: 'plan', collapsed: new Set() });
    const layoutMs = performance.now() - t;
    t = performance.now();
    const byAgency = timelineRows(rows, { grouping: 'agency', collapsed: new Set() });
    const agencyMs = performance.now() - t;
    t = performance.now();
    const printed = tileTimeline(laidOut, planSpan(rows, '2026-11'), A4_LANDSCAPE);
    const tileMs = performance.now() - t;

    const report = (name: string, { times, redrawn }: { times: number[]; redrawn: boolean[] }) => {
      const sorted = [...times].sort((a, b) => a - b);
      const long = times.filter((x) => x > 50).length;
      const longRedrawn = times.filter((x, i) => x > 50 && redrawn[i]).length;
      console.log(
        `  ${name.padEnd(22)} ${String(times.length).padStart(4)} frames  median ${ms(percentile(sorted, 50)).padStart(6)}  p95 ${ms(percentile(sorted, 95)).padStart(6)}  worst ${ms(sorted.at(-1) ?? 0).padStart(6)}  over 50 ms: ${long} (${longRedrawn} of them redrew rows, of ${redrawn.filter(Boolean).length} redraws)`,
      );
    };
    console.log(`\nTimeline of ${ACTIONS.toLocaleString('en')} actions (${laidOut.length.toLocaleString('en')} rows with the chapter and statement rows), Chromium ${browser.context.browser()?.version() ?? ''}, 1366×768`);
    console.log(`  first screen (tab click → bars painted)  ${ms(firstScreen.total)}`);
    console.log(`    the Timeline view mounted after        ${ms(firstScreen.mounted)} (leaving the Overview)`);
    console.log(`    from its mount to the bars painted     ${ms(firstScreen.total - firstScreen.mounted)}   target < 1000 ms   ${firstScreen.total - firstScreen.mounted < 1000 ? 'OK' : 'TOO SLOW'}`);
    console.log(`    of which actions:listPacked over HTTP  ${ms(firstScreen.fetched - firstScreen.mounted)}`);
    console.log(`    after the answer: parse, lay out, draw ${ms(firstScreen.total - firstScreen.fetched)}`);
    console.log(`    calls: ${firstScreen.calls.join(', ')}`);
    console.log(`  actions:list in the core: ${ms(listMs)} to read, ${ms(jsonMs)} to write ${(json.length / 1e6).toFixed(1)} MB of JSON`);
    console.log(`  the page holds ${held.labels} row labels, ${held.bars} bars, ${held.svgNodes} SVG nodes for a chart ${held.height.toLocaleString('en')} px tall`);
    console.log('  scrolling (one step a frame):');
    report('down, 90 px a frame', down);
    report('across, 40 px a frame', across);
    console.log(`  jump to the middle (row ${jump.firstLabel}): drawn in ${ms(jump.ms)}`);
    console.log('  pure layout (Node):');
    console.log(`    rows by chapter and statement   ${ms(layoutMs)}`);
    console.log(`    rows by lead agency             ${ms(agencyMs)} (${byAgency.length.toLocaleString('en')} rows)`);
    console.log(`    print tiles (A4 landscape)      ${ms(tileMs)} (${printed.pages.length} pages, ${printed.columns.length} across)`);
  } finally {
    await browser.close();
    await harness.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
