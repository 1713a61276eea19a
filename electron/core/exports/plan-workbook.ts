// The whole plan in its own spreadsheet layout, as the PMU's plan sheet has it (see the sample
// egov-monitoring-plan.tsv): a title row, the header with "Timeline" over "Start date" / "End date", then one
// row per indicator, the chapter and statement written on their first row only, further indicators of an action
// on rows without an action title. PlanDesk's spreadsheet importer reads this layout back.
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/result';
import { FUND_LABELS, STATUS_LABELS } from '../../../shared/vocab/status';
import type { DbOrTx } from '../db/schema';
import { exportPlanFile } from '../planfile/export-plan-file';
import type { PlanFileAction, PlanFilePlan } from '../planfile/format';
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

function fundWords(action: PlanFileAction): string {
  if (action.fund.note.trim() !== '') return action.fund.note;
  return action.fund.status ? FUND_LABELS[action.fund.status] : '';
}

function statusWords(action: PlanFileAction): string {
  if (action.statusText.trim() !== '') return action.statusText;
  return action.status ? STATUS_LABELS[action.status] : '';
}

/** Every row of the sheet, the title and both header rows included. */
export function planLayoutRows(plan: PlanFilePlan): string[][] {
  const rows: string[][] = [[plan.title], [...PLAN_LAYOUT_HEADER], [...SUB_HEADER]];
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
            first ? monthWords(action.start, action.startPrecision) : '',
            first ? endWords(action) : '',
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
  return rows;
}

async function planOf(db: DbOrTx, planId: string): Promise<PlanFilePlan> {
  const plan = (await exportPlanFile(db, [planId])).plans[0];
  if (!plan) throw new AppError('not_found', `No plan with id ${planId} in this workspace`);
  return plan;
}

function addPlanSheet(workbook: ExcelJS.Workbook, plan: PlanFilePlan, name: string): void {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:3', margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
    headerFooter: { oddFooter: `&L${plan.title.replace(/&/g, '&&')}&RPage &P of &N` },
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  WIDTHS.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  for (const values of planLayoutRows(plan)) sheet.addRow(values);
  sheet.mergeCells('G2:H2');
  sheet.getRow(1).font = { bold: true, size: 13 };
  for (const r of [2, 3]) {
    const row = sheet.getRow(r);
    row.font = { bold: true };
    row.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  }
  for (let r = 4; r <= sheet.rowCount; r += 1) sheet.getRow(r).alignment = { wrapText: true, vertical: 'top' };
}

/** The plans as one workbook, one sheet per plan in the plan layout. */
export async function planWorkbookBytes(db: DbOrTx, planIds: readonly string[]): Promise<Uint8Array> {
  if (planIds.length === 0) throw new AppError('invalid_input', 'There is no plan to export');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PlanDesk';
  const used = new Set<string>();
  for (const planId of planIds) {
    const plan = await planOf(db, planId);
    let name = sheetNameOf(plan.title);
    for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${sheetNameOf(plan.title).slice(0, 27)} (${n})`;
    used.add(name.toLowerCase());
    addPlanSheet(workbook, plan, name);
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** One plan as CSV in the plan layout. */
export async function planCsv(db: DbOrTx, planId: string): Promise<string> {
  const [title, ...rows] = planLayoutRows(await planOf(db, planId));
  return toCsv(title!, rows);
}
