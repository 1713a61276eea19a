// An import's report kept with the import (import_reports), written in the import's own transaction and keyed by its
// batch of the change history: the History's entries of that import open it again, each entry about an action
// leading to the action the import updated or added.
import type { ImportReport, KeptImportReport } from '../../../shared/domain';
import type { DbOrTx } from '../db/schema';
import type { ChangeContext } from '../host/context';
import type { PlanFilePlan } from '../planfile/format';
import { fileNameOf } from '../text/file-names';

/** What an import wrote, for its report: the plan, and each action of the file by its place ("c.s.a"). */
export interface ImportWritten {
  readonly planId: string;
  readonly plan: PlanFilePlan;
  readonly actionIds: ReadonlyMap<string, string>;
}

/** Keeps the report (null for a plan file) with the import's batch; an import without a batch has no History entry to open it from. */
export async function keepImportReport(tx: DbOrTx, context: ChangeContext, file: string, report: ImportReport | null, written: ImportWritten): Promise<void> {
  if (!context.batchId) return;
  const codeOf = (ref: string) => {
    const [ci, si, ai] = ref.split('.').map(Number);
    return written.plan.chapters[ci!]?.statements[si!]?.actions[ai!]?.code ?? '';
  };
  const kept: ImportReport | null = report && {
    ...report,
    entries: report.entries.map((entry) => {
      const actionId = entry.actionRef ? written.actionIds.get(entry.actionRef) : undefined;
      return actionId ? { ...entry, actionId, actionCode: codeOf(entry.actionRef!) } : entry;
    }),
  };
  await tx
    .insertInto('import_reports')
    .values({ batch_id: context.batchId, plan_id: written.planId, file: fileNameOf(file), imported_at: context.at, imported_by: context.user, report: kept && JSON.stringify(kept) })
    .execute();
}

/** The report kept with an import's batch, or null when none was (an import made before reports were kept). */
export async function keptImportReport(db: DbOrTx, batchId: string): Promise<KeptImportReport | null> {
  const row = await db.selectFrom('import_reports').selectAll().where('batch_id', '=', batchId).executeTakeFirst();
  if (!row) return null;
  return { planId: row.plan_id, file: row.file, at: row.imported_at, user: row.imported_by, report: row.report === null ? null : (JSON.parse(row.report) as ImportReport) };
}
