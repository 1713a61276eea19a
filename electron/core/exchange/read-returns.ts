// Receive updates: reads returned workbooks without writing anything. Each file is checked (one of ours, for
// this plan, not merged yet, its identity intact), its rows matched to actions by the hidden ids (never by code
// or position), every value checked, and what differs from the plan listed as proposed changes, field by field,
// with a conflict where the plan changed since the workbook was sent.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { IndicatorKind, ProposedChange, ReviewFile, ReviewGroup, ReviewProblem } from '../../../shared/domain';
import { readIndicatorValue } from '../../../shared/indicators';
import { addMonths, formatMonth, monthOf, parseTimelineDate, type DateReading } from '../../../shared/months';
import { AppError } from '../../../shared/result';
import { STATUS_LABELS, type ImplementationStatus } from '../../../shared/vocab/status';
import type { DbOrTx } from '../db/schema';
import { loadPlanNow, rowValues, type PlanNow } from './plan-now';
import type { SentValues } from './update-workbook';
import {
  COLUMNS_READ,
  FIRST_DATA_ROW,
  HEADER_ROW,
  IDENTITY_FIELDS,
  MAX_TEXT,
  OLDER_COLUMNS,
  SHEETS,
  UPDATE_WORKBOOK_FORMAT,
  columnLetterOf,
  statusFromChoice,
  updateColumns,
  type IdentityField,
  type OlderColumnKey,
  type UpdateColumnKey,
} from './workbook-layout';
import { baselineTargetWords } from './update-workbook';
import { readReportedBy } from './reported-by';
import { changeIdOf } from '../review/change-id';
import { paragraphOf } from './joint-narratives';
import { readReturnedSheets, RETURNED_ROW_LIMIT, type ReturnedSheet } from './returned-sheets';
import { contentText, formulaAsText, type CellContent } from './xlsx-cells';

/** How an accepted change is written: the merge applies these. */
export type PlannedWrite =
  | { readonly kind: 'status'; readonly actionId: string; readonly status: ImplementationStatus }
  | { readonly kind: 'revisedEnd'; readonly actionId: string; readonly month: string; readonly reason: string }
  | { readonly kind: 'narrative'; readonly actionId: string; readonly text: string; readonly jointAgency: string | null }
  | { readonly kind: 'supportNeeded'; readonly actionId: string; readonly text: string; readonly jointAgency: string | null }
  | { readonly kind: 'actual'; readonly actionId: string; readonly indicatorId: string; readonly text: string };

/** A column of the update sheet as the reader knows it: of today's layout, or only of the older one. */
type ReadKey = UpdateColumnKey | OlderColumnKey;

export interface ReturnedWorkbook {
  readonly file: ReviewFile;
  /** Set when the file was read: its package and period. */
  readonly packageId: string | null;
  readonly periodId: string | null;
  readonly agencyLabel: string | null;
  readonly writes: ReadonlyMap<string, PlannedWrite>;
  /** Actions of the workbook that other agencies lead too: their texts keep each agency's answer apart. */
  readonly jointlyLed: ReadonlySet<string>;
}

const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** A proposed new end further than this after the workbook was sent is flagged for the reviewer. */
const LATEST_NEW_END_YEARS = 20;

/** A whole-file refusal: the message says what is wrong with which file. */
class Refusal extends Error {}

function refuse(fileName: string, what: string): never {
  throw new Refusal(`${fileName}: ${what}`);
}

interface IdentitySheet {
  readonly values: Readonly<Record<IdentityField, string>>;
  readonly rows: readonly { readonly actionId: string; readonly indicatorId: string; readonly fingerprint: string }[];
}

function readIdentity(sheet: ReturnedSheet, fileName: string): IdentitySheet {
  const values: Partial<Record<IdentityField, string>> = {};
  let r = 1;
  for (; r <= IDENTITY_FIELDS.length + 1; r += 1) {
    const key = contentText(sheet.cell(r, 1));
    if (key === '') break;
    if ((IDENTITY_FIELDS as readonly string[]).includes(key)) values[key as IdentityField] = contentText(sheet.cell(r, 2));
  }
  if (values.format !== UPDATE_WORKBOOK_FORMAT) {
    refuse(fileName, `its "${SHEETS.identity}" sheet is not a PlanDesk identity sheet (format "${values.format ?? ''}", expected "${UPDATE_WORKBOOK_FORMAT}"); this is not a workbook PlanDesk sent`);
  }
  const missing = IDENTITY_FIELDS.filter((f) => values[f] === undefined);
  if (missing.length > 0) refuse(fileName, `its hidden identity sheet was damaged (${missing.join(', ')} missing), so its rows cannot be matched to the plan`);
  const rows: { actionId: string; indicatorId: string; fingerprint: string }[] = [];
  // The row list starts after one blank row and its own header.
  for (let row = r + 2; row <= sheet.lastRow; row += 1) {
    const actionId = contentText(sheet.cell(row, 2));
    if (actionId === '') continue;
    rows.push({ actionId, indicatorId: contentText(sheet.cell(row, 3)), fingerprint: contentText(sheet.cell(row, 4)) });
  }
  return { values: values as Record<IdentityField, string>, rows };
}

/** A new end date's cell, read as the grid reads a typed one (`dates`: the plan's fiscal year). */
function monthOfCell(content: CellContent, dates: DateReading): { month: string } | { error: string } | null {
  switch (content.kind) {
    case 'empty':
      return null;
    case 'date': {
      const year = content.date.getUTCFullYear();
      // A mistyped year (1/6/20250) is still a date to Excel: refused here, before it could be stored.
      if (year < 1900 || year > 2200) return { error: `the year ${year} is out of range (1900 to 2200)` };
      return { month: monthOf(year, content.date.getUTCMonth() + 1) };
    }
    case 'number':
      return { error: `${contentText(content)} is a number, not a month (write a month such as Jun 2027)` };
    case 'problem':
      return { error: content.problem };
    case 'text': {
      const date = parseTimelineDate(content.text, dates);
      if (date.kind === 'month') return { month: date.month };
      // A fiscal year or a quarter as a new end date: its last month ("FY 2026-27" ends in June 2027).
      if (date.kind === 'span') return { month: date.last };
      if (date.kind === 'year') return { error: `"${content.text.trim()}" is a year, not a month (write a month such as Jun ${date.year})` };
      if (date.kind === 'invalid' && / could be |out of range|real day/.test(date.reason)) return { error: date.reason };
      return { error: `"${content.text.trim()}" is not a month (write a month such as Jun 2027)` };
    }
  }
}

interface Reading {
  readonly problems: ReviewProblem[];
  readonly changes: Map<string, { group: ReviewGroup; changes: ProposedChange[] }>;
  readonly writes: Map<string, PlannedWrite>;
}

function statusWords(status: string | null, statusText: string): string {
  if (statusText) return statusText;
  return status && status in STATUS_LABELS ? STATUS_LABELS[status as ImplementationStatus] : '(none)';
}

/**
 * Reads one returned workbook; a file-level problem becomes `refused`, never an exception. `given` holds the
 * file's bytes when they came without a file on disk (a workbook dropped on the window); `path` then names it.
 */
export async function readReturnedWorkbook(db: DbOrTx, planId: string, path: string, given?: Uint8Array): Promise<ReturnedWorkbook> {
  const fileName = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = given ?? new Uint8Array(await readFile(path));
  } catch (error) {
    return refusedFile(path, '', `${fileName}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  try {
    return await readChecked(db, planId, path, bytes, sha256);
  } catch (error) {
    if (error instanceof Refusal || error instanceof AppError) return refusedFile(path, sha256, error.message);
    throw error;
  }
}

function refusedFile(path: string, sha256: string, message: string, fileId: string | null = null): ReturnedWorkbook {
  return {
    file: { fileId, path, fileName: basename(path), sha256, source: null, refused: message, problems: [], groups: [] },
    packageId: null,
    periodId: null,
    agencyLabel: null,
    writes: new Map(),
    jointlyLed: new Set(),
  };
}

async function readChecked(db: DbOrTx, planId: string, path: string, bytes: Uint8Array, sha256: string): Promise<ReturnedWorkbook> {
  const fileName = basename(path);
  if (bytes.length > MAX_FILE_BYTES) refuse(fileName, `the file is ${Math.round(bytes.length / 1024 / 1024)} MB; an update workbook is far smaller, so this is not one`);
  // A hostile or damaged archive is refused (AppError) before anything is read from it; then only the two sheets
  // the review needs are streamed.
  const sheets = readReturnedSheets(bytes, fileName, [SHEETS.identity, SHEETS.update, SHEETS.instructions]);
  const identitySheet = sheets.get(SHEETS.identity);
  const updateSheet = sheets.get(SHEETS.update);
  if (!identitySheet) {
    const looksOurs = updateSheet && contentText(updateSheet.cell(HEADER_ROW, 1)) === 'PlanDesk action id';
    refuse(
      fileName,
      looksOurs
        ? `the hidden "${SHEETS.identity}" sheet that identifies this workbook was deleted, so its rows cannot be matched to the plan; nothing was read from it. Ask the agency for the workbook as it was sent, or copy their answers into a fresh copy`
        : 'this is not an update workbook sent by PlanDesk (it has no PlanDesk identity sheet)',
    );
  }
  const identity = readIdentity(identitySheet, fileName);
  const packageId = identity.values['package id'];
  const pkg = await db.selectFrom('exchange_packages').selectAll().where('id', '=', packageId).executeTakeFirst();
  if (!pkg) refuse(fileName, `it was not sent from this workspace (its package ${packageId} is unknown here)`);
  if (pkg.plan_id !== planId || identity.values['plan id'] !== planId) {
    refuse(fileName, `it belongs to another plan ("${identity.values['plan title']}"), not to this one`);
  }
  if (pkg.status === 'merged') {
    return refusedFile(path, sha256, `${fileName}: this workbook (${pkg.agency_label}, ${pkg.period_label}) was already merged on ${pkg.merged_at?.slice(0, 10)} by ${pkg.merged_by}`, pkg.id);
  }
  const sentRows = await db.selectFrom('exchange_package_rows').selectAll().where('package_id', '=', pkg.id).orderBy('position').execute();
  const sentKey = (r: { action_id: string; indicator_id: string; fingerprint: string }) => `${r.action_id}|${r.indicator_id}|${r.fingerprint}`;
  const fileKeys = identity.rows.map((r) => `${r.actionId}|${r.indicatorId}|${r.fingerprint}`).sort();
  const dbKeys = sentRows.map(sentKey).sort();
  if (fileKeys.length !== dbKeys.length || fileKeys.some((k, i) => k !== dbKeys[i])) {
    refuse(fileName, `its hidden identity sheet does not match the workbook PlanDesk sent (package ${pkg.id}), so its rows cannot be matched to the plan`);
  }
  if (!updateSheet) refuse(fileName, `the "${SHEETS.update}" sheet is missing; it was renamed or deleted`);

  // Columns are found by their header, so a column moved by hand is still read as what it is. A workbook sent before
  // the evidence column was added lacks it and the other columns shown only; only the columns answers are read from
  // are required.
  const known: readonly { readonly key: ReadKey; readonly header: string }[] = [...updateColumns(pkg.period_label), ...OLDER_COLUMNS];
  const columnOf = new Map<ReadKey, number>();
  for (let c = 1; c <= updateSheet.lastColumn; c += 1) {
    const text = contentText(updateSheet.cell(HEADER_ROW, c));
    const column = known.find((col) => col.header === text);
    if (column && !columnOf.has(column.key)) columnOf.set(column.key, c);
  }
  const headerOf = (key: ReadKey) => known.find((c) => c.key === key)!.header;
  const missingColumns = COLUMNS_READ.filter((key) => !columnOf.has(key)).map((key) => `"${headerOf(key)}"`);
  if (missingColumns.length > 0) refuse(fileName, `the "${SHEETS.update}" sheet lost its column(s) ${missingColumns.join(', ')}; its layout was changed, so it cannot be read safely`);
  const presentColumns = [...columnOf.keys()];

  const sentActionIds = [...new Set(sentRows.map((r) => r.action_id))];
  const plan = await loadPlanNow(db, planId, pkg.period_id, sentActionIds);
  const { fiscal_year_start_month: fiscalYearStartMonth } = await db.selectFrom('plans').select('fiscal_year_start_month').where('id', '=', planId).executeTakeFirstOrThrow();
  // Actions sent for the same period to another agency too: led jointly, each agency answers for its part.
  const jointly = new Set(
    (
      await db
        .selectFrom('exchange_package_rows')
        .innerJoin('exchange_packages', 'exchange_packages.id', 'exchange_package_rows.package_id')
        .select('exchange_package_rows.action_id')
        .distinct()
        .where('exchange_packages.plan_id', '=', planId)
        .where('exchange_packages.period_id', '=', pkg.period_id)
        .where('exchange_packages.agency_id', '!=', pkg.agency_id)
        .where('exchange_package_rows.action_id', 'in', sentActionIds.length > 0 ? sentActionIds : [''])
        .execute()
    ).map((r) => r.action_id),
  );
  const reading: Reading = { problems: [], changes: new Map(), writes: new Map() };
  const sentByKey = new Map(sentRows.map((r) => [`${r.action_id}|${r.indicator_id}`, { row: r, sent: JSON.parse(r.sent) as SentValues, carriesAction: false }]));
  // The first row of each action carries its action-level answers, as it was written.
  const firstOf = new Set<string>();
  for (const r of sentRows) {
    if (firstOf.has(r.action_id)) continue;
    firstOf.add(r.action_id);
    sentByKey.get(`${r.action_id}|${r.indicator_id}`)!.carriesAction = true;
  }
  const seen = new Map<string, number>();
  const sheetName = updateSheet.name;
  const problem = (severity: ReviewProblem['severity'], row: number, key: ReadKey | null, value: string | null, message: string) => {
    const column = key ? (columnOf.get(key) ?? null) : null;
    reading.problems.push({
      severity,
      sheet: sheetName,
      row,
      column: column ? columnLetterOf(column) : null,
      columnName: key ? headerOf(key) : null,
      value,
      message,
    });
  };
  const instructions = sheets.get(SHEETS.instructions);
  const signOff = instructions ? readReportedBy(instructions) : { reportedBy: null, problems: [] };
  reading.problems.push(...signOff.problems);

  if (updateSheet.stoppedAtRow !== null) {
    problem('warning', updateSheet.stoppedAtRow, null, null, `the sheet goes on past row ${RETURNED_ROW_LIMIT.toLocaleString('en')} (rows of empty formatted cells, most likely); nothing from row ${updateSheet.stoppedAtRow.toLocaleString('en')} on was read, since no update workbook is that long`);
  }
  for (let rowNumber = FIRST_DATA_ROW; rowNumber <= updateSheet.lastRow; rowNumber += 1) {
    // A column the workbook does not have (evidence, in an older one) reads as empty.
    const cell = (key: ReadKey): CellContent => {
      const column = columnOf.get(key);
      return column === undefined ? { kind: 'empty' } : updateSheet.cell(rowNumber, column);
    };
    const text = (key: ReadKey) => contentText(cell(key));
    const formula = (key: ReadKey) => {
      const column = columnOf.get(key);
      return column === undefined ? null : updateSheet.formula(rowNumber, column);
    };
    const anything = presentColumns.some((key) => cell(key).kind !== 'empty');
    if (!anything) continue;
    const actionId = text('actionId');
    const indicatorId = text('indicatorId');
    if (actionId === '') {
      const said = [text('code'), text('action')].filter(Boolean).join(' ');
      problem('error', rowNumber, null, said || null, `row ${rowNumber} is not a row PlanDesk sent (it has no hidden action id), so it cannot be matched to an action; ignored${said ? ` ("${said.slice(0, 80)}")` : ''}. New information belongs in "Progress in the period" of an existing action`);
      continue;
    }
    const key = `${actionId}|${indicatorId}`;
    const sent = sentByKey.get(key);
    if (!sent) {
      problem('error', rowNumber, null, null, `row ${rowNumber} carries an id that this workbook was not sent with; ignored`);
      continue;
    }
    if (seen.has(key)) {
      problem('error', rowNumber, null, null, `row ${rowNumber} repeats the row for ${sent.sent.code} ${sent.sent.indicator || sent.sent.title} already read on row ${seen.get(key)}; ignored`);
      continue;
    }
    seen.set(key, rowNumber);
    readRow(reading, { fileId: pkg.id, periodLabel: pkg.period_label, jointAgency: jointly.has(actionId) ? pkg.agency_label : null, issuedMonth: pkg.issued_at.slice(0, 7), dates: { fiscalYearStartMonth }, plan, rowNumber, sent: sent.sent, carriesAction: sent.carriesAction, actionId, indicatorId, cell, text, formula, has: (k) => columnOf.has(k), problem, letter: (k) => columnLetterOf(columnOf.get(k)!) });
  }
  for (const [key, sent] of sentByKey) {
    if (seen.has(key)) continue;
    reading.problems.push({
      severity: 'warning',
      sheet: sheetName,
      row: null,
      column: null,
      columnName: null,
      value: null,
      message: `the row for ${sent.sent.code} ${sent.sent.indicator ? `(${sent.sent.indicator}) ` : ''}was deleted from the sheet; nothing was read for it`,
    });
  }
  return {
    file: {
      fileId: pkg.id,
      path,
      fileName,
      sha256,
      source: {
        kind: 'exchange',
        packageId: pkg.id,
        agency: { id: pkg.agency_id, label: pkg.agency_label },
        period: { id: pkg.period_id, label: pkg.period_label },
        issuedAt: pkg.issued_at,
        issuedBy: pkg.issued_by,
      },
      refused: null,
      problems: reading.problems,
      groups: [...reading.changes.values()].map((g) => ({ ...g.group, changes: g.changes })).filter((g) => g.changes.length > 0),
      reportedBy: signOff.reportedBy,
    },
    packageId: pkg.id,
    periodId: pkg.period_id,
    agencyLabel: pkg.agency_label,
    writes: reading.writes,
    jointlyLed: jointly,
  };
}

interface RowInput {
  readonly fileId: string;
  /** The agency answering, when the action is led jointly (it answers for its own part); else null. */
  readonly jointAgency: string | null;
  readonly periodLabel: string;
  /** The month the workbook was sent: a new end far beyond it is flagged. */
  readonly issuedMonth: string;
  /** How the plan reads dates: its fiscal year ("FY 2026-27" as a new end is its last month). */
  readonly dates: DateReading;
  readonly plan: PlanNow;
  readonly rowNumber: number;
  readonly sent: SentValues;
  readonly carriesAction: boolean;
  readonly actionId: string;
  readonly indicatorId: string;
  cell(key: ReadKey): CellContent;
  text(key: ReadKey): string;
  /** The formula of a cell the spreadsheet computed (never run here); null for a typed value. */
  formula(key: ReadKey): string | null;
  /** Whether the workbook has that column (older ones lack the evidence column). */
  has(key: ReadKey): boolean;
  /** The column letter where the sheet holds that column. */
  letter(key: ReadKey): string;
  problem(severity: ReviewProblem['severity'], row: number, key: ReadKey | null, value: string | null, message: string): void;
}

function readRow(reading: Reading, input: RowInput): void {
  const { plan, rowNumber, sent, actionId, indicatorId, problem, text } = input;
  const action = plan.actions.get(actionId);
  if (!action) {
    problem('warning', rowNumber, null, null, `${sent.code} ${sent.title} was deleted from the plan since the workbook was sent; its row is ignored`);
    return;
  }
  const indicator = indicatorId ? (plan.indicatorsOf.get(actionId) ?? []).find((i) => i.id === indicatorId) : undefined;
  const now = rowValues(plan, action, indicator ?? null);
  // Locked cells edited anyway (the sheet was unprotected): the row still matches by id, but say so.
  const locked = [['code', sent.code], ['indicator', sent.indicator], ['baselineTarget', baselineTargetWords(sent)], ['baseline', sent.baseline], ['target', sent.target]] as const;
  for (const [key, was] of locked) {
    if (!input.has(key)) continue;
    const value = text(key);
    if (value !== was.trim() && !(value === '' && was === '')) {
      problem('warning', rowNumber, key, value, `this locked cell was changed from "${was}"; the plan keeps its own value (the row is matched by its hidden id)`);
    }
  }

  const evidence = freeText(input, 'evidence', MAX_TEXT.evidence);
  let changed = false;
  const add = (field: string, label: string, key: UpdateColumnKey, change: Omit<ProposedChange, 'id' | 'field' | 'label' | 'cell' | 'entity' | 'entityId' | 'evidence'>, write: PlannedWrite, entity: 'action' | 'indicator', entityId: string) => {
    changed = true;
    const id = changeIdOf(input.fileId, entityId, field);
    let group = reading.changes.get(actionId);
    if (!group) {
      group = { group: { key: actionId, entity: 'action', entityId: actionId, code: action.code, title: action.title, changes: [] }, changes: [] };
      reading.changes.set(actionId, group);
    }
    group.changes.push({ id, entity, entityId, field, label, cell: `${input.letter(key)}${rowNumber}`, ...change, evidence });
    reading.writes.set(id, write);
  };

  const perActionKeys: UpdateColumnKey[] = ['status', 'narrative', 'newEnd', 'newEndReason', 'support'];
  if (!input.carriesAction) {
    for (const key of perActionKeys) {
      const value = text(key);
      if (value !== '') problem('warning', rowNumber, key, value, `this is asked once per action, on its first row; the value here was ignored`);
    }
  }

  if (input.carriesAction) {
    // Status
    const statusText = text('status');
    const statusCell = input.cell('status');
    if (statusCell.kind === 'problem') problem('error', rowNumber, 'status', null, `the status cell ${statusCell.problem}`);
    else if (statusText !== '') {
      const status = statusFromChoice(statusText);
      if (!status) {
        problem('error', rowNumber, 'status', statusText, `"${statusText}" is not a status; choose one of ${Object.values(STATUS_LABELS).join(', ')}`);
      } else if (status !== action.status || STATUS_LABELS[status] !== action.status_text) {
        add('status', 'Status', 'status', {
          oldValue: statusWords(action.status, action.status_text),
          newValue: STATUS_LABELS[status],
          sentValue: statusWords(sent.status, sent.statusText),
          conflict: action.status !== sent.status || action.status_text !== sent.statusText ? `The plan's status changed since the workbook was sent (${statusWords(sent.status, sent.statusText)} → ${statusWords(action.status, action.status_text)})` : null,
          note: null,
        }, { kind: 'status', actionId, status }, 'action', actionId);
      }
    }

    // Proposed new end date, with its reason
    const reason = freeText(input, 'newEndReason', Number.POSITIVE_INFINITY) ?? '';
    const end = monthOfCell(input.cell('newEnd'), input.dates);
    if (end && 'error' in end) problem('error', rowNumber, 'newEnd', text('newEnd'), end.error);
    else if (end) {
      if (action.start_month && end.month < action.start_month) {
        problem('error', rowNumber, 'newEnd', text('newEnd'), `the new end date (${formatMonth(end.month)}) would be before the action's start (${formatMonth(action.start_month)})`);
      } else if (end.month !== action.revised_end_month) {
        const endWords = (revised: string | null, original: string | null, open: boolean) =>
          revised ? formatMonth(revised) : `none (end ${open ? 'Continue' : original ? formatMonth(original) : 'not set'})`;
        add('revisedEnd', 'Revised end date', 'newEnd', {
          oldValue: endWords(action.revised_end_month, action.end_month, action.end_open === 1),
          newValue: formatMonth(end.month),
          sentValue: endWords(sent.revisedEnd, sent.end, sent.endOpen),
          conflict: action.revised_end_month !== sent.revisedEnd || action.end_month !== sent.end ? `The plan's end date changed since the workbook was sent (${endWords(sent.revisedEnd, sent.end, sent.endOpen)} → ${endWords(action.revised_end_month, action.end_month, action.end_open === 1)})` : null,
          note: reason || null,
        }, { kind: 'revisedEnd', actionId, month: end.month, reason }, 'action', actionId);
        if (reason === '') problem('warning', rowNumber, 'newEndReason', null, 'a new end date was proposed without a reason');
        // Plausible but unusual: a revised end that brings the end forward, or one decades away (a mistyped year).
        if (action.end_month && end.month < action.end_month) {
          problem('warning', rowNumber, 'newEnd', text('newEnd'), `the new end date (${formatMonth(end.month)}) is before the planned end (${formatMonth(action.end_month)}); check that it is meant`);
        }
        if (end.month > addMonths(input.issuedMonth, LATEST_NEW_END_YEARS * 12)) {
          problem('warning', rowNumber, 'newEnd', text('newEnd'), `the new end date (${formatMonth(end.month)}) is more than ${LATEST_NEW_END_YEARS} years after the workbook was sent; check the year`);
        }
      }
    } else if (reason !== '') {
      problem('warning', rowNumber, 'newEndReason', reason, 'a reason was given but no new end date; the reason was ignored');
    }
    if (reason.length > MAX_TEXT.newEndReason) problem('warning', rowNumber, 'newEndReason', null, `the reason is ${reason.length} characters long (the sheet allows ${MAX_TEXT.newEndReason})`);

    // Narrative and support needed: the period's progress for the action.
    // Led jointly: the agency's own paragraph is what it answers, compared and written apart from the others'.
    const joint = input.jointAgency;
    const part = (text: string) => (joint === null ? text : paragraphOf(text, joint));
    // Each agency's answer is kept under its name (joint-narratives.ts): the label says whose part this is.
    const partWords = joint === null ? '' : `, ${joint}'s part (led jointly)`;
    for (const [key, field, label, current, was] of [
      ['narrative', 'narrative', `Progress in ${input.periodLabel}${partWords}`, part(now.narrative), part(sent.narrative)],
      ['support', 'supportNeeded', `Support needed (${input.periodLabel})${partWords}`, part(now.support), part(sent.support)],
    ] as const) {
      const value = freeText(input, key, MAX_TEXT[key]) ?? '';
      if (value === '' || value === current) continue;
      add(field, label, key, {
        oldValue: current || null,
        newValue: value,
        sentValue: was || null,
        conflict: current !== was ? `The plan's ${field === 'narrative' ? 'progress narrative' : 'support needed'} for ${input.periodLabel} changed since the workbook was sent` : null,
        note: null,
      }, field === 'narrative' ? { kind: 'narrative', actionId, text: value, jointAgency: joint } : { kind: 'supportNeeded', actionId, text: value, jointAgency: joint }, 'action', actionId);
    }
  }

  // The indicator's actual value for the period.
  const actualCell = input.cell('actual');
  if (actualCell.kind === 'problem') {
    problem('error', rowNumber, 'actual', null, `the actual value cell ${actualCell.problem}`);
  } else if (actualCell.kind !== 'empty') {
    const value = contentText(actualCell);
    if (!indicatorId) {
      problem('warning', rowNumber, 'actual', value, 'this action has no indicator; the actual value was ignored');
    } else if (!indicator) {
      problem('warning', rowNumber, 'actual', value, `the indicator "${sent.indicator}" was deleted from the plan since the workbook was sent; its actual value was ignored`);
    } else {
      const kind = indicator.kind as IndicatorKind;
      const read = value.length > MAX_TEXT.actual ? { error: `the value is ${value.length} characters long; at most ${MAX_TEXT.actual} are taken` } : readIndicatorValue(value, kind);
      if ('error' in read) {
        problem('error', rowNumber, 'actual', value, `${read.error}; the indicator "${indicator.name}" takes ${kindWords(kind)}`);
      } else if (value !== now.actual) {
        add('actual', `Actual for ${input.periodLabel} (${indicator.name})`, 'actual', {
          oldValue: now.actual || null,
          newValue: value,
          sentValue: sent.actual || null,
          conflict: now.actual !== sent.actual ? `The plan's actual for ${input.periodLabel} changed since the workbook was sent (${sent.actual || 'none'} → ${now.actual || 'none'})` : null,
          note: null,
        }, { kind: 'actual', actionId, indicatorId, text: value }, 'indicator', indicatorId);
      }
    }
  }
  if (evidence !== null && !changed) {
    problem('warning', rowNumber, 'evidence', shortText(evidence), 'evidence was given on a row that changes nothing in the plan; it is not recorded');
  }
}

/** A long text as a problem shows it: its start. */
function shortText(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * The text of a free-text cell (narrative, support needed, evidence, a reason). A formula is never run: its own text
 * is taken, without the sign that would make a spreadsheet run it again, and a warning names the cell. A cell holding
 * an error value, or more than `max` characters, is refused (an error naming it) and null returned: the rest of its
 * row is still read.
 */
function freeText(input: RowInput, key: UpdateColumnKey, max: number): string | null {
  const content = input.cell(key);
  if (content.kind === 'problem') {
    input.problem('error', input.rowNumber, key, null, `the cell ${content.problem}`);
    return null;
  }
  const formula = input.formula(key);
  const value = formula === null ? contentText(content) : formulaAsText(formula);
  if (value === '') return null;
  if (value.length > max) {
    input.problem('error', input.rowNumber, key, shortText(value), `the text is ${value.length.toLocaleString('en')} characters long; at most ${max.toLocaleString('en')} are taken, so this cell was not read${key === 'evidence' ? ' (give a reference or a link rather than the document itself)' : ''}`);
    return null;
  }
  if (formula !== null) {
    input.problem('warning', input.rowNumber, key, shortText(value), `the cell holds a formula (=${shortText(formula)}); formulas in returned workbooks are never run: its text is taken as written, without the "="`);
  }
  return value;
}

function kindWords(kind: IndicatorKind): string {
  switch (kind) {
    case 'percent':
      return 'a percentage';
    case 'number':
      return 'a number';
    case 'yes_no':
      return 'YES or NO';
    case 'ratio':
      return 'a ratio such as 57/125';
    case 'date':
      return 'a month';
    case 'text':
      return 'text';
  }
}

