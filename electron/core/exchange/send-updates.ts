// Send for update: one workbook per lead agency for a reporting period, a .zip of them all with an index,
// and a record of every package (sent → returned → merged) with the values each row was sent with.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { newWorkbook } from '../files/new-workbook';
import { zipSync } from 'fflate';
import { CALENDAR_DATE_RULE, isCalendarDate } from '../../../shared/dates';
import type { DeliveryRating, ExchangePackage, LeadAgency, SendOutcome } from '../../../shared/domain';
import type { Month } from '../../../shared/months';
import { AppError } from '../../../shared/result';
import type { Db, DbOrTx } from '../db/schema';
import { discardStaged, putInPlace, stageFile, type StagedFile } from '../files/write-file';
import { NO_PROGRESS, type Progress } from '../progress/progress';
import type { ChangeContext } from '../host/context';
import { requirePlan } from '../plan/plan-queries';
import { listPackages } from './packages-list';
import { actionsLedBy, actionsWithoutAgencyLead, fingerprintOf, listLeadAgencies, loadPlanNow, requirePeriod, rowValues, type PeriodRef } from './plan-now';
import { loadPlanContext, ratingsAt } from './row-context';
import { longDate, writeUpdateWorkbook, type WorkbookRow } from './update-workbook';
import { safeFileName } from '../text/file-names';

export interface SendRequest {
  readonly planId: string;
  readonly periodId: string;
  /** null: every lead agency of the plan; groups such as "Respective Agencies" are not sent to, and what only they lead is reported. */
  readonly agencyIds: readonly string[] | null;
  /** YYYY-MM-DD. */
  readonly dueDate: string | null;
  readonly contact: string;
  /** Where the workbooks and the .zip are written (created if missing). */
  readonly folder: string;
}

/** A group of agencies ("Respective Agencies") is not someone to send a workbook to. */
function chooseAgencies(leads: readonly LeadAgency[], wanted: readonly string[] | null): LeadAgency[] {
  if (wanted === null) {
    const agencies = leads.filter((a) => a.kind === 'agency');
    if (agencies.length === 0) {
      const groups = leads.filter((a) => a.kind === 'group').map((a) => a.acronym ?? a.name);
      throw new AppError('invalid_input', `No agency leads an action of this plan: there is nobody to send workbooks to${groups.length > 0 ? ` (only groups lead actions: ${groups.join(', ')})` : ''}`);
    }
    return agencies;
  }
  if (wanted.length === 0) throw new AppError('invalid_input', 'Choose at least one agency to send workbooks to');
  return [...new Set(wanted)].map((id) => {
    const lead = leads.find((a) => a.id === id);
    if (!lead) throw new AppError('invalid_input', `Agency ${id} leads no action of this plan; no workbook can be made for it`);
    if (lead.kind === 'group') {
      throw new AppError('invalid_input', `"${lead.acronym ?? lead.name}" is a group of agencies, not an agency: a workbook cannot be sent to a group; send its actions' workbooks to the agencies themselves`);
    }
    return lead;
  });
}

async function indexWorkbook(planTitle: string, periodLabel: string, packages: readonly ExchangePackage[]): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('Index', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [
    { header: 'Agency', key: 'agency', width: 28 },
    { header: 'File', key: 'file', width: 44 },
    { header: 'Actions', key: 'actions', width: 9 },
    { header: 'Return by', key: 'due', width: 18 },
    { header: 'Package id', key: 'id', width: 38 },
  ];
  sheet.spliceRows(1, 0, [`${planTitle}: update workbooks for ${periodLabel}`], []);
  sheet.getRow(1).font = { bold: true, size: 13 };
  sheet.getRow(3).font = { bold: true };
  for (const p of packages) {
    sheet.addRow({ agency: p.agency.label, file: p.fileName, actions: p.actions, due: p.dueDate ? longDate(p.dueDate) : '', id: p.id });
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function rowsFor(db: DbOrTx, planId: string, period: PeriodRef, agencyId: string, month: Month, ratings: ReadonlyMap<string, DeliveryRating>): Promise<WorkbookRow[]> {
  const actionIds = await actionsLedBy(db, planId, agencyId);
  const plan = await loadPlanNow(db, planId, period.id, actionIds);
  const context = await loadPlanContext(db, planId, period, plan, month, ratings);
  const rows: WorkbookRow[] = [];
  for (const action of plan.actions.values()) {
    const indicators = plan.indicatorsOf.get(action.id) ?? [];
    const lines = indicators.length > 0 ? indicators : [null];
    lines.forEach((indicator, index) => {
      const sent = rowValues(plan, action, indicator);
      const indicatorId = indicator?.id ?? '';
      rows.push({ actionId: action.id, indicatorId, carriesAction: index === 0, sent, fingerprint: fingerprintOf(action.id, indicatorId, sent), context: context.of(action, indicator?.id ?? null) });
    });
  }
  return rows;
}

/** Writes and records a workbook per agency in one transaction; a failure or a cancel (at a `progress` step)
 *  records none and leaves none of their files. */
export async function sendForUpdate(db: Db, context: ChangeContext, request: SendRequest, progress: Progress = NO_PROGRESS): Promise<SendOutcome> {
  const plan = await requirePlan(db, request.planId);
  const period = await requirePeriod(db, request.planId, request.periodId);
  if (request.dueDate !== null && !isCalendarDate(request.dueDate)) {
    throw new AppError('invalid_input', `The due date "${request.dueDate}" ${CALENDAR_DATE_RULE}`);
  }
  const agencies = chooseAgencies(await listLeadAgencies(db, request.planId), request.agencyIds);
  const notSent = request.agencyIds === null ? (await actionsWithoutAgencyLead(db, request.planId)).map(({ groupIds: _, ...action }) => action) : [];
  const sendId = randomUUID();
  const usedNames = new Set<string>();
  const staged: StagedFile[] = [];
  const workbooks: Record<string, Uint8Array> = {};
  const zipName = `PlanDesk updates - ${safeFileName(period.label)} - ${context.at.slice(0, 10)}.zip`;
  try {
    await mkdir(request.folder, { recursive: true });
  } catch (error) {
    throw new AppError('invalid_input', `Cannot write to the folder ${request.folder}: ${(error as Error).message}`);
  }

  // Every file is written beside its place first; only once all of them (the .zip included) are complete are they
  // put in place, and only then are the packages recorded (the transaction commits). A full disk or any failure
  // before leaves the folder and the workspace as they were, an earlier send's workbooks of the same names included.
  const packageIds = await db.transaction().execute(async (tx) => {
    const ids: string[] = [];
    const month = context.at.slice(0, 7);
    const ratings = await ratingsAt(tx, request.planId, month);
    try {
      progress.phase('Writing the update workbooks', agencies.length, 'workbooks');
      for (const [done, agency] of agencies.entries()) {
        progress.step(done);
        const label = agency.acronym ?? agency.name;
        let fileName = `${safeFileName(label)} - ${safeFileName(period.label)} - update.xlsx`;
        for (let n = 2; usedNames.has(fileName.toLowerCase()); n += 1) fileName = `${safeFileName(label)} (${n}) - ${safeFileName(period.label)} - update.xlsx`;
        usedNames.add(fileName.toLowerCase());
        const packageId = randomUUID();
        const rows = await rowsFor(tx, request.planId, period, agency.id, month, ratings);
        await tx
          .insertInto('exchange_packages')
          .values({
            id: packageId,
            plan_id: request.planId,
            send_id: sendId,
            agency_id: agency.id,
            agency_label: label,
            period_id: period.id,
            period_label: period.label,
            issued_at: context.at,
            issued_by: context.user,
            due_date: request.dueDate,
            contact: request.contact,
            file_name: fileName,
            status: 'sent',
          })
          .execute();
        for (let i = 0; i < rows.length; i += 200) {
          await tx
            .insertInto('exchange_package_rows')
            .values(
              rows.slice(i, i + 200).map((row, j) => ({
                package_id: packageId,
                position: i + j + 1,
                action_id: row.actionId,
                indicator_id: row.indicatorId,
                sent: JSON.stringify(row.sent),
                fingerprint: row.fingerprint,
              })),
            )
            .execute();
        }
        const bytes = await writeUpdateWorkbook({
          packageId,
          planId: plan.id,
          planTitle: plan.title,
          agency: { id: agency.id, label, name: agency.name },
          period,
          issuedAt: context.at,
          issuedBy: context.user,
          dueDate: request.dueDate,
          contact: request.contact,
          rows,
        });
        // Kept as sent: chasing the agency later attaches these very bytes again (exchange/chase).
        await tx.insertInto('exchange_sent_workbooks').values({ package_id: packageId, bytes, sha256: createHash('sha256').update(bytes).digest('hex') }).execute();
        staged.push(await stageFile(join(request.folder, fileName), bytes));
        workbooks[fileName] = bytes;
        ids.push(packageId);
      }
      const sent = (await listPackages(tx, request.planId)).filter((p) => ids.includes(p.id));
      const zip = zipSync({ 'index.xlsx': await indexWorkbook(plan.title, period.label, sent), ...workbooks }, { level: 6 });
      staged.push(await stageFile(join(request.folder, zipName), zip));
      // The last point a cancel stops the send: nothing is in place yet, and the staged files are discarded.
      progress.step(agencies.length);
      await putInPlace(staged);
    } finally {
      await discardStaged(staged);
    }
    return ids;
  });

  const packages = (await listPackages(db, request.planId)).filter((p) => packageIds.includes(p.id));
  const written = staged.slice(0, -1).map((file) => file.path);
  return { folder: request.folder, zipPath: join(request.folder, zipName), files: written, packages, notSent };
}
