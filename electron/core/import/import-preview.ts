// The import as the window runs it, in two steps. The preview reads the file the analyst chose (bytes sent by
// the page), maps its columns (with the analyst's re-mapping), builds the plan and its report, and, for an import
// into an existing plan, proposes the matches and the differences: nothing is written. The commit does the same
// reading again and writes it all in one transaction, with the history, once the analyst has confirmed.
// A PlanDesk plan file (.json) goes through the same two steps, without columns or report.
import { extname } from 'node:path';
import type { ImportOutcome, ImportPreview, ImportTreeChapter } from '../../../shared/domain';
import { AppError } from '../../../shared/result';
import { loadAgencyIndex } from '../agencies/registry';
import type { Db, DbOrTx } from '../db/schema';
import type { ChangeContext } from '../host/context';
import type { PlanFile } from '../planfile/format';
import { parsePlanFile } from '../planfile/import-plan-file';
import { writePlanFile } from '../planfile/write-plan-file';
import { buildPlan, type BuiltPlan, type ColumnChoice } from './build/builder';
import type { ImportField } from './headers';
import type { AgencyDirectory } from './link-agencies';
import { mergeIntoPlan, normalTitle, previewMerge, type PresentFields } from './merge-into-plan';
import { keepImportReport } from './kept-reports';
import { live } from '../db/live';
import { readCellsFromBytes, type SpreadsheetContent } from './read-cells';
import { NO_PROGRESS, type Progress } from '../progress/progress';

/** Larger files are refused before they are read: a plan spreadsheet is a few megabytes at most. */
export const MAX_IMPORT_BYTES = 60 * 1024 * 1024;

export interface ImportRequest {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** The analyst's meaning for columns whose header was read wrongly (or should not be imported). */
  readonly mapping?: readonly ColumnChoice[];
  /** Import into this plan instead of creating a new one. */
  readonly intoPlanId?: string;
  readonly planTitle?: string;
}

export interface CommitRequest extends ImportRequest {
  /** Refs of the matches the analyst accepted; absent: the proposed ones. */
  readonly acceptedMatches?: readonly string[];
}

interface ReadFile {
  readonly kind: 'spreadsheet' | 'plan_file';
  readonly file: PlanFile;
  readonly built: BuiltPlan | null;
  readonly present: PresentFields;
}

/** Decodes the base64 the page sent, refusing what is too large or not base64 with a message the analyst can act on. */
export function decodeUpload(fileName: string, contentBase64: string): Uint8Array {
  const approximate = Math.floor((contentBase64.length * 3) / 4);
  if (approximate > MAX_IMPORT_BYTES) {
    throw new AppError('bad_file', `${fileName} is ${Math.round(approximate / 1024 / 1024)} MB; PlanDesk imports files of up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB (a plan spreadsheet is far smaller)`);
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(contentBase64)) throw new AppError('invalid_input', `${fileName}: the file's content did not arrive intact (not base64); choose the file again`);
  return new Uint8Array(Buffer.from(contentBase64, 'base64'));
}

function directoryOf(index: Awaited<ReturnType<typeof loadAgencyIndex>>): AgencyDirectory {
  return {
    byKey: (key) => index.byKey(key).map((row) => ({ id: row.id, acronym: row.acronym, name: row.name, kind: row.kind === 'group' ? 'group' : 'agency' })),
  };
}

/** The file as read, before anything of the workspace is looked at: a plan file parsed, or a sheet's cells. */
type FileContent = { readonly kind: 'plan_file'; readonly file: PlanFile } | { readonly kind: 'spreadsheet'; readonly cells: SpreadsheetContent };

/** Reads the bytes: the plan-file reader for .json, the spreadsheet reader for sheets. No database. */
function readContent(request: ImportRequest, progress: Progress): FileContent {
  const { fileName, bytes } = request;
  if (bytes.length === 0) throw new AppError('bad_file', `${fileName}: the file is empty`);
  progress.phase(`Reading ${fileName}`);
  if (extname(fileName).toLowerCase() === '.json') {
    const file = parsePlanFile(new TextDecoder('utf-8').decode(bytes), fileName);
    if (request.planTitle?.trim() && file.plans.length === 1) file.plans[0]!.title = request.planTitle.trim().slice(0, 300);
    return { kind: 'plan_file', file };
  }
  return { kind: 'spreadsheet', cells: readCellsFromBytes(fileName, bytes) };
}

/** Builds the plan document from what was read: a sheet's rows mapped and linked to the registry's agencies. */
async function buildImport(db: DbOrTx, request: ImportRequest, content: FileContent, progress: Progress): Promise<ReadFile> {
  if (content.kind === 'plan_file') return { kind: 'plan_file', file: content.file, built: null, present: 'all' };
  const registry = directoryOf(await loadAgencyIndex(db));
  const built = buildPlan(request.fileName, content.cells, { planTitle: request.planTitle, registry, columns: request.mapping ?? [], progress });
  const present = new Set<ImportField>(built.columns.map((c) => c.field).filter((f): f is ImportField => f !== null));
  return { kind: 'spreadsheet', file: built.file, built, present };
}

function treeOf(file: PlanFile): ImportTreeChapter[] {
  return file.plans.flatMap((plan) =>
    plan.chapters.map((chapter, ci) => ({
      code: chapter.code,
      title: chapter.title,
      statements: chapter.statements.map((statement, si) => ({
        code: statement.code,
        text: statement.text,
        actions: statement.actions.map((action, ai) => ({ ref: `${ci}.${si}.${ai}`, code: action.code, title: action.title, indicators: action.indicators.length })),
      })),
    })),
  );
}

function countsOf(read: ReadFile): ImportPreview['counts'] {
  const actions = read.file.plans.flatMap((p) => p.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions)));
  return {
    chapters: read.file.plans.reduce((n, p) => n + p.chapters.length, 0),
    statements: read.file.plans.reduce((n, p) => n + p.chapters.reduce((m, c) => m + c.statements.length, 0), 0),
    actions: actions.length,
    indicators: actions.reduce((n, a) => n + a.indicators.length, 0),
    newAgencies: read.built ? read.built.report.counts.newAgencies : read.file.agencies.filter((a) => !a.confirmed).length,
  };
}

/** What the import would do: nothing is written. */
export async function previewImport(db: Db, request: ImportRequest, progress: Progress = NO_PROGRESS): Promise<ImportPreview> {
  const read = await buildImport(db, request, readContent(request, progress), progress);
  return {
    fileName: request.fileName,
    kind: read.kind,
    report: read.built?.report ?? null,
    columns: read.built?.columns ?? [],
    planTitle: read.file.plans.map((p) => p.title).join('; '),
    tree: treeOf(read.file),
    counts: countsOf(read),
    merge: request.intoPlanId ? await previewMerge(db, request.intoPlanId, read.file, read.present, progress) : null,
    sameTitlePlanIds: await plansTitled(db, read.file),
  };
}

/** The workspace's plans whose title is the file's one plan's, compared as an import into a plan compares titles. */
async function plansTitled(db: DbOrTx, file: PlanFile): Promise<string[]> {
  if (file.plans.length !== 1) return [];
  const wanted = normalTitle(file.plans[0]!.title);
  if (wanted === '') return [];
  const plans = await db.selectFrom('plans').select(['id', 'title']).where(live()).execute();
  return plans.filter((p) => normalTitle(p.title) === wanted).map((p) => p.id);
}

/** Writes the import in one transaction with its history; a file that cannot be read, or a cancel, leaves the
 *  workspace as it was. The file is read before the transaction (as import-spreadsheet.ts does): the workspace is
 *  not held for writing while a large sheet is parsed; the plan is built inside it, against the registry as it is. */
export async function commitImport(db: Db, context: ChangeContext, request: CommitRequest, progress: Progress = NO_PROGRESS): Promise<ImportOutcome> {
  const content = readContent(request, progress);
  return db.transaction().execute(async (tx) => {
    const read = await buildImport(tx, request, content, progress);
    const writeContext: ChangeContext = { ...context, sourceFile: context.sourceFile ?? request.fileName };
    const counts = countsOf(read);
    const report = read.built?.report ?? null;
    if (request.intoPlanId) {
      const { actionIds, ...merged } = await mergeIntoPlan(
        tx,
        writeContext,
        request.intoPlanId,
        read.file,
        { present: read.present, ...(request.acceptedMatches ? { accepted: new Set(request.acceptedMatches) } : {}) },
        progress,
      );
      await keepImportReport(tx, writeContext, request.fileName, report, { planId: request.intoPlanId, plan: read.file.plans[0]!, actionIds });
      return { planId: request.intoPlanId, planIds: [request.intoPlanId], report, counts: { ...counts, ...merged }, notes: [] };
    }
    if (read.file.plans.length === 0) throw new AppError('bad_file', `${request.fileName} holds no plan`);
    const { planIds, notes, actionIds } = await writePlanFile(tx, read.file, writeContext, progress);
    await keepImportReport(tx, writeContext, request.fileName, report, { planId: planIds[0]!, plan: read.file.plans[0]!, actionIds: actionIds[0]! });
    return { planId: planIds[0]!, planIds, report, counts, notes };
  });
}
