// The review pack's tables as an .xlsx workbook, one sheet per section, for analysts who work on further in Excel.
// Same model as the printed pack; plain values (no formulas), a header row frozen and filtered on every sheet.
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../files/new-workbook';
import { REPORT_SECTION_TITLES } from '../../../shared/vocab/report-sections';
import type { ReportActionBrief, ReportModel, ReportSectionId } from '../../../shared/domain';
import { formatMonth } from '../../../shared/months';
import { trendOf } from '../../../shared/rating-trend';
import { RATING_LABELS } from '../../../shared/vocab/ratings';
import { FUND_LABELS, IMPLEMENTATION_STATUSES, STATUS_LABELS, type ImplementationStatus } from '../../../shared/vocab/status';

type Cell = string | number | null;

interface SheetColumn {
  readonly header: string;
  readonly width: number;
}

function month(value: string | null, precision: 'month' | 'year' = 'month'): string {
  if (!value) return '';
  return precision === 'year' ? value.slice(0, 4) : formatMonth(value);
}

function statusLabel(status: ImplementationStatus | null): string {
  return status ? STATUS_LABELS[status] : 'No status';
}

function endOf(action: ReportActionBrief): string {
  if (action.endOpen) return 'Continue';
  const end = month(action.end, action.endPrecision);
  return action.revisedEnd ? `${end} (revised ${month(action.revisedEnd)})` : end;
}

const STATUS_COLUMNS: readonly SheetColumn[] = [
  ...IMPLEMENTATION_STATUSES.map((s) => ({ header: STATUS_LABELS[s], width: 12 })),
  { header: 'No status', width: 11 },
];

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly SheetColumn[], rows: readonly (readonly Cell[])[]): void {
  // Excel refuses sheet names over 31 characters or with : \ / ? * [ ].
  const sheet = workbook.addWorksheet(name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  for (const row of rows) sheet.addRow([...row]);
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9EEF3' } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  sheet.eachRow((row, index) => {
    if (index > 1) row.alignment = { vertical: 'top', wrapText: true };
  });
}

const BRIEF_COLUMNS: readonly SheetColumn[] = [
  { header: 'Code', width: 11 },
  { header: 'Action', width: 50 },
  { header: 'Lead agency', width: 22 },
  { header: 'Start', width: 11 },
  { header: 'End', width: 13 },
  { header: 'Status', width: 13 },
];

function briefCells(a: ReportActionBrief): Cell[] {
  return [a.code, a.title, a.leadText, month(a.start, a.startPrecision), endOf(a), statusLabel(a.status)];
}

function sheetFor(workbook: ExcelJS.Workbook, model: ReportModel, section: ReportSectionId): void {
  const title = REPORT_SECTION_TITLES[section];
  switch (section) {
    case 'cover':
    case 'contents':
      return;
    case 'committee': {
      const c = model.committee;
      const rows: Cell[][] = [
        ...(c.keyMessages.trim() ? [['Key messages', '', c.keyMessages.trim(), '']] : []),
        ...c.decisions.map((d, i) => ['Decision sought', i + 1, d.text, d.actions.map((a) => `${a.code} ${a.title}`).join('\n')]),
        ...(c.information.trim() ? [['Items for information', '', c.information.trim(), '']] : []),
      ];
      addSheet(workbook, title, [{ header: 'Part', width: 20 }, { header: 'No.', width: 6 }, { header: 'Text', width: 80 }, { header: 'Actions', width: 40 }], rows);
      return;
    }
    case 'ratings': {
      const r = model.ratings;
      const rows: Cell[][] = [];
      for (const chapter of model.chapters) {
        for (const statement of chapter.statements) {
          for (const a of statement.actions) {
            const rated = r.byAction[a.id];
            if (!rated) continue;
            rows.push([
              a.code,
              a.title,
              a.leadText,
              RATING_LABELS[rated.rating],
              RATING_LABELS[rated.computed],
              rated.before ? RATING_LABELS[rated.before] : '',
              trendOf(rated.before, rated.rating),
              rated.reasons.join('\n'),
              rated.override?.reason ?? '',
              rated.override?.setBy ?? '',
            ]);
          }
        }
      }
      addSheet(
        workbook,
        title,
        [
          { header: 'Code', width: 11 },
          { header: 'Action', width: 50 },
          { header: 'Lead agency', width: 22 },
          { header: 'Rating', width: 11 },
          { header: 'Computed', width: 11 },
          { header: r.comparedWith ? `At ${r.comparedWith}`.slice(0, 60) : 'At the last meeting', width: 16 },
          { header: 'Trend', width: 7 },
          { header: 'Reasons', width: 60 },
          { header: "Analyst's reason", width: 40 },
          { header: 'Set by', width: 16 },
        ],
        rows,
      );
      return;
    }
    case 'summary': {
      const rows: Cell[][] = model.summary.byChapter.map((c) => [c.code, c.title, c.total, ...IMPLEMENTATION_STATUSES.map((s) => c.byStatus[s]), c.byStatus.unknown, c.overdue]);
      const s = model.summary;
      rows.push(['', 'Whole scope', s.total, ...IMPLEMENTATION_STATUSES.map((st) => s.byStatus[st]), s.byStatus.unknown, s.overdue]);
      addSheet(workbook, title, [{ header: 'Chapter', width: 9 }, { header: 'Title', width: 40 }, { header: 'Actions', width: 9 }, ...STATUS_COLUMNS, { header: 'Overdue', width: 9 }], rows);
      const lists: Cell[][] = [
        ...s.startingNextQuarter.map((a) => [`Starts in ${model.nextQuarter.label}`, ...briefCells(a)]),
        ...s.endingNextQuarter.map((a) => [`Ends in ${model.nextQuarter.label}`, ...briefCells(a)]),
        ...s.fundingNotCommitted.map((a) => [`Funding ${a.fundStatus ? FUND_LABELS[a.fundStatus].toLowerCase() : ''}`, ...briefCells(a)]),
      ];
      addSheet(workbook, 'Next quarter and funding', [{ header: 'Why listed', width: 26 }, ...BRIEF_COLUMNS], lists);
      return;
    }
    case 'changes': {
      const c = model.changes;
      const rows: Cell[][] = c
        ? [
            ...c.added.map((a) => ['New action', a.code, a.title, '', '', '']),
            ...c.removed.map((a) => ['Removed action', a.code, a.title, '', '', '']),
            ...c.statusChanged.map((a) => ['Status changed', a.code, a.title, statusLabel(a.before), statusLabel(a.after), '']),
            ...c.slipped.map((a) => [
              'End date changed',
              a.code,
              a.title,
              month(a.endBefore),
              a.endOpenAfter ? 'Continue' : month(a.endAfter),
              a.slipMonths,
            ]),
            ...c.targetsChanged.map((a) => ['Target changed', a.code, `${a.title} — ${a.indicator}`, a.before, a.after, '']),
          ]
        : [];
      addSheet(
        workbook,
        'Changes',
        [
          { header: 'Change', width: 18 },
          { header: 'Code', width: 11 },
          { header: 'Action', width: 50 },
          { header: 'Before', width: 18 },
          { header: 'After', width: 18 },
          { header: 'Slip (months)', width: 13 },
        ],
        rows,
      );
      return;
    }
    case 'chapters': {
      const rows: Cell[][] = [];
      for (const chapter of model.chapters) {
        for (const statement of chapter.statements) {
          for (const a of statement.actions) {
            const lines = a.indicators.length > 0 ? a.indicators : [null];
            for (const [index, indicator] of lines.entries()) {
              rows.push([
                chapter.code,
                statement.code,
                a.code,
                index === 0 ? a.title : '',
                indicator?.name ?? '',
                indicator?.baseline ?? '',
                indicator?.target ?? '',
                indicator?.latest ?? '',
                month(a.start, a.startPrecision),
                endOf(a),
                a.leadText,
                statusLabel(a.status),
                a.overdue ? 'Yes' : '',
                index === 0 ? a.remarks : '',
              ]);
            }
          }
        }
      }
      addSheet(
        workbook,
        'Actions',
        [
          { header: 'Chapter', width: 9 },
          { header: 'Statement', width: 10 },
          { header: 'Code', width: 11 },
          { header: 'Action', width: 44 },
          { header: 'Indicator', width: 32 },
          { header: 'Baseline', width: 12 },
          { header: 'Target', width: 12 },
          { header: 'Latest actual', width: 13 },
          { header: 'Start', width: 10 },
          { header: 'End', width: 12 },
          { header: 'Lead agency', width: 20 },
          { header: 'Status', width: 12 },
          { header: 'Overdue', width: 9 },
          { header: 'Remarks', width: 60 },
        ],
        rows,
      );
      return;
    }
    case 'overdue': {
      const rows: Cell[][] = [
        ...model.overdue.map((a) => ['Overdue', ...briefCells(a), a.monthsOverdue, '']),
        ...model.atRisk.map((a) => ['At risk', ...briefCells(a), '', a.reason]),
      ];
      addSheet(workbook, 'Overdue and at risk', [{ header: 'List', width: 10 }, ...BRIEF_COLUMNS, { header: 'Months overdue', width: 10 }, { header: 'Why at risk', width: 40 }], rows);
      return;
    }
    case 'support': {
      addSheet(
        workbook,
        'Support requested',
        [...BRIEF_COLUMNS, { header: 'Asked by', width: 16 }, { header: 'Support needed', width: 60 }, { header: 'Merged', width: 12 }],
        model.reported.supportRequests.map((r) => [...briefCells(r.action), r.agencies.join(', '), r.supportNeeded, r.mergedAt.slice(0, 10)]),
      );
      return;
    }
    case 'agencies': {
      addSheet(
        workbook,
        'Agency scorecards',
        [{ header: 'Agency', width: 14 }, { header: 'Full name', width: 40 }, { header: 'Actions led', width: 11 }, ...STATUS_COLUMNS, { header: 'Overdue', width: 9 }],
        model.agencies.map((a) => [a.acronym ?? '', a.name, a.total, ...IMPLEMENTATION_STATUSES.map((s) => a.byStatus[s]), a.byStatus.unknown, a.overdue]),
      );
      return;
    }
    case 'indicators': {
      addSheet(
        workbook,
        'Indicators',
        [
          { header: 'Code', width: 11 },
          { header: 'Action', width: 40 },
          { header: 'Indicator', width: 36 },
          { header: 'Baseline', width: 12 },
          { header: 'Latest actual', width: 13 },
          { header: 'Period', width: 14 },
          { header: 'Target', width: 12 },
          { header: 'Progress (%)', width: 12 },
        ],
        model.indicators.map((i) => [
          i.actionCode,
          i.actionTitle,
          i.name,
          i.baseline,
          i.latest ?? '',
          i.latestPeriod ?? '',
          i.target,
          i.progress === null ? null : Math.round(i.progress * 100),
        ]),
      );
      return;
    }
    case 'timeline': {
      const rows = model.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions.map((a) => [...briefCells(a), a.overdue ? 'Yes' : ''])));
      addSheet(workbook, 'Timeline', [...BRIEF_COLUMNS, { header: 'Overdue', width: 9 }], rows);
      return;
    }
    case 'annex': {
      addSheet(
        workbook,
        'Agencies',
        [{ header: 'Acronym', width: 14 }, { header: 'Full name', width: 50 }, { header: 'Part of', width: 14 }, { header: 'Kind', width: 10 }],
        model.annex.map((a) => [a.acronym ?? '', a.name, a.parentName ?? '', a.kind === 'group' ? 'Group' : 'Agency']),
      );
      return;
    }
    default: {
      const never: never = section;
      throw new Error(`Unknown report section ${String(never)}`);
    }
  }
}

export async function buildReportWorkbook(model: ReportModel): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'PlanDesk';
  workbook.created = new Date(model.cover.generatedAt);
  workbook.title = `${model.cover.title} — ${model.plan.title}`;
  for (const section of model.sections) sheetFor(workbook, model, section);
  if (workbook.worksheets.length === 0) addSheet(workbook, 'Pack', [{ header: 'Note', width: 60 }], [['This pack has no table sections.']]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** "steering-committee-pack-2026-11-27.xlsx" */
export function reportFileName(model: ReportModel, extension: 'pdf' | 'xlsx'): string {
  const slug = model.cover.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}-${model.asOf}.${extension}`;
}
