// report: a review pack as PDF, rendered by the same pages as the app (print.html) in a headless Chromium, or its
// tables as .xlsx. The PDF path starts the browser harness in this process, so it needs no Electron.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { reportRequest, type ReportRequest } from '../../../shared/contract';
import type { PaperSize, ReportPreset, TimelinePaper } from '../../../shared/domain';
import type { PackDescription } from '../../../shared/printed-pack';
import { AppError } from '../../../shared/result';
import type { WorkerHost } from '../../core/app/worker/host';
import { writeFileWhole } from '../../core/files/write-file';
import { NO_PROGRESS, type Progress } from '../../core/progress/progress';
import { plansOf, print, requireOption, showsProgress, UsageError, withCore, type CliCommand } from '../cli-support';
import { PROJECT_ROOT } from '../project-root';

const PRESET_NAMES: Readonly<Record<string, ReportPreset>> = {
  steering_committee: 'steering_committee',
  steering_committee_pack: 'steering_committee',
  steering: 'steering_committee',
  agency_scorecard: 'agency_scorecard',
  agency: 'agency_scorecard',
  scorecard: 'agency_scorecard',
  overdue: 'overdue',
  overdue_actions: 'overdue',
};

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A pack of 10,000 actions lays out in well under this; the limit only stops a hung page. */
const READY_TIMEOUT_MS = 10 * 60_000;

export function chromiumPath(option: string | undefined): string {
  const path = option ?? process.env['PLANDESK_CHROMIUM'] ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new AppError('not_available', `No Chromium at ${path}: install it, or give its path with --chromium or PLANDESK_CHROMIUM`);
  return path;
}

export interface PdfOutcome {
  readonly pages: number;
  readonly tocPages: readonly number[];
  readonly oversized: number;
  /** Null when the pack was too long to check. */
  readonly overflowingPages: number | null;
}

/** Copies of the pack in pages of their own, each measuring a share of the blocks and then printing parts at the
 *  same time: Chromium lays out and prints a page on one core. One per core, two at least and four at most (each
 *  holds the whole pack in memory). On 2 cores, 10,000 actions at load 1–2: 97 s with two, 128 s with one (print
 *  70 s against 108 s), before the shares; 500 actions about the same either way (8.1–8.8 s).
 *  PLANDESK_REPORT_PRINTERS sets the number (1 prints with one). */
const PRINTERS = Math.max(1, Math.floor(Number(process.env['PLANDESK_REPORT_PRINTERS'] ?? '')) || Math.min(4, Math.max(2, availableParallelism())));

const PACK_STATE_KEYS = ['reportState', 'reportError', 'reportPages', 'reportToc', 'reportOversized', 'reportModel'] as const;
type PackState = Record<(typeof PACK_STATE_KEYS)[number], string | null>;

interface PackCopy {
  readonly page: Page;
  readonly problems: string[];
}

/** Opens print.html in a context of its own and waits until it has measured its share (or all) of the pack. */
async function openPack(browser: Browser, url: string, timing: boolean): Promise<PackCopy> {
  const page = await (await browser.newContext()).newPage();
  const problems: string[] = [];
  // A script error stops the wait at once: the page would never say it is done.
  let failed: (error: Error) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => (failed = reject));
  failure.catch(() => undefined);
  page.on('pageerror', (error) => {
    problems.push(error.message);
    failed(new AppError('internal', `the pack's page failed: ${error.message}`));
  });
  await page.goto(url);
  const loaded = performance.now();
  const states = 'html[data-report-state="measured"], html[data-report-state="ready"], html[data-report-state="error"]';
  await Promise.race([page.waitForSelector(states, { state: 'attached', timeout: READY_TIMEOUT_MS }), failure]);
  if (timing) {
    const marks = await page.evaluate('performance.getEntriesByType("mark").map((m) => `${m.name} ${Math.round(m.startTime)} ms`).join(", ")');
    process.stderr.write(`report: pages measured in ${((performance.now() - loaded) / 1000).toFixed(1)} s (${String(marks)})\n`);
  }
  return { page, problems };
}

/** What the page says of its pack: its dataset, read as attributes (this file is compiled without the DOM's types). */
async function packStateOf(page: Page): Promise<PackState> {
  const values = await Promise.all(PACK_STATE_KEYS.map((key) => page.getAttribute('html', `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`)));
  return Object.fromEntries(PACK_STATE_KEYS.map((key, i) => [key, values[i] ?? null])) as PackState;
}

/** Lays out every copy: each has measured its share; every copy is handed all the shares' measurements. */
async function completeShares(copies: readonly PackCopy[]): Promise<void> {
  const states = await Promise.all(copies.map((copy) => packStateOf(copy.page)));
  if (states.some((state) => state.reportState !== 'measured')) return;
  // Heights measured on one plan would cut another's pages wrongly: every page must have read the same one.
  const models = states.map((state) => state.reportModel);
  if (models.some((model) => model === null || model !== models[0])) {
    throw new AppError('internal', 'the workspace changed while the pack was being laid out (its pages read different plans): run the command again');
  }
  try {
    // As JSON text: Playwright's own serialising of tens of thousands of numbers takes seconds.
    const shares = await Promise.all(copies.map(async (copy) => String(await copy.page.evaluate('JSON.stringify(window.plandeskShare.measures)'))));
    const all = `[${shares.join(',')}]`;
    await Promise.all(copies.map((copy) => copy.page.evaluate(`void window.plandeskShare.complete(${all})`)));
  } catch (error) {
    throw new AppError('internal', `the pack's pages could not be laid out together: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Who prints the pack, the PDF's author, without --user: the name the app was given on this workspace, else
 * PLANDESK_USER, else none. Never the operating system's account; a pack writes nothing to the workspace, so an
 * unknown author is left blank rather than refused.
 */
async function packAuthor(core: WorkerHost, flag: string | undefined): Promise<string> {
  if (flag?.trim()) return flag.trim();
  const named = await core.run('workspace:userName', {});
  return named ?? process.env['PLANDESK_USER']?.trim() ?? '';
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Renders print.html for `request` in headless Chromium against the workspace `db`, and writes the PDF to `out`. */
export async function renderReportPdf(options: {
  db: string;
  request: ReportRequest;
  paper: PaperSize;
  /** The timeline pages' paper: the pack's (absent), or A3. */
  timelinePaper?: TimelinePaper;
  out: string;
  chromium?: string | undefined;
  /** The PDF's author: who prints it. */
  author?: string | undefined;
  /** The core already open on `db` (the command's own); absent: the harness starts one. */
  host?: WorkerHost;
  /** The layout, then the pages printed part by part (the CLI's progress line); a cancel stops before the next part. */
  progress?: Progress;
}): Promise<PdfOutcome> {
  const progress = options.progress ?? NO_PROGRESS;
  const executablePath = chromiumPath(options.chromium);
  // Loaded here, when a PDF is asked for: they take seconds to load, which every other command would pay.
  const [{ chromium }, { buildRenderer }, { startHarness }, { printInParts }] = await Promise.all([
    import('playwright-core'),
    import('../../harness/build-renderer'),
    import('../../harness/serve-web'),
    import('../../core/reports/print-in-parts'),
  ]);
  // The harness rebuilds the renderer when its sources changed; a build from before print.html existed lacks it.
  if (!existsSync(join(PROJECT_ROOT, 'out/renderer/print.html'))) await buildRenderer(PROJECT_ROOT);
  const harness = await startHarness({ db: options.db, port: 0, ...(options.host ? { host: options.host } : {}) });
  // The pack's model is built while Chromium starts: the pages asking for it then share this build (its answer is
  // kept while nothing is written). A failure here is the pages' to report. Its answer is left as the worker's JSON
  // text: read into objects here, tens of megabytes for a large plan, it would only hold up this thread, which serves
  // the pages.
  void harness.host.callJson('reports:model', options.request).catch(() => undefined);
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS }).catch(async (error: unknown) => {
    await harness.close();
    throw error;
  });
  try {
    const query = (share: number) =>
      new URLSearchParams({
        token: harness.token,
        request: JSON.stringify(options.request),
        paper: options.paper,
        timelinePaper: options.timelinePaper ?? 'pack',
        parts: '1',
        ...(PRINTERS > 1 ? { share: `${share + 1}/${PRINTERS}` } : {}),
      });
    const timing = process.env['PLANDESK_REPORT_TIMING'] === '1';
    const started = performance.now();
    progress.phase('Laying out the pages');
    const copies = await Promise.all(Array.from({ length: PRINTERS }, (_, share) => openPack(browser, `${harness.origin}/print.html?${query(share).toString()}`, timing)));
    const failed = () => copies.flatMap((copy) => copy.problems);
    if (failed().length === 0) await completeShares(copies);
    const states = await Promise.all(copies.map((copy) => packStateOf(copy.page)));
    const { page } = copies[0]!;
    const error = states.find((s) => s.reportState === 'error');
    if (error) throw new AppError('invalid_input', error.reportError ?? 'the pack could not be prepared');
    if (failed().length > 0) throw new AppError('internal', `the pack's page failed: ${failed().join('; ')}`);
    if (timing) {
      const marks = await page.evaluate('performance.getEntriesByType("mark").map((m) => `${m.name} ${Math.round(m.startTime)} ms`).join(", ")');
      process.stderr.write(`report: pages laid out in ${((performance.now() - started) / 1000).toFixed(1)} s (${String(marks)})\n`);
    }
    const state = states[0]!;
    // Only copies laid out exactly alike print together (the same pages, the same contents' page numbers).
    const alike = copies.filter((_, i) => states[i]!.reportState === 'ready' && states[i]!.reportPages === state.reportPages && states[i]!.reportToc === state.reportToc);
    if (alike.length === 0) throw new AppError('internal', 'the pack was not laid out');
    const printing = performance.now();
    const total = Number(state.reportPages ?? 0);
    const description = (await page.evaluate('window.plandeskReport.description')) as PackDescription;
    const printers = alike.map((copy) => ({
      show: async (from: number, to: number) => (await copy.page.evaluate(`window.plandeskReport.showPages(${from}, ${to})`)) as number | null,
      // Tagged: headings, tables, lists and figures as such. The outline is the pack's own, made by the join.
      print: () => copy.page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true }),
    }));
    const pack = { ...description, author: options.author ?? process.env['PLANDESK_USER'] ?? '', producer: `PlanDesk ${packageVersion()}`, createdAt: new Date() };
    const printed = await printInParts(total, printers, pack, progress);
    // Written beside the target, then renamed (as every file PlanDesk writes): a reader never sees half a PDF, and a
    // full disk leaves the previous pack as it was and says so in words.
    await writeFileWhole(options.out, printed.pdf);
    if (timing) process.stderr.write(`report: PDF printed in ${((performance.now() - printing) / 1000).toFixed(1)} s by ${printers.length} page(s)\n`);
    const toc = state.reportToc ?? '';
    return {
      pages: total,
      tocPages: toc === '' ? [] : toc.split(',').map(Number),
      oversized: Number(state.reportOversized ?? 0),
      overflowingPages: printed.overflowingPages,
    };
  } finally {
    await browser.close();
    await harness.close();
  }
}

/** --timeline-paper: a3, or the pack's own paper (a4, or letter with --paper Letter), which is also the default. */
function timelinePaperOf(value: string | undefined, paper: PaperSize): TimelinePaper {
  if (value === undefined) return 'pack';
  const name = value.trim().toLowerCase();
  if (name === 'a3') return 'A3';
  if (name === paper.toLowerCase()) return 'pack';
  throw new UsageError(`--timeline-paper must be a3 or ${paper.toLowerCase()} (the pack's paper, as --paper says), not "${value}"`);
}

/** Turns the command's options into a pack request, checking names against the workspace. */
async function requestFrom(core: WorkerHost, db: string, values: Record<string, string | string[] | boolean | undefined>): Promise<ReportRequest> {
  const presetName = String(values['preset'] ?? 'steering-committee').toLowerCase().replace(/[\s-]+/g, '_');
  const preset = PRESET_NAMES[presetName];
  if (!preset) throw new UsageError(`--preset must be steering-committee, agency-scorecard or overdue, not "${String(values['preset'])}"`);
  const plans = await plansOf(core);
  let planId = typeof values['plan'] === 'string' ? values['plan'] : undefined;
  if (planId === undefined) {
    if (plans.length !== 1) {
      const list = plans.map((p) => `${p.id} (${p.title})`).join('; ');
      throw new UsageError(plans.length === 0 ? 'the workspace holds no plan' : `the workspace holds ${plans.length} plans, choose one with --plan: ${list}`);
    }
    planId = plans[0]!.id;
  } else if (!plans.some((p) => p.id === planId)) {
    throw new AppError('not_found', `No plan with id ${planId} in ${basename(db)}`);
  }
  const scope = await core.run('reports:scope', {
    planId,
    chapters: (values['chapter'] as string[] | undefined) ?? [],
    ...(typeof values['agency'] === 'string' ? { agency: values['agency'] } : {}),
    ...(typeof values['snapshot'] === 'string' ? { snapshot: values['snapshot'] } : {}),
    ...(typeof values['period'] === 'string' ? { period: values['period'] } : {}),
  });
  const parsed = reportRequest.safeParse({
    planId,
    preset,
    ...(scope.chapterIds.length > 0 ? { chapterIds: scope.chapterIds } : {}),
    ...(scope.leadAgencyId ? { leadAgencyId: scope.leadAgencyId } : {}),
    ...(scope.snapshotId !== undefined ? { snapshotId: scope.snapshotId } : {}),
    ...(typeof values['as-of'] === 'string' ? { asOf: values['as-of'] } : {}),
    ...(scope.periodId ? { periodId: scope.periodId } : {}),
    meetingName: values['meeting'] ?? '',
    meetingDate: values['meeting-date'] ?? '',
    preparedBy: values['prepared-by'] ?? '',
  });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `--${String(i.path[0] ?? 'option')}: ${i.message}`).join('; '));
  return parsed.data;
}

export const reportCommand: CliCommand = {
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        db: { type: 'string' },
        preset: { type: 'string' },
        out: { type: 'string' },
        plan: { type: 'string' },
        agency: { type: 'string' },
        chapter: { type: 'string', multiple: true },
        snapshot: { type: 'string' },
        'as-of': { type: 'string' },
        period: { type: 'string' },
        meeting: { type: 'string' },
        'meeting-date': { type: 'string' },
        'prepared-by': { type: 'string' },
        paper: { type: 'string' },
        'timeline-paper': { type: 'string' },
        chromium: { type: 'string' },
        user: { type: 'string' },
      },
    });
    const db = requireOption(values, 'db');
    const out = resolve(requireOption(values, 'out'));
    if (!existsSync(resolve(db))) throw new AppError('not_found', `No workspace file at ${db}`);
    const kind = extname(out).toLowerCase();
    if (kind !== '.pdf' && kind !== '.xlsx') throw new UsageError('--out must name a .pdf or an .xlsx file');
    const paperName = (values.paper ?? 'A4').toLowerCase();
    if (paperName !== 'a4' && paperName !== 'letter') throw new UsageError('--paper must be A4 or Letter');
    const paper: PaperSize = paperName === 'a4' ? 'A4' : 'Letter';
    const timelinePaper = timelinePaperOf(values['timeline-paper'], paper);
    // The progress line shows the pack's model being built (in the core's worker), then the pages laid out and
    // printed part by part (here, as an operation of the host's own); PLANDESK_REPORT_TIMING times them.
    await withCore(
      db,
      async (core) => {
        const request = await requestFrom(core, db, values);
        const started = Date.now();
        if (kind === '.xlsx') {
          const workbook = await core.run('reports:workbook', { request });
          await writeFileWhole(out, workbook.bytes);
          print(`Wrote ${out}: ${workbook.sections} sections, ${workbook.actions} actions`);
          return;
        }
        const author = await packAuthor(core, values.user);
        const outcome = await core.runHere('report:print', (progress) => renderReportPdf({ db, request, paper, timelinePaper, out, chromium: values.chromium, author, host: core, progress }));
        print(`Wrote ${out}: ${outcome.pages} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        if (outcome.oversized > 0 || (outcome.overflowingPages ?? 0) > 0) {
          process.stderr.write(`plandesk report: warning: ${outcome.oversized} block(s) taller than a page and ${outcome.overflowingPages} page(s) overflowing: some text may be cut\n`);
        }
      },
      { progress: showsProgress(false) },
    );
  },
};
