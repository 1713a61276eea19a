// exchange send | receive | merge: update workbooks out to lead agencies, returns in, reviewed, merged.
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ProposedChange, Review, ReviewDecision, ReviewFile } from '../../../shared/domain';
import { monthOfDate } from '../../../shared/months';
import { AppError } from '../../../shared/result';
import { loadAgencyIndex } from '../../core/agencies/registry';
import type { Db } from '../../core/db/schema';
import { listLeadAgencies } from '../../core/exchange/plan-now';
import { mergeReturns, receiveReturns } from '../../core/exchange/receive-returns';
import { sendForUpdate } from '../../core/exchange/send-updates';
import { listPackages } from '../../core/exchange/packages-list';
import { trackReturns } from '../../core/exchange/return-tracking';
import { ensurePeriods } from '../../core/reporting/periods';
import { listPlans } from '../../core/plan/plan-queries';
import { cliChangeContext, print, printJson, requireOption, UsageError, withWorkspace, type CliCommand } from '../cli-support';

/** The plan a command works on: --plan, or the workspace's only plan. */
export async function planOf(db: Db, wanted: string | undefined, dbPath: string): Promise<string> {
  const plans = await listPlans(db);
  if (wanted) {
    if (!plans.some((p) => p.id === wanted)) throw new AppError('not_found', `No plan with id ${wanted} in ${dbPath}`);
    return wanted;
  }
  if (plans.length === 1) return plans[0]!.id;
  if (plans.length === 0) throw new AppError('not_found', `${dbPath} holds no plan`);
  throw new UsageError(`--plan is required: ${dbPath} holds ${plans.length} plans (${plans.map((p) => `${p.id} "${p.title}"`).join(', ')})`);
}

/** A conflict with the plan (changed since sent) or between lead agencies: merged only when named. */
function inConflict(change: ProposedChange): boolean {
  return change.conflict !== null || (change.rivals?.length ?? 0) > 0;
}

/** "MoIC (MoIC back.xlsx) answered "Completed"": a conflict between lead agencies, in words. */
function rivalWords(change: ProposedChange): string {
  return `${(change.rivals ?? []).map((r) => `${r.agency} (${r.fileName}) answered "${r.value ?? ''}"`).join('; ')}: both lead this action; name one change id in --accept to keep its value`;
}

/** --accept all | none | id,id,...: "all" takes every change without a conflict; conflicts must be named. */
export function decisionsFrom(accept: string, files: readonly ReviewFile[], note: string): ReviewDecision[] {
  const readable = files.filter((f) => f.refused === null);
  const changes = readable.flatMap((f) => f.groups.flatMap((g) => g.changes));
  if (accept === 'none') return readable.map((f) => ({ target: { kind: 'file', fileId: f.fileId! }, accept: false, note }));
  if (accept === 'all') return changes.filter((c) => !inConflict(c)).map((c) => ({ target: { kind: 'change', changeId: c.id }, accept: true, note }));
  const ids = accept.split(',').map((id) => id.trim()).filter(Boolean);
  if (ids.length === 0) throw new UsageError('--accept takes all, none, or change ids separated by commas');
  for (const id of ids) if (!changes.some((c) => c.id === id)) throw new AppError('invalid_input', `No proposed change has the id ${id}`);
  return ids.map((id) => ({ target: { kind: 'change', changeId: id }, accept: true, note }));
}

/** The review as text, for people reading a terminal. */
export function printReview(review: Pick<Review, 'files' | 'counts'>): void {
  for (const file of review.files) {
    print(`\n${file.fileName}${file.source?.kind === 'exchange' ? ` (${file.source.agency.label}, ${file.source.period.label})` : ''}`);
    if (file.refused) {
      print(`  REFUSED: ${file.refused}`);
      continue;
    }
    for (const group of file.groups) {
      print(`  ${[group.code, group.title].filter(Boolean).join(' ')}`);
      for (const c of group.changes) {
        print(`    [${c.id}] ${c.label}: ${c.oldValue ?? '(none)'} → ${c.newValue ?? '(none)'}${c.note ? ` (${c.note})` : ''}${c.conflict ? `\n      CONFLICT: ${c.conflict}` : ''}${c.rivals?.length ? `\n      CONFLICT between lead agencies: ${rivalWords(c)}` : ''}`);
      }
    }
    for (const p of file.problems) {
      const where = p.row !== null ? `${p.sheet}!${p.column ?? ''}${p.row}${p.columnName ? ` (${p.columnName})` : ''}` : p.sheet;
      print(`  ${p.severity}: ${where}: ${p.message}`);
    }
  }
  print(`\n${review.counts.changes} change(s), ${review.counts.conflicts} conflict(s), ${review.counts.problems} problem(s), ${review.counts.refused} file(s) refused`);
}

async function send(args: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      db: { type: 'string' },
      period: { type: 'string' },
      out: { type: 'string' },
      agency: { type: 'string', multiple: true },
      plan: { type: 'string' },
      due: { type: 'string' },
      contact: { type: 'string', default: '' },
      user: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const dbPath = requireOption(values, 'db');
  const periodLabel = requireOption(values, 'period');
  const out = requireOption(values, 'out');
  const outcome = await withWorkspace(dbPath, async (connection) => {
    const db = connection.db;
    const planId = await planOf(db, values.plan, dbPath);
    const periods = await ensurePeriods(db, planId, monthOfDate(new Date()));
    const period = periods.find((p) => p.label.toLowerCase() === periodLabel.trim().toLowerCase());
    if (!period) throw new AppError('invalid_input', `"${periodLabel}" is not a reporting period of this plan (${periods.map((p) => p.label).join(', ')})`);
    let agencyIds: string[] | null = null;
    if (values.agency) {
      const leads = await listLeadAgencies(db, planId);
      const index = await loadAgencyIndex(db);
      agencyIds = values.agency.map((name) => {
        const matches = index.byId.has(name) ? [index.byId.get(name)!] : index.byKey(name);
        const leading = matches.filter((m) => leads.some((l) => l.id === m.id));
        if (leading.length === 1) return leading[0]!.id;
        if (matches.length === 0) throw new AppError('not_found', `No agency "${name}" in the registry`);
        if (leading.length === 0) throw new AppError('invalid_input', `${name} leads no action of this plan`);
        throw new AppError('invalid_input', `"${name}" names ${leading.length} agencies (${leading.map((m) => `${m.name} = ${m.id}`).join('; ')}); give the id`);
      });
    }
    return sendForUpdate(db, { ...(await cliChangeContext(db, values.user, 'edit', null)), batchId: randomUUID() }, {
      planId,
      periodId: period.id,
      agencyIds,
      dueDate: values.due ?? null,
      contact: values.contact ?? '',
      folder: resolve(out),
    });
  });
  if (values.json) return printJson(outcome);
  for (const p of outcome.packages) print(`${p.fileName}: ${p.actions} action(s) for ${p.agency.label} [package ${p.id}]`);
  print(`All workbooks, with index.xlsx: ${outcome.zipPath}`);
  for (const a of outcome.notSent) {
    print(`  not sent, ${a.reason === 'group' ? `led by a group (${a.lead})` : 'no lead agency'}: ${[a.code, a.title].filter(Boolean).join(' ')}`);
  }
}

/** Exits 1 when any file is refused, with or without --json: a script must not take a refusal for a clean check. */
async function receive(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { db: { type: 'string' }, plan: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) throw new UsageError('exchange receive takes one or more returned workbooks');
  const dbPath = requireOption(values, 'db');
  const received = await withWorkspace(dbPath, async (connection) =>
    receiveReturns(connection.db, await planOf(connection.db, values.plan, dbPath), positionals.map((p) => resolve(p))),
  );
  const review = { planId: received.planId, files: received.files, counts: received.counts };
  if (values.json) printJson(review);
  else printReview(review);
  return received.counts.refused > 0 ? 1 : 0;
}

async function merge(args: readonly string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      plan: { type: 'string' },
      accept: { type: 'string' },
      note: { type: 'string', default: '' },
      user: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new UsageError('exchange merge takes one or more returned workbooks');
  const dbPath = requireOption(values, 'db');
  const accept = requireOption(values, 'accept');
  const paths = positionals.map((p) => resolve(p));
  const outcome = await withWorkspace(dbPath, async (connection) => {
    const planId = await planOf(connection.db, values.plan, dbPath);
    const received = await receiveReturns(connection.db, planId, paths);
    // A refused file is left out and reported; the others are merged. Only when every file is refused does the
    // command fail, so that a non-zero exit always means the workspace was left as it was.
    const refused = received.files.filter((f) => f.refused !== null);
    const readable = received.files.filter((f) => f.refused === null);
    if (readable.length === 0) throw new AppError('bad_file', `Nothing was merged: ${refused.map((f) => f.refused).join('; ')}`);
    const decisions = decisionsFrom(accept, readable, values.note ?? '');
    const skipped = accept === 'all' ? readable.flatMap((f) => f.groups.flatMap((g) => g.changes.filter(inConflict))) : [];
    const result = await mergeReturns(connection.db, { ...(await cliChangeContext(connection.db, values.user, 'exchange', null)), batchId: randomUUID() }, {
      planId,
      paths: readable.map((f) => f.path),
      expectedSha256: Object.fromEntries(readable.map((f) => [f.path, f.sha256])),
      decisions,
    });
    return {
      ...result,
      notMergedConflicts: skipped.map((c) => ({ id: c.id, label: c.label, conflict: c.conflict ?? rivalWords(c) })),
      leftOut: refused.map((f) => ({ file: f.path, refused: f.refused! })),
    };
  });
  if (values.json) return printJson(outcome);
  print(`Merged ${outcome.accepted} change(s), rejected ${outcome.rejected}.`);
  for (const c of outcome.notMergedConflicts) print(`  not merged, conflict: [${c.id}] ${c.label}: ${c.conflict} (name its id in --accept to merge it)`);
  for (const f of outcome.leftOut) print(`  left out, refused: ${f.refused}`);
}

/** exchange status: per agency, the period's workbook sent / returned / merged / overdue, with days late. */
async function status(args: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...args],
    options: { db: { type: 'string' }, period: { type: 'string' }, plan: { type: 'string' }, today: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const dbPath = requireOption(values, 'db');
  const periodLabel = requireOption(values, 'period');
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  const rows = await withWorkspace(dbPath, async (connection) => {
    const db = connection.db;
    const planId = await planOf(db, values.plan, dbPath);
    const periods = await db.selectFrom('reporting_periods').select(['id', 'label']).where('plan_id', '=', planId).execute();
    const period = periods.find((p) => p.label.toLowerCase() === periodLabel.trim().toLowerCase());
    if (!period) throw new AppError('invalid_input', `"${periodLabel}" is not a reporting period of this plan (${periods.map((p) => p.label).join(', ')})`);
    return trackReturns(await listPackages(db, planId), period.id, today);
  });
  if (values.json) return printJson({ period: periodLabel, today, agencies: rows });
  if (rows.length === 0) return print(`No workbook was sent for ${periodLabel}.`);
  for (const r of rows) {
    const state =
      r.standing === 'overdue'
        ? `OVERDUE, ${r.daysLate} day${r.daysLate === 1 ? '' : 's'} late (due ${r.dueDate})`
        : r.standing === 'merged'
          ? `merged ${r.mergedOn}`
          : r.standing === 'returned'
            ? `returned ${r.returnedOn}, not merged yet`
            : `sent ${r.sentOn}${r.dueDate ? `, due ${r.dueDate}` : ', no due date'}`;
    print(`${r.agency}: ${state} [${r.fileName}]`);
  }
}

export const exchangeCommand: CliCommand = {
  async run(args) {
    const [verb, ...rest] = args;
    switch (verb) {
      case 'send':
        return send(rest);
      case 'receive':
        return receive(rest);
      case 'merge':
        return merge(rest);
      case 'status':
        return status(rest);
      default:
        throw new UsageError(`exchange takes send, receive, merge or status${verb ? ` (not "${verb}")` : ''}`);
    }
  },
};
