// npm run bench:report — generates plans of 500 and 10,000 actions (chapters, statements, indicators, agencies,
// remarks of realistic length, a snapshot and changes since), then renders the steering committee pack of each
// to PDF exactly as `npm run cli -- report` does, and prints the time taken and the page count.
// Targets on a 2-core machine: 500 actions in under 10 s, 10,000 in under 60 s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportRequest } from '../shared/contract';
import { renderReportPdf } from '../electron/cli/commands/report';
import { WorkerHost } from '../electron/core/app/worker/host';
import { openDatabase } from '../electron/core/db/connection';
import { updateActionField } from '../electron/core/plan/plan-commands';
import { planFile, PLAN_FILE_FORMAT, type PlanFile } from '../electron/core/planfile/format';
import { writePlanFile } from '../electron/core/planfile/write-plan-file';
import { buildReportModel } from '../electron/core/reports/model/report-model';
import { takeSnapshot } from '../electron/core/snapshots/snapshots';
import { watchMachine } from './machine-share';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const STATUSES = ['not_started', 'ongoing', 'ongoing', 'completed', null] as const;
const FUNDS = ['committed', 'not_committed', 'partially_committed', 'no_budget_required', null] as const;
const SENTENCE = 'Consultations held with the agencies concerned and the draft shared for comments; ';

function agencies(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    acronym: `AG${i + 1}`,
    name: `Department number ${i + 1} of the Royal Government`,
    ...(i >= 5 ? { parent: `AG${(i % 5) + 1}` } : {}),
  }));
}

/** Months from January 2022: the plan runs 2022–2029 and the pack is read as of November 2026, mid-plan. */
function month(index: number): string {
  return `${2022 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A plan of `actions` actions in chapters of about 500, with indicators, agencies and remarks (also the preview test's). */
export function generatedPlan(actions: number): PlanFile {
  const chapters = Math.max(4, Math.round(actions / 500));
  const statementsPerChapter = 10;
  const perStatement = Math.ceil(actions / (chapters * statementsPerChapter));
  let n = 0;
  return planFile.parse({
    format: PLAN_FILE_FORMAT,
    agencies: agencies(40),
    plans: [
      {
        title: `Generated plan of ${actions} actions`,
        chapters: Array.from({ length: chapters }, (_, c) => ({
          code: `5.${c + 1}`,
          title: `Policy reform area ${c + 1}`,
          statements: Array.from({ length: statementsPerChapter }, (_, s) => ({
            code: `5.${c + 1}.${s + 1}`,
            text: `Government agencies shall carry out reform ${c + 1}.${s + 1} in line with the e-Governance policy.`,
            actions: Array.from({ length: perStatement }, (_, a) => {
              n += 1;
              const i = n;
              const start = (i * 7) % 72;
              return {
                code: `5.${c + 1}.${s + 1}.${a + 1}`,
                title: `Develop and implement the framework for service ${i} across the agencies concerned`,
                start: month(start),
                end: i % 9 === 0 ? null : month(start + 6 + (i % 40)),
                endOpen: i % 9 === 0,
                lead: { text: `AG${(i % 40) + 1}`, agencies: [`AG${(i % 40) + 1}`] },
                collaborators: { text: `AG${((i + 3) % 40) + 1}, AG${((i + 7) % 40) + 1}`, agencies: [`AG${((i + 3) % 40) + 1}`, `AG${((i + 7) % 40) + 1}`] },
                fund: { status: FUNDS[i % FUNDS.length]!, note: i % 4 === 0 ? 'O&M funds committed; expansion not committed' : '' },
                status: STATUSES[i % STATUSES.length]!,
                statusText: i % 11 === 0 ? 'O&M ongoing' : '',
                remarks: SENTENCE.repeat(1 + (i % 8)).trim(),
                indicators: Array.from({ length: 1 + (i % 2) }, (_, k) => ({
                  name: k === 0 ? `% of agencies covered by service ${i}` : `No. of services automated under ${i}`,
                  kind: k === 0 ? 'percent' : 'number',
                  baseline: k === 0 ? { text: '10%', value: 10 } : { text: '125', value: 125 },
                  target: k === 0 ? { text: '100%', value: 100 } : { text: '400', value: 400 },
                })),
              };
            }),
          })),
        })),
      },
    ],
  });
}

function laterBy(month: string, count: number): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + number - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A workspace holding a generated plan of `actions` actions, a snapshot, and changes since; returns its plan id. */
export async function generatedWorkspace(db: string, actions: number): Promise<string> {
  const connection = await openDatabase(db);
  const context = { user: 'Bench', source: 'import' as const, at: '2026-06-30T09:00:00.000Z', sourceFile: null, batchId: null };
  const { planIds } = await connection.db.transaction().execute((tx) => writePlanFile(tx, generatedPlan(actions), context));
  const planId = planIds[0]!;
  await takeSnapshot(connection.db, { ...context, source: 'edit' }, { planId, name: 'Last steering committee' });
  // Some progress since the meeting: a status changed or an end moved on every 20th action.
  const changed = await connection.db.selectFrom('actions').select(['id', 'end_month']).where('end_open', '=', 0).orderBy('id').execute();
  const edit = { ...context, source: 'edit' as const, at: '2026-09-01T09:00:00.000Z' };
  for (const [index, action] of changed.entries()) {
    if (index % 20 !== 0) continue;
    if (index % 40 === 0) await updateActionField(connection.db, edit, { actionId: action.id, field: 'status', value: 'Completed' });
    else await updateActionField(connection.db, edit, { actionId: action.id, field: 'end', value: laterBy(action.end_month!, 6) });
  }
  await connection.close();
  return planId;
}

async function bench(actions: number, folder: string): Promise<void> {
  const db = join(folder, `plan-${actions}.sqlite`);
  const planId = await generatedWorkspace(db, actions);
  const connection = await openDatabase(db);
  const request = reportRequest.parse({ planId, preset: 'steering_committee', asOf: '2026-11-27', meetingName: 'Bench meeting' });
  const modelStarted = performance.now();
  const model = await buildReportModel(connection.db, request, new Date());
  const modelSeconds = (performance.now() - modelStarted) / 1000;
  await connection.close();

  const out = join(folder, `pack-${actions}.pdf`);
  // As `npm run cli -- report` does: the core's worker is started (and the workspace opened in it) with the command,
  // then the PDF is made through it. The start is timed apart: from source it loads the core through tsx.
  const coreStarted = performance.now();
  const core = await WorkerHost.start({ workspace: db, mustExist: true, version: 'bench', userName: 'Bench', fallbackUserName: 'Bench', samplePlanPath: '' });
  const coreSeconds = (performance.now() - coreStarted) / 1000;
  const machine = watchMachine();
  const started = performance.now();
  let outcome: Awaited<ReturnType<typeof renderReportPdf>>;
  try {
    outcome = await renderReportPdf({ db, request, paper: 'A4', out, host: core });
  } finally {
    await core.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const limit = actions <= 500 ? 10 : 60;
  const size = statSync(out).size / 1024 / 1024;
  process.stdout.write(
    `${String(actions).padStart(6)} actions: PDF in ${seconds.toFixed(1)} s (limit ${limit} s) ${seconds < limit ? 'OK' : 'TOO SLOW'} · ` +
      `${outcome.pages} pages, ${size.toFixed(1)} MB · model ${modelSeconds.toFixed(2)} s · ${model.overdue.length} overdue, ` +
      `${model.changes?.statusChanged.length ?? 0} status changes · oversized ${outcome.oversized}, overflowing pages ${outcome.overflowingPages ?? 'not checked'} · ` +
      `core's worker started in ${coreSeconds.toFixed(1)} s before\n` +
      `        ${machine()}\n`,
  );
  if (actions <= 500) wholeCommand(db, join(folder, `command-${actions}.pdf`));
}

/**
 * The same pack by `npm run cli -- report`, timed as a person waits for it: from the command's start to its exit
 * (the core's worker, Chromium, the modules a pack needs, loaded as the command loads them). The figure to compare
 * with an earlier PlanDesk's: timers inside the process move with what is loaded before them.
 */
function wholeCommand(db: string, out: string): void {
  const machine = watchMachine();
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'cli.mjs'), 'report', '--db', db, '--out', out, '--as-of', '2026-11-27', '--meeting', 'Bench meeting'], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`plandesk report failed (exit ${run.status}): ${run.stderr}`);
  process.stdout.write(`        the whole command, plandesk report: ${seconds.toFixed(1)} s from its start to its exit · ${machine()}\n`);
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'plandesk-bench-report-'));
  try {
    const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
    for (const actions of sizes.length > 0 ? sizes : [500, 10_000]) await bench(actions, folder);
  } finally {
    // PLANDESK_BENCH_KEEP=1 keeps the generated workspaces and PDFs to look at.
    if (process.env['PLANDESK_BENCH_KEEP'] === '1') process.stdout.write(`Kept ${folder}\n`);
    else rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
