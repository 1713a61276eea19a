// Step 6 of the import: the built plan is written into the workspace in one transaction, with its history.
import { basename } from 'node:path';
import type { Db } from '../db/schema';
import type { ChangeContext } from '../host/context';
import { loadAgencyIndex } from '../agencies/registry';
import { writePlanFile } from '../planfile/write-plan-file';
import { buildPlan } from './build/builder';
import type { AgencyDirectory } from './link-agencies';
import { mergeIntoPlan } from './merge-into-plan';
import { keepImportReport } from './kept-reports';
import { readCells } from './read-cells';
import { NO_PROGRESS, type Progress } from '../progress/progress';
import type { ImportCounts, ImportReport } from './report';
import type { PlanFile } from '../planfile/format';

export interface ImportOptions {
  readonly planTitle?: string;
  /** Import into this existing plan: actions matched by code and title, differences recorded as changes. */
  readonly intoPlanId?: string;
}

export interface ImportResult {
  readonly planId: string;
  readonly report: ImportReport;
  readonly counts: ImportCounts & {
    /** When importing into an existing plan: actions added, changed, and unchanged (every proposed match accepted). */
    readonly added?: number;
    readonly changed?: number;
    readonly unchanged?: number;
    readonly changes?: number;
    readonly addedChapters?: number;
    readonly addedStatements?: number;
  };
}

/** Reads a spreadsheet into a plan document and its report, without touching any database. */
export async function readSpreadsheet(path: string, options: { planTitle?: string } = {}): Promise<{ file: PlanFile; report: ImportReport }> {
  const content = await readCells(path);
  return buildPlan(basename(path), content, { planTitle: options.planTitle, registry: null });
}

/** Imports a spreadsheet as a new plan (or into an existing one), in one transaction; a cancel rolls it all back. */
export async function importSpreadsheet(db: Db, context: ChangeContext, path: string, options: ImportOptions = {}, progress: Progress = NO_PROGRESS): Promise<ImportResult> {
  // Reading the file happens before the transaction: a file that cannot be read leaves the workspace untouched.
  progress.phase(`Reading ${basename(path)}`);
  const content = await readCells(path);
  return db.transaction().execute(async (tx) => {
    const index = await loadAgencyIndex(tx);
    const registry: AgencyDirectory = {
      byKey: (key) => index.byKey(key).map((row) => ({ id: row.id, acronym: row.acronym, name: row.name, kind: row.kind === 'group' ? 'group' : 'agency' })),
    };
    const { file, report, columns } = buildPlan(basename(path), content, { planTitle: options.planTitle, registry, progress });
    const writeContext: ChangeContext = { ...context, sourceFile: context.sourceFile ?? path };
    if (options.intoPlanId) {
      // A spreadsheet speaks only for the columns it has: the others leave the plan's values as they are.
      const present = new Set(columns.map((c) => c.field).filter((f): f is NonNullable<typeof f> => f !== null));
      const { actionIds, ...merged } = await mergeIntoPlan(tx, writeContext, options.intoPlanId, file, { present }, progress);
      await keepImportReport(tx, writeContext, path, report, { planId: options.intoPlanId, plan: file.plans[0]!, actionIds });
      return { planId: options.intoPlanId, report, counts: { ...report.counts, ...merged } };
    }
    const { planIds, actionIds } = await writePlanFile(tx, file, writeContext, progress);
    await keepImportReport(tx, writeContext, path, report, { planId: planIds[0]!, plan: file.plans[0]!, actionIds: actionIds[0]! });
    return { planId: planIds[0]!, report, counts: report.counts };
  });
}
