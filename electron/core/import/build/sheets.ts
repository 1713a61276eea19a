// What each sheet of the file is: a plan (under a header, perhaps with a stakeholder list after it), a stakeholder
// list, or something else left out; and the checks that refuse a file before anything is built from it.
import { AppError } from '../../../../shared/result';
import { findHeader, type HeaderLocation } from '../headers';
import { cellAddress, type SpreadsheetContent } from '../read-cells';
import type { Sheet } from '../sheet';
import { clip, type ImportReport, type ReportLog } from '../report';
import { findTrailingList, isListSheet, readListRows, type ListedAgency } from '../stakeholders';
import { cleanCell, oneLine } from './clean-cell';
import { note } from './messages';

export interface PlanSheet {
  readonly sheet: Sheet;
  readonly header: HeaderLocation;
  /** First row after the plan (a stakeholder list), or the sheet's length. */
  readonly endRow: number;
}

export type SheetRole = ImportReport['sheets'][number];

export interface SortedSheets {
  readonly roles: SheetRole[];
  readonly planSheets: PlanSheet[];
  /** The stakeholder lists' agencies, with the sheet they came from. */
  readonly listed: (ListedAgency & { sheet: string | null })[];
}

export function sortSheets(sheets: readonly Sheet[], log: ReportLog): SortedSheets {
  const roles: SheetRole[] = [];
  const planSheets: PlanSheet[] = [];
  const listed: (ListedAgency & { sheet: string | null })[] = [];
  const headers = new Map(sheets.map((sheet) => [sheet, findHeader(sheet.rows, sheet.merges)]));
  // A hidden sheet is one the workbook's author put out of sight (an old version, lists behind drop-downs):
  // it is read only when no visible sheet holds a plan.
  const readHidden = !sheets.some((sheet) => sheet.state === 'visible' && headers.get(sheet));
  for (const sheet of sheets) {
    const header = headers.get(sheet);
    const hidden = sheet.state === 'hidden' ? 'hidden' : 'very hidden';
    if (sheet.state !== 'visible' && !readHidden) {
      roles.push({ name: sheet.name, role: 'ignored', rows: sheet.rows.length });
      note(log, { sheet: sheet.name, severity: 'info', topic: 'layout', message: `sheet is ${hidden} in the workbook; not imported` });
      continue;
    }
    if (sheet.state !== 'visible' && header) {
      note(log, { sheet: sheet.name, severity: 'doubt', topic: 'layout', message: `sheet is ${hidden} in the workbook, but no visible sheet holds a plan; read all the same` });
    }
    if (header) {
      const headerEnd = header.rows[header.rows.length - 1]!;
      const listStart = findTrailingList(sheet.rows, headerEnd + 1);
      if (listStart !== null) {
        const { entries, skipped } = readListRows(sheet.rows, listStart);
        for (const e of entries) listed.push({ ...e, sheet: sheet.name });
        for (const r of skipped) note(log, { sheet: sheet.name, row: r + 1, severity: 'doubt', topic: 'agency', message: 'row in the stakeholder list is not an acronym and a name; skipped', read: clip(sheet.rows[r]!.join(' | '), 120) });
        note(log, { sheet: sheet.name, row: listStart + 1, severity: 'info', topic: 'agency', message: `stakeholder list found after the plan: ${entries.length} agencies` });
      }
      planSheets.push({ sheet, header, endRow: listStart ?? sheet.rows.length });
      roles.push({ name: sheet.name, role: 'plan', rows: sheet.rows.length });
    } else if (isListSheet(sheet.name, sheet.rows)) {
      const { entries, skipped } = readListRows(sheet.rows, 0);
      for (const e of entries) listed.push({ ...e, sheet: sheet.name });
      for (const r of skipped) note(log, { sheet: sheet.name, row: r + 1, severity: 'info', topic: 'agency', message: 'row is not an acronym and a name; skipped', read: clip(sheet.rows[r]!.join(' | '), 120) });
      roles.push({ name: sheet.name, role: 'stakeholders', rows: sheet.rows.length });
    } else {
      roles.push({ name: sheet.name, role: 'ignored', rows: sheet.rows.length });
      if (sheet.rows.some((r) => r.some((c) => c.trim() !== ''))) {
        note(log, { sheet: sheet.name, severity: 'info', topic: 'layout', message: 'sheet has no plan header nor a stakeholder list; not imported' });
      }
    }
  }
  return { roles, planSheets, listed };
}

/** Cells a spreadsheet could not compute, in the sheets that are read, refuse the file: the analyst corrects them. */
export function refuseCellProblems(fileName: string, sheets: readonly Sheet[], roles: readonly SheetRole[]): void {
  const problems: string[] = [];
  for (const sheet of sheets) {
    if (roles.find((r) => r.name === sheet.name)?.role === 'ignored') continue;
    for (const p of sheet.problems) problems.push(`${cellAddress(sheet.name, p.row, p.column)} ${p.problem}`);
  }
  if (problems.length > 0) {
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    throw new AppError('bad_file', `${fileName}: cell ${problems.slice(0, 5).join('; cell ')}${more}. Correct these cells and import again.`, { cells: problems });
  }
}

/** A file without a plan sheet is refused, saying whether it is empty or where no header was found. */
export function noPlanSheet(fileName: string, content: SpreadsheetContent): AppError {
  const empty = content.sheets.every((s) => s.rows.every((r) => r.every((c) => c.trim() === '')));
  return new AppError(
    'bad_file',
    empty
      ? `${fileName}: the file holds no cells`
      : `${fileName}: no header row found in the first 30 rows${content.sheets.length > 1 ? ' of any sheet' : ''} (expected columns such as Chapter, Policy statement, Action, Indicator, Timeline, Lead agency, Status)`,
  );
}

/**
 * The plan's title: the single filled cell of a row above the header ("e-Governance policy ... plan"); rows of
 * one cell between it and the header are the plan's description (PlanDesk's plan layout writes it there).
 */
export function titleAbove({ sheet, header }: PlanSheet, log: ReportLog, descriptionParts: string[]): string {
  for (let r = 0; r < header.rows[0]!; r++) {
    const filled = (sheet.rows[r] ?? []).map((c) => cleanCell(c).text).filter((c) => c !== '');
    if (filled.length === 1) {
      note(log, { sheet: sheet.name, row: r + 1, severity: 'info', topic: 'layout', message: 'title row read as the plan title', read: filled[0]!, stored: filled[0]! });
      for (let d = r + 1; d < header.rows[0]!; d++) {
        const lines = (sheet.rows[d] ?? []).map((c) => cleanCell(c).text).filter((c) => c !== '');
        if (lines.length !== 1) continue;
        descriptionParts.push(lines[0]!);
        note(log, { sheet: sheet.name, row: d + 1, severity: 'info', topic: 'layout', message: 'row under the title read as the plan description', read: clip(lines[0]!, 100) });
      }
      return oneLine(filled[0]!);
    }
  }
  return sheet.name ?? '';
}
