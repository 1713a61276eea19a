// Writes one agency's update workbook: the instructions, the update sheet (identity columns locked, update
// columns open, dropdowns and checks on what can be typed, set to print on A4 landscape), and the very hidden
// identity sheet that lets PlanDesk match every returned row to its action by internal id.
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../files/new-workbook';
import type { DeliveryRating, IndicatorKind } from '../../../shared/domain';
import { formatMonth } from '../../../shared/months';
import { assertNever } from '../../../shared/result';
import { RATING_LABELS, RATING_SHAPES } from '../../../shared/vocab/ratings';
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  IDENTITY_ROW_HEADER,
  MAX_TEXT,
  REPORTED_BY,
  SHEETS,
  STATUS_CHOICES,
  TITLE_ROW,
  UPDATE_WORKBOOK_FORMAT,
  columnLetterOf,
  updateColumns,
  type IdentityField,
  type UpdateColumnKey,
} from './workbook-layout';

/** The values a row was sent with: kept in the database to tell, later, whether the plan changed since. */
export interface SentValues {
  readonly code: string;
  readonly title: string;
  readonly indicator: string;
  readonly kind: IndicatorKind | null;
  readonly baseline: string;
  readonly target: string;
  readonly timeline: string;
  readonly end: string | null;
  readonly endOpen: boolean;
  readonly revisedEnd: string | null;
  readonly status: string | null;
  readonly statusText: string;
  /** The indicator's actual for the period, as recorded when sent. */
  readonly actual: string;
  /** The action's progress narrative and support needed for the period, as recorded when sent. */
  readonly narrative: string;
  readonly support: string;
}

/** What was reported for an earlier period. */
export interface EarlierReport {
  readonly text: string;
  /** The period it was reported for ("FY 2024-25"). */
  readonly period: string;
}

export interface RowContext {
  /** The indicator's latest actual of a period ended before this one; null for none (or no indicator). */
  readonly lastActual: EarlierReport | null;
  /** The action's latest progress narrative of a period ended before this one. */
  readonly lastNarrative: EarlierReport | null;
  /** "Dec 2020", "2020" (a year only), "Continue", or '' when the plan has no end. */
  readonly plannedEnd: string;
  readonly revisedEnd: string;
  /** Whole months past its end (the revised end where there is one) and not completed; null when not overdue. */
  readonly monthsOverdue: number | null;
  /** The action's delivery rating as the app shows it now; null when not rated. */
  readonly rating: DeliveryRating | null;
}

export interface WorkbookRow {
  readonly actionId: string;
  /** '' for an action without an indicator. */
  readonly indicatorId: string;
  /** The first row of its action: the one whose action-level cells (status, narrative, end date) are open. */
  readonly carriesAction: boolean;
  readonly sent: SentValues;
  readonly fingerprint: string;
  /** Shown beside the row (last period, overdue, ends, rating); not read back. */
  readonly context: RowContext;
}

export interface UpdateWorkbookContent {
  readonly packageId: string;
  readonly planId: string;
  readonly planTitle: string;
  readonly agency: { readonly id: string; readonly label: string; readonly name: string };
  readonly period: { readonly id: string; readonly label: string; readonly start: string; readonly end: string };
  readonly issuedAt: string;
  readonly issuedBy: string;
  readonly dueDate: string | null;
  readonly contact: string;
  readonly rows: readonly WorkbookRow[];
}

const FONT = 'Calibri';
const LOCKED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const OPEN_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF9DB' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const OPEN_HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF7F6000' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** "31 January 2027" from YYYY-MM-DD. */
export function longDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const month = new Date(Date.UTC(y!, (m ?? 1) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${d} ${month} ${y}`;
}

export function actualHint(kind: IndicatorKind | null): string {
  switch (kind) {
    case 'percent':
      return 'A percentage, such as 97% or 97.';
    case 'number':
      return 'A number, such as 640.';
    case 'yes_no':
      return 'YES or NO.';
    case 'ratio':
      return 'A ratio, such as 57/125.';
    case 'date':
      return 'A month, such as Jun 2026.';
    case 'text':
      return 'A short text.';
    case null:
      return 'This action has no indicator.';
  }
}

function periodWords(period: UpdateWorkbookContent['period']): string {
  return `${period.label} (${formatMonth(period.start)} to ${formatMonth(period.end)})`;
}

function addInstructions(workbook: ExcelJS.Workbook, content: UpdateWorkbookContent, columnsLetters: Record<UpdateColumnKey, string>): void {
  const sheet = workbook.addWorksheet(SHEETS.instructions, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 } },
    views: [{ showGridLines: false }],
  });
  sheet.getColumn(1).width = 26;
  sheet.getColumn(2).width = 70;
  const due = content.dueDate ? longDate(content.dueDate) : 'the date the PMU gave you';
  const lines: [string, string][] = [
    ['Plan', content.planTitle],
    ['Agency', `${content.agency.name}${content.agency.label !== content.agency.name ? ` (${content.agency.label})` : ''}`],
    ['Reporting period', periodWords(content.period)],
    ['Please return by', due],
    ['Return to / questions', content.contact || 'the e-Government PMU'],
    ['Sent on', `${content.issuedAt.slice(0, 10)} by ${content.issuedBy}`],
  ];
  const title = sheet.getCell('A1');
  title.value = 'Progress update: what to fill in';
  title.font = { name: FONT, size: 16, bold: true, color: { argb: 'FF1F4E79' } };
  sheet.mergeCells('A1:B1');
  let row = 3;
  for (const [label, value] of lines) {
    sheet.getCell(row, 1).value = label;
    sheet.getCell(row, 1).font = { name: FONT, bold: true };
    sheet.getCell(row, 2).value = value;
    sheet.getCell(row, 2).alignment = { wrapText: true, vertical: 'top' };
    row += 1;
  }
  row += 1;
  const steps = [
    `The sheet "${SHEETS.update}" lists the actions your agency leads, one row per indicator. The grey columns are the plan as the PMU holds it, with what was reported for an earlier period, how many months the action is overdue, its planned and revised end and its delivery rating; they are locked.`,
    `Fill in the yellow columns only, for the period ${content.period.label}. Leave a cell empty when nothing changed.`,
    `Status now (column ${columnsLetters.status}): choose from the list: ${STATUS_CHOICES.join(', ')}.`,
    `Actual value (column ${columnsLetters.actual}): the indicator's value at the end of the period, written as the target is (a number, a percentage such as 97%, YES or NO, or a ratio such as 57/125).`,
    `Progress in the period (column ${columnsLetters.narrative}): what was done, in a few sentences.`,
    `Evidence (column ${columnsLetters.evidence}): where the PMU can check what the row reports: a document or letter reference, or a link. Text only, at most ${MAX_TEXT.evidence.toLocaleString('en')} characters.`,
    `Proposed new end date (column ${columnsLetters.newEnd}): only if the action cannot finish by its end date; write a month such as Jun 2027, and give the reason in column ${columnsLetters.newEndReason}.`,
    `Support needed (column ${columnsLetters.support}): what your agency needs from the PMU or others to progress.`,
    'Status, progress, end date and support are asked once per action, on its first row; when an action has several indicators, the rows below it ask for their actual values (and evidence) only.',
    'Do not add, delete or move rows, and do not rename the sheets or the file\'s hidden parts: PlanDesk matches each row to its action when the workbook comes back. Anything else to report goes in "Progress in the period".',
    `Fill in "${REPORTED_BY.heading}" below: the name, position and date of the person who answers for this return.`,
    'Save the file as .xlsx (Excel or LibreOffice) and send it back as it is.',
  ];
  sheet.getCell(row, 1).value = 'How to fill it in';
  sheet.getCell(row, 1).font = { name: FONT, bold: true, size: 12 };
  row += 1;
  steps.forEach((step, index) => {
    sheet.getCell(row, 1).value = `${index + 1}.`;
    sheet.getCell(row, 1).alignment = { horizontal: 'right', vertical: 'top' };
    const cell = sheet.getCell(row, 2);
    cell.value = step;
    cell.alignment = { wrapText: true, vertical: 'top' };
    // Rows do not grow to fit wrapped text by themselves in every spreadsheet program.
    sheet.getRow(row).height = Math.max(15, Math.ceil(step.length / 72) * 14 + 2);
    row += 1;
  });
  addReportedBy(sheet, row + 1);
  void sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}

/** The sign-off: who answers for the return. Its three answers are open cells; the reader finds them by their labels. */
function addReportedBy(sheet: ExcelJS.Worksheet, first: number): void {
  const heading = sheet.getCell(first, 1);
  heading.value = REPORTED_BY.heading;
  heading.font = { name: FONT, bold: true, size: 12 };
  sheet.getCell(first, 2).value = 'Who answers for this return (fill in before sending it back)';
  sheet.getCell(first, 2).font = { name: FONT, italic: true, color: { argb: 'FF595959' } };
  const lines = [
    [REPORTED_BY.name, 'Your full name.'],
    [REPORTED_BY.position, 'Your position, such as Chief ICT Officer, ICT Division.'],
    [REPORTED_BY.date, 'The date you send the return, such as 20 Jan 2027.'],
  ] as const;
  lines.forEach(([label, prompt], index) => {
    const row = first + 1 + index;
    sheet.getCell(row, 1).value = label;
    sheet.getCell(row, 1).font = { name: FONT, bold: true };
    sheet.getCell(row, 1).alignment = { horizontal: 'right' };
    const answer = sheet.getCell(row, 2);
    answer.protection = { locked: false };
    answer.fill = OPEN_FILL;
    answer.border = BORDER;
    sheet.getRow(row).height = 20;
    answer.dataValidation =
      label === REPORTED_BY.date
        ? { type: 'date', operator: 'between', allowBlank: true, formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))], showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Date', error: 'Write a date, such as 20 Jan 2027.', showInputMessage: true, promptTitle: 'Date', prompt }
        : { type: 'textLength', operator: 'lessThanOrEqual', allowBlank: true, formulae: [200], showErrorMessage: true, errorStyle: 'stop', error: 'At most 200 characters.', showInputMessage: true, promptTitle: label, prompt };
    if (label === REPORTED_BY.date) answer.numFmt = 'd mmm yyyy';
  });
}

/** "95% → 98%": an indicator's baseline and target in one cell. */
export function baselineTargetWords(sent: Pick<SentValues, 'baseline' | 'target'>): string {
  return sent.baseline || sent.target ? `${sent.baseline || '–'} → ${sent.target || '–'}` : '';
}

/** At most this much of an earlier narrative is shown: the row must still print on its page. */
const EARLIER_NARRATIVE_SHOWN = 400;

function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40)).trimEnd()} …`;
}

/** "Actual: 97% (FY 2024-25)", then the action's narrative on its first row. */
function lastReportedWords(row: WorkbookRow): string {
  const { lastActual, lastNarrative } = row.context;
  const lines: string[] = [];
  if (lastActual) lines.push(`Actual: ${lastActual.text} (${lastActual.period})`);
  if (row.carriesAction && lastNarrative) lines.push(`${lastNarrative.period}: ${shortened(lastNarrative.text, EARLIER_NARRATIVE_SHOWN)}`);
  return lines.join('\n');
}

function cellValueOf(key: UpdateColumnKey, row: WorkbookRow): string {
  const s = row.sent;
  const c = row.context;
  switch (key) {
    case 'actionId':
      return row.actionId;
    case 'indicatorId':
      return row.indicatorId;
    case 'code':
      return s.code;
    case 'action':
      return row.carriesAction ? s.title : `${s.title} (continued)`;
    case 'indicator':
      return s.indicator;
    case 'baselineTarget':
      return baselineTargetWords(s);
    case 'plannedEnd':
      return row.carriesAction ? c.plannedEnd : '';
    case 'revisedEnd':
      return row.carriesAction ? c.revisedEnd : '';
    case 'monthsOverdue':
      return row.carriesAction && c.monthsOverdue !== null ? String(c.monthsOverdue) : '';
    case 'rating':
      return row.carriesAction && c.rating ? `${RATING_SHAPES[c.rating]} ${RATING_LABELS[c.rating]}` : '';
    case 'currentStatus':
      return row.carriesAction ? s.statusText : '';
    case 'lastReported':
      return lastReportedWords(row);
    case 'status':
    case 'actual':
    case 'narrative':
    case 'evidence':
    case 'newEnd':
    case 'newEndReason':
    case 'support':
      return '';
    default:
      return assertNever(key, 'update column');
  }
}

/** Lines a text takes in a column of `width` characters, each paragraph wrapped on its own. */
function linesOf(text: string, width: number): number {
  if (text === '') return 1;
  return text.split('\n').reduce((n, paragraph) => n + Math.max(1, Math.ceil(paragraph.length / Math.max(width - 1, 1))), 0);
}

function lettersOf(periodLabel: string): Record<UpdateColumnKey, string> {
  return Object.fromEntries(updateColumns(periodLabel).map((c, i) => [c.key, columnLetterOf(i + 1)])) as Record<UpdateColumnKey, string>;
}

function addUpdateSheet(workbook: ExcelJS.Workbook, content: UpdateWorkbookContent): void {
  const columns = updateColumns(content.period.label);
  const letters = lettersOf(content.period.label);
  const lastColumn = columnLetterOf(columns.length);
  const sheet = workbook.addWorksheet(SHEETS.update, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${TITLE_ROW}:${HEADER_ROW}`,
      printArea: `${letters.code}1:${lastColumn}${Math.max(FIRST_DATA_ROW, FIRST_DATA_ROW + content.rows.length - 1)}`,
    },
    headerFooter: {
      oddFooter: `&L${content.agency.label} · ${content.period.label}&CPage &P of &N&RPlanDesk update workbook`,
    },
    views: [{ state: 'frozen', xSplit: 4, ySplit: HEADER_ROW, topLeftCell: `E${FIRST_DATA_ROW}`, activeCell: `${letters.status}${FIRST_DATA_ROW}` }],
  });
  columns.forEach((column, index) => {
    const c = sheet.getColumn(index + 1);
    c.width = column.width;
    c.hidden = column.hidden === true;
  });

  const title = sheet.getCell(`${letters.code}${TITLE_ROW}`);
  const due = content.dueDate ? ` · please return by ${longDate(content.dueDate)}` : '';
  title.value = `${content.agency.label}: progress update for ${content.period.label}${due}`;
  title.font = { name: FONT, size: 13, bold: true, color: { argb: 'FF1F4E79' } };
  sheet.mergeCells(`${letters.code}${TITLE_ROW}:${lastColumn}${TITLE_ROW}`);
  sheet.getRow(TITLE_ROW).height = 22;

  const header = sheet.getRow(HEADER_ROW);
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { name: FONT, bold: true, color: { argb: 'FFFFFFFF' }, size: 10 };
    cell.fill = column.open ? OPEN_HEADER_FILL : HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.border = BORDER;
  });
  header.height = 44;

  content.rows.forEach((row, index) => {
    const r = sheet.getRow(FIRST_DATA_ROW + index);
    let lines = 1;
    columns.forEach((column, columnIndex) => {
      const cell = r.getCell(columnIndex + 1);
      const value = cellValueOf(column.key, row);
      cell.value = value;
      // Text format on identity cells keeps codes such as "5.1.10" from turning into numbers.
      cell.numFmt = '@';
      cell.font = { name: FONT, size: 10, color: { argb: row.carriesAction || column.open ? 'FF000000' : 'FF7F7F7F' } };
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.border = BORDER;
      const open = column.open && (row.carriesAction || column.perAction !== true) && !(column.key === 'actual' && row.indicatorId === '');
      if (open) {
        cell.protection = { locked: false };
        cell.fill = OPEN_FILL;
        addValidation(cell, column.key, content, row);
      } else {
        cell.fill = LOCKED_FILL;
      }
      if (!column.hidden) lines = Math.max(lines, linesOf(value, column.width));
    });
    // Wrapped text needs room: rows are sized for their longest cell and for a few lines of answer (409 points is
    // the most a spreadsheet row can be).
    r.height = Math.min(Math.max(lines, row.carriesAction ? 3 : 1) * 13 + 4, 409);
  });

  void sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: false,
    formatColumns: false,
    formatRows: true,
    insertRows: false,
    insertColumns: false,
    deleteRows: false,
    deleteColumns: false,
    sort: false,
    autoFilter: false,
  });
}

function addValidation(cell: ExcelJS.Cell, key: UpdateColumnKey, content: UpdateWorkbookContent, row: WorkbookRow): void {
  switch (key) {
    case 'status':
      cell.dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${STATUS_CHOICES.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'Status',
        error: `Choose one of: ${STATUS_CHOICES.join(', ')}.`,
        showInputMessage: true,
        promptTitle: 'Status now',
        prompt: 'Choose from the list; leave empty if unchanged.',
      };
      return;
    case 'newEnd':
      cell.numFmt = 'mmm yyyy';
      cell.dataValidation = {
        type: 'date',
        operator: 'between',
        allowBlank: true,
        formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'Proposed new end date',
        error: 'Write a month, such as Jun 2027.',
        showInputMessage: true,
        promptTitle: 'Proposed new end date',
        prompt: 'Only if the end date must move: a month such as Jun 2027, with the reason in the next column.',
      };
      return;
    case 'actual':
      cell.numFmt = 'General';
      cell.dataValidation =
        row.sent.kind === 'yes_no'
          ? { type: 'list', allowBlank: true, formulae: ['"YES,NO"'], showErrorMessage: true, errorStyle: 'stop', error: 'Choose YES or NO.', showInputMessage: true, promptTitle: 'Actual value', prompt: actualHint(row.sent.kind) }
          : { type: 'textLength', operator: 'lessThanOrEqual', allowBlank: true, formulae: [MAX_TEXT.actual], showErrorMessage: true, errorStyle: 'stop', error: `At most ${MAX_TEXT.actual} characters.`, showInputMessage: true, promptTitle: `Actual for ${content.period.label}`, prompt: `${actualHint(row.sent.kind)} Target: ${row.sent.target || 'none'}.` };
      return;
    case 'narrative':
    case 'newEndReason':
    case 'support': {
      const max = MAX_TEXT[key];
      cell.dataValidation = { type: 'textLength', operator: 'lessThanOrEqual', allowBlank: true, formulae: [max], showErrorMessage: true, errorStyle: 'stop', error: `At most ${max} characters.` };
      return;
    }
    case 'evidence':
      cell.dataValidation = {
        type: 'textLength',
        operator: 'lessThanOrEqual',
        allowBlank: true,
        formulae: [MAX_TEXT.evidence],
        showErrorMessage: true,
        errorStyle: 'stop',
        error: `At most ${MAX_TEXT.evidence} characters: give a reference or a link rather than the document itself.`,
        showInputMessage: true,
        promptTitle: 'Evidence',
        prompt: 'A document or letter reference, or a link, that shows what this row reports.',
      };
      return;
    default:
      return;
  }
}

function addIdentitySheet(workbook: ExcelJS.Workbook, content: UpdateWorkbookContent): void {
  const sheet = workbook.addWorksheet(SHEETS.identity, { state: 'veryHidden' });
  const values: Record<IdentityField, string> = {
    format: UPDATE_WORKBOOK_FORMAT,
    'package id': content.packageId,
    'plan id': content.planId,
    'plan title': content.planTitle,
    'agency id': content.agency.id,
    agency: content.agency.label,
    'period id': content.period.id,
    period: content.period.label,
    'issued at': content.issuedAt,
    'issued by': content.issuedBy,
    'due date': content.dueDate ?? '',
  };
  const entries = Object.entries(values);
  entries.forEach(([key, value], index) => {
    sheet.getCell(index + 1, 1).value = key;
    sheet.getCell(index + 1, 2).value = value;
  });
  const headerRow = entries.length + 2;
  IDENTITY_ROW_HEADER.forEach((text, index) => {
    sheet.getCell(headerRow, index + 1).value = text;
  });
  content.rows.forEach((row, index) => {
    const r = sheet.getRow(headerRow + 1 + index);
    r.getCell(1).value = FIRST_DATA_ROW + index;
    r.getCell(2).value = row.actionId;
    r.getCell(3).value = row.indicatorId;
    r.getCell(4).value = row.fingerprint;
  });
  void sheet.protect('', { selectLockedCells: false, selectUnlockedCells: false });
}

export async function writeUpdateWorkbook(content: UpdateWorkbookContent): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  workbook.creator = `PlanDesk (${content.issuedBy})`;
  workbook.created = new Date(content.issuedAt);
  workbook.title = `${content.agency.label}: progress update for ${content.period.label}`;
  // Sheets are created in tab order; the layout is fixed, so the instructions can name the update sheet's
  // column letters before that sheet exists.
  addInstructions(workbook, content, lettersOf(content.period.label));
  addUpdateSheet(workbook, content);
  addIdentitySheet(workbook, content);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
