// The whole plan in its own spreadsheet layout, as the PMU's plan sheet has it (see the sample
// egov-monitoring-plan.tsv): a title row, the header with "Timeline" over "Start date" / "End date", then one
// row per indicator, the chapter and statement written on their first row only, further indicators of an action
// on rows without an action title. PlanDesk's spreadsheet importer reads this layout back.
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../files/new-workbook';
import { AppError } from '../../../shared/result';
import { FUND_LABELS, STATUS_LABELS } from '../../../shared/vocab/status';
import type { DbOrTx } from '../db/schema';
import { exportPlanFile } from '../planfile/export-plan-file';
import type { PlanFileAction, PlanFileAgency, PlanFilePlan } from '../planfile/format';
import { readTimeline } from '../import/timeline';
import { toCsv } from './csv';
import { sheetNameOf } from './grid-view';

export const PLAN_LAYOUT_HEADER = [
  'Policy Reforms/Chapters',
  'Policy statement',
  'Action',
  'Indicator',
  'Baseline',
  'Target',
  'Timeline',
  '',
  'Lead Agency',
  'Collaborating Agencies',
  'Fund(committed/uncommitted)',
  'Implementation status',
  'Remarks',
] as const;
const SUB_HEADER = ['', '', '', '', '', '', 'Start date', 'End date', '', '', '', '', ''];
const WIDTHS = [18, 30, 34, 24, 10, 12, 13, 13, 16, 18, 18, 14, 48];

function joined(code: string, text: string): string {
  return [code, text].filter((part) => part.trim() !== '').join(' ');
}

/** "January 2018" as the plan writes months, "2022" when only the year is known. */
function monthWords(month: string | null, precision: 'month' | 'year'): string {
  if (!month) return '';
  if (precision === 'year') return month.slice(0, 4);
  const [year, number] = month.split('-').map(Number);
  const name = new Date(Date.UTC(year!, number! - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${name} ${year}`;
}

function endWords(action: PlanFileAction): string {
  if (action.endOpen) return 'Continue';
  return monthWords(action.end, action.endPrecision);
}

/**
 * The start and end cells: in the analyst's own words (the timeline as it was imported) while they still read
 * as the stored dates, else in the plan's words; a revised end follows the end ("June 2020 (revised end January
 * 2023)"), which the importer reads back.
 */
function timelineCells(action: PlanFileAction): [string, string] {
  let [start, end] = [monthWords(action.start, action.startPrecision), endWords(action)];
  const written = action.timelineText.split(' – ');
  if (written.length === 2 || written.length === 3) {
    const own = readTimeline({ start: written[0], end: written[1], revisedEnd: written[2] });
    const same = own.start === action.start && own.end === action.end && own.endOpen === action.endOpen && own.revisedEnd === action.revisedEnd;
    if (same && own.startPrecision === action.startPrecision && own.endPrecision === action.endPrecision) [start, end] = [written[0]!, written[1]!];
  }
  if (action.revisedEnd) end = `${end} (revised end ${monthWords(action.revisedEnd, 'month')})`;
  return [start, end];
}

function fundWords(action: PlanFileAction): string {
  if (action.fund.note.trim() !== '') return action.fund.note;
  return action.fund.status ? FUND_LABELS[action.fund.status] : '';
}

function statusWords(action: PlanFileAction): string {
  if (action.statusText.trim() !== '') return action.statusText;
  return action.status ? STATUS_LABELS[action.status] : '';
}

/** A row with one cell filled, as wide as the layout. */
function lone(text: string, column = 0): string[] {
  return PLAN_LAYOUT_HEADER.map((_, i) => (i === column ? text : ''));
}

/**
 * Every row of the sheet: the title (and the plan's description under it, where it has one), both header rows,
 * the plan, and the agencies it names with their full names, as the sample sheet lists its stakeholders.
 */
export function planLayoutRows(plan: PlanFilePlan, agencies: readonly PlanFileAgency[] = []): string[][] {
  const rows: string[][] = [[plan.title]];
  if (plan.description.trim() !== '') rows.push([plan.description]);
  rows.push([...PLAN_LAYOUT_HEADER], [...SUB_HEADER]);
  for (const chapter of plan.chapters) {
    let chapterCell = joined(chapter.code, chapter.title);
    for (const statement of chapter.statements) {
      let statementCell = joined(statement.code, statement.text);
      if (statement.actions.length === 0) {
        rows.push([chapterCell, statementCell, '', '', '', '', '', '', '', '', '', '', '']);
        chapterCell = '';
        continue;
      }
      for (const action of statement.actions) {
        const lines = action.indicators.length > 0 ? action.indicators : [null];
        lines.forEach((indicator, index) => {
          const first = index === 0;
          rows.push([
            chapterCell,
            statementCell,
            first ? joined(action.code, action.title) : '',
            indicator?.name ?? '',
            indicator?.baseline.text ?? '',
            indicator?.target.text ?? '',
            ...(first ? timelineCells(action) : ['', '']),
            first ? action.lead.text : '',
            first ? action.collaborators.text : '',
            first ? fundWords(action) : '',
            first ? statusWords(action) : '',
            first ? action.remarks : '',
          ]);
          chapterCell = '';
          statementCell = '';
        });
      }
    }
    if (chapter.statements.length === 0) rows.push([chapterCell, '', '', '', '', '', '', '', '', '', '', '', '']);
  }
  const named = new Set(plan.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions.flatMap((a) => [...a.lead.agencies, ...a.collaborators.agencies]))));
  // Agencies confirmed with a full name: one an import added as written ("BICMA", unconfirmed) has nothing to add.
  const listed = agencies.filter((a) => a.acronym && a.kind === 'agency' && a.confirmed && a.name !== a.acronym && (named.has(a.acronym) || (a.id !== undefined && named.has(a.id))));
  if (listed.length > 0) {
    rows.push(lone(''), lone('Stakeholders'));
    for (const agency of listed) rows.push(PLAN_LAYOUT_HEADER.map((_, i) => (i === 1 ? agency.acronym! : i === 2 ? agency.name : '')));
  }
  return rows;
}

async function planOf(db: DbOrTx, planId: string): Promise<{ plan: PlanFilePlan; agencies: readonly PlanFileAgency[] }> {
  const file = await exportPlanFile(db, [planId]);
  const plan = file.plans[0];
  if (!plan) throw new AppError('not_found', `No plan with id ${planId} in this workspace`);
  return { plan, agencies: file.agencies };
}

function addPlanSheet(workbook: ExcelJS.Workbook, { plan, agencies }: { plan: PlanFilePlan; agencies: readonly PlanFileAgency[] }, name: string): void {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
    headerFooter: { oddFooter: `&L${plan.title.replace(/&/g, '&&')}&RPage &P of &N` },
  });
  WIDTHS.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  const rows = planLayoutRows(plan, agencies);
  for (const values of rows) sheet.addRow(values);
  const header = rows.findIndex((row) => row[0] === PLAN_LAYOUT_HEADER[0]) + 1;
  // The header's rows print on every page and stay in view (below a description, when the plan has one).
  sheet.pageSetup.printTitlesRow = `${header}:${header + 1}`;
  sheet.views = [{ state: 'frozen', ySplit: header + 1 }];
  sheet.mergeCells(`G${header}:H${header}`);
  sheet.getRow(1).font = { bold: true, size: 13 };
  for (const r of [header, header + 1]) {
    const row = sheet.getRow(r);
    row.font = { bold: true };
    row.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  }
  for (let r = header + 2; r <= sheet.rowCount; r += 1) sheet.getRow(r).alignment = { wrapText: true, vertical: 'top' };
}

/** The plans as one workbook, one sheet per plan in the plan layout. */
export async function planWorkbookBytes(db: DbOrTx, planIds: readonly string[]): Promise<Uint8Array> {
  if (planIds.length === 0) throw new AppError('invalid_input', 'There is no plan to export');
  const workbook = await newWorkbook();
  workbook.creator = 'PlanDesk';
  const used = new Set<string>();
  for (const planId of planIds) {
    const planned = await planOf(db, planId);
    const { title } = planned.plan;
    let name = sheetNameOf(title);
    for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${sheetNameOf(title).slice(0, 27)} (${n})`;
    used.add(name.toLowerCase());
    addPlanSheet(workbook, planned, name);
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** One plan as CSV in the plan layout. */
export async function planCsv(db: DbOrTx, planId: string): Promise<string> {
  const { plan, agencies } = await planOf(db, planId);
  const [title, ...rows] = planLayoutRows(plan, agencies);
  return toCsv(title!, rows);
}
