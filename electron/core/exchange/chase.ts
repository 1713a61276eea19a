// Chasing an agency that has not returned its update workbook: a reminder in words (the due date, the period, the
// actions still missing, signed by the PMU user), the workbook exactly as it was sent to attach again, and a record
// of every chase in the change history (who chased which agency, when, and how).
import type { ChaseReminder, ChaseWay } from '../../../shared/domain';
import { daysBetween, dayWords } from '../../../shared/dates';
import { formatMonth } from '../../../shared/months';
import { AppError } from '../../../shared/result';
import type { Db, DbOrTx } from '../db/schema';
import { discardStaged, putInPlace, stageFile, type StagedFile } from '../files/write-file';
import type { ChangeContext } from '../host/context';
import { recordChanges } from '../history/store';
import { safeFileName } from '../text/file-names';
import { addressIn, reminderEml } from './reminder-eml';

/** What a reminder is made of, read from the package as it was sent. */
interface ChasedPackage {
  readonly id: string;
  readonly planId: string;
  readonly planTitle: string;
  readonly agency: { readonly id: string; readonly label: string; readonly name: string };
  readonly period: { readonly id: string; readonly label: string; readonly start: string; readonly end: string };
  readonly sentOn: string;
  readonly dueDate: string | null;
  readonly contact: string;
  readonly fileName: string;
  readonly missing: readonly { readonly code: string; readonly title: string }[];
  readonly workbookKept: boolean;
}

/** The package to chase; refused when the agency has answered (returned or merged) or it is not of this plan. */
async function chasedPackage(db: DbOrTx, planId: string, packageId: string): Promise<ChasedPackage> {
  const pkg = await db
    .selectFrom('exchange_packages as p')
    .innerJoin('plans', 'plans.id', 'p.plan_id')
    .leftJoin('agencies', 'agencies.id', 'p.agency_id')
    .leftJoin('reporting_periods as rp', 'rp.id', 'p.period_id')
    .select(['p.id', 'p.plan_id', 'plans.title as plan_title', 'p.agency_id', 'p.agency_label', 'agencies.name as agency_name', 'p.period_id', 'p.period_label'])
    .select(['rp.start_month', 'rp.end_month', 'p.issued_at', 'p.due_date', 'p.contact', 'p.file_name', 'p.status', 'p.returned_at', 'p.merged_at'])
    .where('p.id', '=', packageId)
    .executeTakeFirst();
  if (!pkg || pkg.plan_id !== planId) throw new AppError('not_found', `No update workbook ${packageId} was sent for this plan`);
  if (pkg.status === 'merged') throw new AppError('invalid_input', `${pkg.agency_label} answered for ${pkg.period_label}: its workbook was merged on ${dayWords(pkg.merged_at!.slice(0, 10))}; there is nothing to chase`);
  if (pkg.status === 'returned') throw new AppError('invalid_input', `${pkg.agency_label} returned its workbook for ${pkg.period_label} on ${dayWords(pkg.returned_at!.slice(0, 10))}; review and merge it rather than chase`);
  const rows = await db.selectFrom('exchange_package_rows').select(['action_id', 'sent']).where('package_id', '=', packageId).orderBy('position').execute();
  const missing = new Map<string, { code: string; title: string }>();
  for (const row of rows) {
    if (missing.has(row.action_id)) continue;
    const sent = JSON.parse(row.sent) as { code?: string; title?: string };
    missing.set(row.action_id, { code: sent.code ?? '', title: sent.title ?? '' });
  }
  const kept = await db.selectFrom('exchange_sent_workbooks').select('package_id').where('package_id', '=', packageId).executeTakeFirst();
  return {
    id: pkg.id,
    planId: pkg.plan_id,
    planTitle: pkg.plan_title,
    agency: { id: pkg.agency_id, label: pkg.agency_label, name: pkg.agency_name ?? pkg.agency_label },
    period: { id: pkg.period_id, label: pkg.period_label, start: pkg.start_month ?? '', end: pkg.end_month ?? '' },
    sentOn: pkg.issued_at.slice(0, 10),
    dueDate: pkg.due_date,
    contact: pkg.contact,
    fileName: pkg.file_name,
    missing: [...missing.values()],
    workbookKept: kept !== undefined,
  };
}

function daysWords(days: number): string {
  return `${days} day${days === 1 ? '' : 's'}`;
}

/** "was due on 31 January 2027, 10 days ago" / "is due on …, in 3 days" / "is due today". */
function dueWords(dueDate: string | null, today: string): string {
  if (dueDate === null) return 'was asked for without a due date';
  const late = daysBetween(dueDate, today);
  if (late > 0) return `was due on ${dayWords(dueDate)}, ${daysWords(late)} ago`;
  if (late === 0) return `is due today, ${dayWords(dueDate)}`;
  return `is due on ${dayWords(dueDate)}, in ${daysWords(-late)}`;
}

function reminderText(pkg: ChasedPackage, sender: string, today: string): string {
  const named = pkg.agency.name !== pkg.agency.label ? `${pkg.agency.name} (${pkg.agency.label})` : pkg.agency.name;
  const span = pkg.period.start && pkg.period.end ? ` (${formatMonth(pkg.period.start)} to ${formatMonth(pkg.period.end)})` : '';
  const actions = pkg.missing.length === 1 ? 'the action' : `the ${pkg.missing.length} actions`;
  return [
    `Dear colleagues of ${named},`,
    '',
    `We have not yet received your progress update for ${pkg.period.label}${span} on the ${pkg.planTitle}. It ${dueWords(pkg.dueDate, today)}.`,
    '',
    `Still missing: the update of ${actions} your agency leads:`,
    ...pkg.missing.map((a) => `  - ${[a.code, a.title].filter(Boolean).join(' ')}`),
    '',
    `The workbook we sent on ${dayWords(pkg.sentOn)} is attached again ("${pkg.fileName}"). Please fill in its yellow columns and send it back as it is, as soon as you can.`,
    ...(pkg.contact ? ['', `Questions: ${pkg.contact}`] : []),
    '',
    'With thanks and regards,',
    sender,
    'e-Government Project Management Unit',
  ].join('\n');
}

/** The reminder for a workbook not yet returned, as of `today` (YYYY-MM-DD), signed by `sender`. */
export async function chaseReminder(db: DbOrTx, planId: string, packageId: string, sender: string, today: string): Promise<ChaseReminder> {
  const pkg = await chasedPackage(db, planId, packageId);
  const late = pkg.dueDate === null ? 0 : Math.max(0, daysBetween(pkg.dueDate, today));
  return {
    packageId: pkg.id,
    agency: pkg.agency,
    period: { id: pkg.period.id, label: pkg.period.label },
    dueDate: pkg.dueDate,
    daysLate: late,
    missing: pkg.missing,
    sender,
    subject: `Reminder: ${pkg.agency.label} progress update for ${pkg.period.label}${pkg.dueDate ? `, due ${dayWords(pkg.dueDate)}` : ''}`,
    text: reminderText(pkg, sender, today),
    workbook: { fileName: pkg.fileName, available: pkg.workbookKept },
    emlFileName: `${safeFileName(pkg.agency.label)} - ${safeFileName(pkg.period.label)} - reminder.eml`,
    contact: pkg.contact,
  };
}

/** The workbook exactly as it was sent; refused, naming the file to attach instead, when no copy was kept. */
export async function sentWorkbook(db: DbOrTx, reminder: ChaseReminder): Promise<Uint8Array> {
  const kept = await db.selectFrom('exchange_sent_workbooks').select('bytes').where('package_id', '=', reminder.packageId).executeTakeFirst();
  if (!kept) {
    throw new AppError(
      'not_found',
      `The workbook sent to ${reminder.agency.label} for ${reminder.period.label} was sent before PlanDesk kept a copy of each workbook: attach "${reminder.workbook.fileName}" from the folder it was sent to`,
    );
  }
  return new Uint8Array(kept.bytes);
}

const WAY_WORDS: Readonly<Record<ChaseWay, string>> = {
  copied: 'reminder copied to send',
  eml: 'reminder saved as an e-mail',
  workbook: 'workbook saved again to attach',
};

/** Records a chase in the change history: the agency's workbook (subject), who and when (the context), and how. */
export async function recordChase(db: DbOrTx, context: ChangeContext, planId: string, reminder: ChaseReminder, ways: readonly ChaseWay[]): Promise<void> {
  const late = reminder.daysLate > 0 ? `, ${daysWords(reminder.daysLate)} late` : '';
  const missing = `${reminder.missing.length} action${reminder.missing.length === 1 ? '' : 's'} missing`;
  await recordChanges(db, context, [
    { planId, entity: 'exchange_package', entityId: reminder.packageId, field: 'chased', oldValue: null, newValue: `${ways.map((w) => WAY_WORDS[w]).join(', ')} (${missing}${late})` },
  ]);
}

/** The reminders sent for one workbook. */
export interface PackageChases {
  readonly count: number;
  /** The latest: when (ISO time) and by whom. */
  readonly at: string;
  readonly by: string;
}

/** The chases of these packages: how many, the latest's time and who sent it (read by entity, which is indexed). */
export async function chasesOf(db: DbOrTx, packageIds: readonly string[]): Promise<Map<string, PackageChases>> {
  const chases = new Map<string, PackageChases>();
  if (packageIds.length === 0) return chases;
  const rows = await db
    .selectFrom('change_history')
    .select(['entity_id', 'at', 'user_name'])
    .where('entity_id', 'in', [...packageIds])
    .where('entity', '=', 'exchange_package')
    .where('field', '=', 'chased')
    .orderBy('at')
    .orderBy('id')
    .execute();
  for (const r of rows) chases.set(r.entity_id, { count: (chases.get(r.entity_id)?.count ?? 0) + 1, at: r.at, by: r.user_name });
  return chases;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The reminder as an .eml draft, the workbook attached when a copy was kept; from the contact's address if it has one. */
export function emlOf(reminder: ChaseReminder, workbook: Uint8Array | null, at: Date): string {
  return reminderEml({
    from: { name: reminder.sender, address: addressIn(reminder.contact) },
    to: null,
    subject: reminder.subject,
    text: reminder.text,
    at,
    attachment: workbook === null ? null : { fileName: reminder.workbook.fileName, contentType: XLSX_TYPE, bytes: workbook },
  });
}

/** A chase's files: where each goes and what it holds. */
export interface ChaseFile {
  readonly path: string;
  readonly bytes: Uint8Array | string;
}

/**
 * Writes a chase's files (the .eml, the workbook) and records the chase, together: the files are complete beside
 * their places first, the history entry is written, and only then are they put in place; a failure leaves no file
 * and no entry.
 */
export async function writeChase(db: Db, context: ChangeContext, planId: string, reminder: ChaseReminder, files: readonly ChaseFile[], ways: readonly ChaseWay[]): Promise<void> {
  const staged: StagedFile[] = [];
  try {
    for (const file of files) staged.push(await stageFile(file.path, file.bytes));
    await db.transaction().execute(async (tx) => {
      await recordChase(tx, context, planId, reminder, ways);
      await putInPlace(staged);
    });
  } finally {
    await discardStaged(staged);
  }
}
