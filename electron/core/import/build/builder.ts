// Steps 2 to 5 of the import: find the header and map the columns, realign each row by its content, build the
// chapter → statement → action tree, and normalise months, statuses, funds, agencies and indicator kinds.
// Pure (no database): the result is a PlanFile, written by writePlanFile, and the report of what was done.
import { basename, extname } from 'node:path';
import { AppError } from '../../../../shared/result';
import { AGENCY_LIMITS, PLAN_FILE_FORMAT, TREE_LIMITS, type PlanFile, type PlanFileAction, type PlanFileChapter } from '../../planfile/format';
import { NO_PROGRESS, type Progress } from '../../progress/progress';
import { AgencyLinker, type AgencyDirectory } from '../link-agencies';
import type { SpreadsheetContent } from '../read-cells';
import { ReportLog, type ColumnMapping, type ImportReport, type ReportEntry, type UnmappedColumn } from '../report';
import { learnDepths } from './code-depths';
import { mapColumns, type ColumnChoice, type ColumnReading } from './map-columns';
import { emptyTree } from './plan-tree';
import { readRecord } from './read-record';
import { readRecords } from './read-rows';
import { noPlanSheet, refuseCellProblems, sortSheets, titleAbove } from './sheets';

export type { ColumnChoice, ColumnReading } from './map-columns';

/** A file holding more than a plan file can: refused whole, naming the count (no row limit cuts a sheet earlier). */
function refuseOverLimits(fileName: string, chapters: readonly PlanFileChapter[], agencies: number): void {
  const over = (what: string, count: number, limit: number) => {
    if (count > limit) throw new AppError('bad_file', `${fileName}: ${what} ${count.toLocaleString('en')}, more than the ${limit.toLocaleString('en')} a plan can hold; nothing was imported`);
  };
  over('the chapters number', chapters.length, TREE_LIMITS.chapters);
  for (const chapter of chapters) {
    over(`the policy statements of chapter "${chapter.code || chapter.title.slice(0, 60)}" number`, chapter.statements.length, TREE_LIMITS.statements);
    for (const statement of chapter.statements) over(`the actions of policy statement "${statement.code || statement.text.slice(0, 60)}" number`, statement.actions.length, TREE_LIMITS.actions);
  }
  over('the agencies it names number', agencies, AGENCY_LIMITS.count);
}

/** A plan read from a spreadsheet has not been approved: its planned dates are no baseline yet. */
const NOT_APPROVED: PlanFile['plans'][number]['baseline'] = { approvedOn: null, approvedBy: null, rebaselinedOn: null, rebaselineReason: '' };

export interface BuildOptions {
  readonly planTitle?: string;
  /** The workspace's agencies; null when reading a file on its own. */
  readonly registry?: AgencyDirectory | null;
  /** The analyst's meaning for some columns, overriding what their headers say (null: keep as unmapped). */
  readonly columns?: readonly ColumnChoice[];
  /** Counts the rows read; a cancel stops the reading there. */
  readonly progress?: Progress;
}

export interface BuiltPlan {
  readonly file: PlanFile;
  readonly report: ImportReport;
  readonly columns: readonly ColumnReading[];
}

/** Builds the plan document and its report from the cells of a spreadsheet. */
export function buildPlan(fileName: string, content: SpreadsheetContent, options: BuildOptions = {}): BuiltPlan {
  const log = new ReportLog();
  const { reader, encoding, delimiter } = content;
  const delimiterName = delimiter === null ? '' : `, cells separated by ${delimiter === '\t' ? 'tabs' : `"${delimiter}"`}`;
  log.add({ sheet: null, row: null, severity: 'info', topic: 'file', message: `read as ${reader}${encoding ? `, encoding ${encoding}` : ''}${delimiterName}` });
  const { roles, planSheets, listed } = sortSheets(content.sheets, log);
  refuseCellProblems(fileName, content.sheets, roles);
  if (planSheets.length === 0) throw noPlanSheet(fileName, content);
  const linker = new AgencyLinker(options.registry ?? null, listed, log);

  const tree = emptyTree();
  const columnMapping: ColumnMapping[] = [];
  const unmappedColumns: UnmappedColumn[] = [];
  const columnReadings: ColumnReading[] = [];
  let title = options.planTitle?.trim() ?? '';
  const progress = options.progress ?? NO_PROGRESS;
  const firstDataRow = (planSheet: (typeof planSheets)[number]) => planSheet.header.rows[planSheet.header.rows.length - 1]! + 1;
  progress.phase('Reading the rows', planSheets.reduce((n, p) => n + Math.max(0, p.endRow - firstDataRow(p)), 0), 'rows');
  let rowsBefore = 0;
  const actionOfEntry = new Map<ReportEntry, PlanFileAction>();
  for (const planSheet of planSheets) {
    if (title === '') title = titleAbove(planSheet, log, tree.descriptionParts);
    const columns = mapColumns(planSheet, options.columns ?? [], log);
    columnMapping.push(...columns.mapping);
    unmappedColumns.push(...columns.unmapped);
    columnReadings.push(...columns.readings);
    const levels = learnDepths(planSheet, columns.fields);
    const ctx = { log, tree, linker, levels, headerFields: columns.headerFields };
    for (const record of readRecords(planSheet, columns, levels, linker.looksLikeAgencies, log)) {
      const entriesBefore = log.entries.length;
      readRecord(ctx, record);
      // What this row's reading noted is about the action the row belongs to (none on a chapter's or statement's row).
      const action = tree.action?.action;
      if (action) for (const entry of log.entries.slice(entriesBefore)) actionOfEntry.set(entry, action);
      progress.step(rowsBefore + record.row - firstDataRow(planSheet) + 1);
    }
    rowsBefore += Math.max(0, planSheet.endRow - firstDataRow(planSheet));
  }
  if (title === '') title = basename(fileName, extname(fileName));
  const actionCount = tree.chapters.reduce((n, c) => n + c.statements.reduce((m, s) => m + s.actions.length, 0), 0);
  if (actionCount === 0) {
    const where = planSheets.map((p) => `${p.sheet.name ? `sheet "${p.sheet.name}", ` : ''}header on row ${p.header.rows.map((r) => r + 1).join('–')}`).join('; ');
    throw new AppError('bad_file', `${fileName}: the plan has a header (${where}) but no actions below it`);
  }

  // The plan file's caps, kept where each part is read rather than checked again against its schema here (that
  // check cost a tenth of a 10,000-action import): every text cut where it is read (messages.ts LIMITS,
  // putUnmapped), at most 100 indicators an action, finite values (indicator-values.ts), agencies' names, acronyms,
  // aliases and links per field (link-agencies.ts); the counts below. The hostile suite checks that whatever any of
  // its files leaves in the workspace exports as a plan file the schema accepts.
  refuseOverLimits(fileName, tree.chapters, linker.agencies.length);
  const file: PlanFile = {
    format: PLAN_FILE_FORMAT,
    plans: [{ title: title.slice(0, 300), description: tree.descriptionParts.join('\n').slice(0, 5000), baseline: NOT_APPROVED, chapters: tree.chapters }],
    agencies: linker.agencies,
  };
  const plan = file.plans[0]!;
  const statements = plan.chapters.reduce((n, c) => n + c.statements.length, 0);
  const indicators = plan.chapters.reduce((n, c) => n + c.statements.reduce((m, s) => m + s.actions.reduce((k, a) => k + a.indicators.length, 0), 0), 0);
  const report: ImportReport = {
    file: fileName,
    format: content.format,
    reader: content.reader,
    encoding: content.encoding,
    delimiter: content.delimiter,
    sheets: roles,
    planTitle: plan.title,
    columnMapping,
    unmappedColumns,
    entries: withActionRefs(log.entries, actionOfEntry, tree.chapters),
    counts: {
      chapters: plan.chapters.length,
      statements,
      actions: actionCount,
      indicators,
      listedAgencies: linker.listedCount,
      newAgencies: file.agencies.filter((a) => !a.confirmed).length,
      repairs: log.count('repair'),
      doubts: log.count('doubt'),
    },
  };
  return { file, report, columns: columnReadings };
}

/** Each entry about an action gets the action's place in the plan ("chapter.statement.action" indexes, as the
 *  preview's matches name it): once the import is written, the entry leads to the action (import/kept-reports.ts). */
function withActionRefs(entries: readonly ReportEntry[], actionOf: ReadonlyMap<ReportEntry, PlanFileAction>, chapters: readonly PlanFileChapter[]): ReportEntry[] {
  const refOf = new Map<PlanFileAction, string>();
  chapters.forEach((chapter, ci) => chapter.statements.forEach((statement, si) => statement.actions.forEach((action, ai) => refOf.set(action, `${ci}.${si}.${ai}`))));
  return entries.map((entry) => {
    const action = actionOf.get(entry);
    const ref = action ? refOf.get(action) : undefined;
    return ref ? { ...entry, actionRef: ref } : entry;
  });
}
