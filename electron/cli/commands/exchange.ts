// exchange send | receive | merge | status | chase: update workbooks out to lead agencies, returns in, reviewed,
// merged; who has not answered, and a reminder to them.
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Review } from '../../../shared/domain';
import { rivalWords } from '../../../shared/vocab/conflicts';
import type { Acceptance } from '../../core/app/services';
import { cliChangeContext, planOf, print, printJson, requireOption, showsProgress, UsageError, withCore, type CliCommand } from '../cli-support';

/** --accept all | none | id,id,...: "all" takes every change without a conflict; conflicts must be named. */
export function acceptanceOf(accept: string): Acceptance {
  if (accept === 'all' || accept === 'none') return accept;
  const ids = accept.split(',').map((id) => id.trim()).filter(Boolean);
  if (ids.length === 0) throw new UsageError('--accept takes all, none, or change ids separated by commas');
  return ids;
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
  const outcome = await withCore(
    dbPath,
    async (core) =>
      core.run('exchange:sendTo', {
        context: { ...(await cliChangeContext(core, values.user, 'edit', null)), batchId: randomUUID() },
        planId: await planOf(core, values.plan, dbPath),
        periodLabel,
        agencies: values.agency ?? null,
        dueDate: values.due ?? null,
        contact: values.contact ?? '',
        folder: resolve(out),
      }),
    { progress: showsProgress(values.json) },
  );
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
  const received = await withCore(
    dbPath,
    async (core) => core.run('exchange:receiveFiles', { planId: await planOf(core, values.plan, dbPath), paths: positionals.map((p) => resolve(p)) }),
    { progress: showsProgress(values.json) },
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
  const accept = acceptanceOf(requireOption(values, 'accept'));
  const paths = positionals.map((p) => resolve(p));
  const outcome = await withCore(
    dbPath,
    async (core) =>
      core.run('exchange:mergeFiles', {
        context: { ...(await cliChangeContext(core, values.user, 'exchange', null)), batchId: randomUUID() },
        planId: await planOf(core, values.plan, dbPath),
        paths,
        accept,
        note: values.note ?? '',
      }),
    { progress: showsProgress(values.json) },
  );
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
  const rows = await withCore(dbPath, async (core) => core.run('exchange:status', { planId: await planOf(core, values.plan, dbPath), periodLabel, today }));
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
    const chased = r.chasedAt ? `, chased ${r.chasedAt.slice(0, 10)} by ${r.chasedBy}${r.chases > 1 ? ` (${r.chases} times)` : ''}` : '';
    print(`${r.agency}: ${state}${chased} [${r.fileName}]`);
  }
}

/** exchange chase: a reminder to an agency that has not returned its workbook, as .eml, with the workbook again. */
async function chase(args: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      db: { type: 'string' },
      period: { type: 'string' },
      agency: { type: 'string' },
      out: { type: 'string' },
      plan: { type: 'string' },
      today: { type: 'string' },
      user: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const dbPath = requireOption(values, 'db');
  const periodLabel = requireOption(values, 'period');
  const agency = requireOption(values, 'agency');
  const out = resolve(requireOption(values, 'out'));
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  const outcome = await withCore(dbPath, async (core) =>
    core.run('exchange:chaseTo', {
      context: { ...(await cliChangeContext(core, values.user, 'exchange', null)), batchId: randomUUID() },
      planId: await planOf(core, values.plan, dbPath),
      periodLabel,
      agency,
      folder: out,
      today,
    }),
  );
  if (values.json) return printJson(outcome);
  const { reminder } = outcome;
  print(`Reminder to ${reminder.agency.label} for ${reminder.period.label}: ${outcome.emlPath}`);
  if (outcome.workbookPath) print(`The workbook as sent, attached to it and beside it: ${outcome.workbookPath}`);
  else print(`No copy of the workbook was kept (sent before PlanDesk kept one): attach "${reminder.workbook.fileName}" from the folder it was sent to.`);
  print(`Subject: ${reminder.subject}\n\n${reminder.text}`);
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
      case 'chase':
        return chase(rest);
      default:
        throw new UsageError(`exchange takes send, receive, merge, status or chase${verb ? ` (not "${verb}")` : ''}`);
    }
  },
};
