// Steps 2 to 5 of the import: find the header and map the columns, realign each row by its content, build the
// chapter → statement → action tree, and normalise months, statuses, funds, agencies and indicator kinds.
// Pure (no database): the result is a PlanFile, written by writePlanFile, and the report of what was done.
import { basename, extname } from 'node:path';
import { STATUS_LABELS, readFundStatus, readImplementationStatus } from '../../../shared/status';
import { AppError } from '../../../shared/result';
import { PLAN_FILE_FORMAT, planFile, type PlanFile, type PlanFileAction, type PlanFileChapter, type PlanFileStatement } from '../planfile/format';
import { isUnder, parentCode, readLeadingCode, usualDepth, type LeadingCode } from './codes';
import { FIELD_LABELS, findHeader, type HeaderLocation, type ImportField } from './headers';
import { readIndicator } from './indicator-values';
import { AgencyLinker, type AgencyDirectory, type Where } from './link-agencies';
import { cellAddress, type SpreadsheetContent } from './read-cells';
import type { Sheet } from './sheet';
import { alignRow, ClueCache, type CodeDepths, type Placement } from './realign';
import { ReportLog, clip, columnLetter, type ColumnMapping, type ImportReport, type ReportEntry, type UnmappedColumn } from './report';
import { findTrailingList, isListSheet, readListRows, type ListedAgency } from './stakeholders';
import { describeTimeline, readTimeline } from './timeline';

export interface BuildOptions {
  readonly planTitle?: string;
  /** The workspace's agencies; null when reading a file on its own. */
  readonly registry?: AgencyDirectory | null;
  /** The analyst's meaning for some columns, overriding what their headers say (null: keep as unmapped). */
  readonly columns?: readonly ColumnChoice[];
}

/** A column's meaning chosen by the analyst in the import preview. */
export interface ColumnChoice {
  readonly sheet: string | null;
  /** Column letter ("F"). */
  readonly column: string;
  readonly field: ImportField | null;
}

/** A column of a plan sheet as the preview shows it: its header, the meaning it got, and a few of its cells. */
export interface ColumnReading {
  readonly sheet: string | null;
  readonly column: string;
  readonly header: string;
  readonly field: ImportField | null;
  /** The meaning its header gives, before any choice of the analyst. */
  readonly detected: ImportField | null;
  readonly samples: readonly string[];
}

export interface BuiltPlan {
  readonly file: PlanFile;
  readonly report: ImportReport;
  readonly columns: readonly ColumnReading[];
}

const LIMITS = { code: 100, chapter: 2000, statement: 5000, title: 5000, indicator: 2000, value: 2000, status: 5000, fund: 5000, remarks: 100_000, timeline: 500, agency: 2000 };
const LEVEL_FIELDS = ['chapter', 'statement', 'action'] as const;
type Level = (typeof LEVEL_FIELDS)[number];

const NEEDS_CLEANING = /[\r\n\t\u00a0<&]| {2}/;

/** Removes HTML markup ("<b>e-Gov policy</b>") and tidies spaces; keeps line breaks. */
export function cleanCell(raw: string): { text: string; hadMarkup: boolean } {
  // Most cells need nothing: no markup, no line breaks or runs of spaces, nothing to trim.
  if (!NEEDS_CLEANING.test(raw) && raw === raw.trim()) return { text: raw, hadMarkup: false };
  let text = raw.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  const hadMarkup = /<\/?[a-z][^>]*>|&(amp|lt|gt|nbsp|quot|#39);/i.test(text);
  if (hadMarkup) {
    text = text
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/?[a-z][^>]*>/gi, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  }
  text = text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .trim();
  return { text, hadMarkup };
}

function oneLine(text: string): string {
  if (!/\s\s|[^\S ]/.test(text) && text === text.trim()) return text;
  return text.replace(/\s+/g, ' ').trim();
}

interface RowRecord {
  readonly sheet: string | null;
  /** 0-based. */
  readonly row: number;
  readonly fields: Partial<Record<ImportField | 'revisedEnd', { text: string; column: number }>>;
  readonly codes: { text: string; column: number }[];
  readonly unmapped: { header: string; text: string; column: number }[];
}

interface ActionDraft {
  readonly action: PlanFileAction;
  readonly sheet: string | null;
  readonly row: number;
}

interface PlanSheet {
  readonly sheet: Sheet;
  readonly header: HeaderLocation;
  /** First row after the plan (a stakeholder list), or the sheet's length. */
  readonly endRow: number;
}

function shiftWords(offset: number): string {
  const n = Math.abs(offset);
  return `${n === 1 ? 'one column' : n === 2 ? 'two columns' : `${n} columns`} ${offset > 0 ? 'right' : 'left'}`;
}

export class PlanBuilder {
  private readonly log = new ReportLog();
  private readonly columnMapping: ColumnMapping[] = [];
  private readonly unmappedColumns: UnmappedColumn[] = [];
  private readonly columnReadings: ColumnReading[] = [];
  private readonly chapters: PlanFileChapter[] = [];
  private readonly descriptionParts: string[] = [];
  private chapter: PlanFileChapter | null = null;
  private chapterCode: LeadingCode | null = null;
  private statement: PlanFileStatement | null = null;
  private statementCode: LeadingCode | null = null;
  private action: ActionDraft | null = null;
  private readonly actionRows = new Map<string, { sheet: string | null; row: number }>();
  private depths: CodeDepths = { chapter: 2, statement: 3, action: 4 };
  private chaptersCoded = false;
  private statementsCoded = false;
  private actionsCoded = false;
  private linker!: AgencyLinker;
  private headerFields = new Set<ImportField>();

  constructor(
    private readonly fileName: string,
    private readonly content: SpreadsheetContent,
    private readonly options: BuildOptions,
  ) {}

  private add(entry: Omit<ReportEntry, 'sheet' | 'row'> & { sheet?: string | null; row?: number | null }): void {
    this.log.add({ sheet: entry.sheet ?? null, row: entry.row ?? null, ...entry });
  }

  build(): BuiltPlan {
    const sheetRoles: ImportReport['sheets'][number][] = [];
    const planSheets: PlanSheet[] = [];
    const listed: (ListedAgency & { sheet: string | null })[] = [];
    for (const sheet of this.content.sheets) {
      const header = findHeader(sheet.rows, sheet.merges);
      if (header) {
        const headerEnd = header.rows[header.rows.length - 1]!;
        const listStart = findTrailingList(sheet.rows, headerEnd + 1);
        if (listStart !== null) {
          const { entries, skipped } = readListRows(sheet.rows, listStart);
          listed.push(...entries.map((e) => ({ ...e, sheet: sheet.name })));
          for (const r of skipped) this.add({ sheet: sheet.name, row: r + 1, severity: 'doubt', topic: 'agency', message: 'row in the stakeholder list is not an acronym and a name; skipped', read: clip(sheet.rows[r]!.join(' | '), 120) });
          this.add({ sheet: sheet.name, row: listStart + 1, severity: 'info', topic: 'agency', message: `stakeholder list found after the plan: ${entries.length} agencies` });
        }
        planSheets.push({ sheet, header, endRow: listStart ?? sheet.rows.length });
        sheetRoles.push({ name: sheet.name, role: 'plan', rows: sheet.rows.length });
      } else if (isListSheet(sheet.name, sheet.rows)) {
        const { entries, skipped } = readListRows(sheet.rows, 0);
        listed.push(...entries.map((e) => ({ ...e, sheet: sheet.name })));
        for (const r of skipped) this.add({ sheet: sheet.name, row: r + 1, severity: 'info', topic: 'agency', message: 'row is not an acronym and a name; skipped', read: clip(sheet.rows[r]!.join(' | '), 120) });
        sheetRoles.push({ name: sheet.name, role: 'stakeholders', rows: sheet.rows.length });
      } else {
        sheetRoles.push({ name: sheet.name, role: 'ignored', rows: sheet.rows.length });
        if (sheet.rows.some((r) => r.some((c) => c.trim() !== ''))) {
          this.add({ sheet: sheet.name, severity: 'info', topic: 'layout', message: 'sheet has no plan header nor a stakeholder list; not imported' });
        }
      }
    }
    this.checkProblems(sheetRoles);
    if (planSheets.length === 0) {
      const empty = this.content.sheets.every((s) => s.rows.every((r) => r.every((c) => c.trim() === '')));
      throw new AppError(
        'bad_file',
        empty
          ? `${this.fileName}: the file holds no cells`
          : `${this.fileName}: no header row found in the first 30 rows${this.content.sheets.length > 1 ? ' of any sheet' : ''} (expected columns such as Chapter, Policy statement, Action, Indicator, Timeline, Lead agency, Status)`,
      );
    }
    this.linker = new AgencyLinker(this.options.registry ?? null, listed, this.log);

    let title = this.options.planTitle?.trim() ?? '';
    for (const planSheet of planSheets) {
      if (title === '') title = this.titleAbove(planSheet);
      this.readPlanSheet(planSheet);
    }
    if (title === '') title = basename(this.fileName, extname(this.fileName));
    const actionCount = this.chapters.reduce((n, c) => n + c.statements.reduce((m, s) => m + s.actions.length, 0), 0);
    if (actionCount === 0) {
      const where = planSheets.map((p) => `${p.sheet.name ? `sheet "${p.sheet.name}", ` : ''}header on row ${p.header.rows.map((r) => r + 1).join('–')}`).join('; ');
      throw new AppError('bad_file', `${this.fileName}: the plan has a header (${where}) but no actions below it`);
    }

    const document = {
      format: PLAN_FILE_FORMAT,
      plans: [{ title: title.slice(0, 300), description: this.descriptionParts.join('\n').slice(0, 5000), chapters: this.chapters }],
      agencies: this.linker.agencies,
    };
    const parsed = planFile.safeParse(document);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError('internal', `The imported plan does not fit the plan format at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`);
    }
    const file = parsed.data;
    const statements = file.plans[0]!.chapters.reduce((n, c) => n + c.statements.length, 0);
    const indicators = file.plans[0]!.chapters.reduce((n, c) => n + c.statements.reduce((m, s) => m + s.actions.reduce((k, a) => k + a.indicators.length, 0), 0), 0);
    const report: ImportReport = {
      file: this.fileName,
      format: this.content.format,
      encoding: this.content.encoding,
      delimiter: this.content.delimiter,
      sheets: sheetRoles,
      planTitle: file.plans[0]!.title,
      columnMapping: this.columnMapping,
      unmappedColumns: this.unmappedColumns,
      entries: this.log.entries,
      counts: {
        chapters: file.plans[0]!.chapters.length,
        statements,
        actions: actionCount,
        indicators,
        listedAgencies: this.linker.listedCount,
        newAgencies: file.agencies.filter((a) => !a.confirmed).length,
        repairs: this.log.count('repair'),
        doubts: this.log.count('doubt'),
      },
    };
    return { file, report, columns: this.columnReadings };
  }

  private checkProblems(roles: readonly { name: string | null; role: string }[]): void {
    const problems: string[] = [];
    for (const sheet of this.content.sheets) {
      if (roles.find((r) => r.name === sheet.name)?.role === 'ignored') continue;
      for (const p of sheet.problems) problems.push(`${cellAddress(sheet.name, p.row, p.column)} ${p.problem}`);
    }
    if (problems.length > 0) {
      const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
      throw new AppError('bad_file', `${this.fileName}: cell ${problems.slice(0, 5).join('; cell ')}${more}. Correct these cells and import again.`, { cells: problems });
    }
  }

  /** The plan's title: the single filled cell of a row above the header ("e-Governance policy ... plan"). */
  private titleAbove({ sheet, header }: PlanSheet): string {
    for (let r = 0; r < header.rows[0]!; r++) {
      const filled = (sheet.rows[r] ?? []).map((c) => cleanCell(c).text).filter((c) => c !== '');
      if (filled.length === 1) {
        this.add({ sheet: sheet.name, row: r + 1, severity: 'info', topic: 'layout', message: 'title row read as the plan title', read: filled[0]!, stored: filled[0]! });
        return oneLine(filled[0]!);
      }
    }
    return sheet.name ?? '';
  }

  /** The analyst's choices for this sheet, checked: one column per meaning (codes excepted). */
  private choicesFor(sheet: string | null): Map<string, ImportField | null> {
    const choices = new Map<string, ImportField | null>();
    const taken = new Map<ImportField, string>();
    for (const choice of this.options.columns ?? []) {
      if (choice.sheet !== sheet) continue;
      if (choice.field && choice.field !== 'code') {
        const other = taken.get(choice.field);
        if (other !== undefined && other !== choice.column) {
          throw new AppError('invalid_input', `Columns ${other} and ${choice.column}${sheet ? ` of sheet "${sheet}"` : ''} are both given the meaning ${FIELD_LABELS[choice.field]}; give it to one column and mark the other "not imported".`);
        }
        taken.set(choice.field, choice.column);
      }
      choices.set(choice.column, choice.field);
    }
    return choices;
  }

  private mapColumns({ sheet, header, endRow }: PlanSheet): (ImportField | null)[] {
    const width = Math.max(header.columns.length, ...sheet.rows.slice(header.rows[0]!, endRow).map((r) => r.length));
    const choices = this.choicesFor(sheet.name);
    const chosenFields = new Map<ImportField, string>();
    for (const [letter, field] of choices) if (field && field !== 'code') chosenFields.set(field, letter);
    const firstDataRow = header.rows[header.rows.length - 1]! + 1;
    const samplesOf = (c: number) => {
      const samples: string[] = [];
      for (let r = firstDataRow; r < endRow && samples.length < 3; r++) {
        const text = oneLine(cleanCell(sheet.rows[r]?.[c] ?? '').text);
        if (text !== '' && !samples.includes(clip(text, 50))) samples.push(clip(text, 50));
      }
      return samples;
    };
    const fields: (ImportField | null)[] = [];
    for (let c = 0; c < width; c++) {
      const column = header.columns[c];
      const letter = columnLetter(c);
      const headerText = oneLine(column?.header ?? '');
      const detected = column?.field ?? null;
      const chosen = choices.has(letter);
      // A meaning the analyst gave to another column is taken from this one.
      const displacedBy = !chosen && detected && detected !== 'code' ? chosenFields.get(detected) : undefined;
      const field = chosen ? (choices.get(letter) ?? null) : displacedBy ? null : detected;
      fields.push(field);
      const hasData = field !== null || headerText !== '' || sheet.rows.slice(firstDataRow, endRow).some((r) => (r[c] ?? '').trim() !== '');
      if (hasData) this.columnReadings.push({ sheet: sheet.name, column: letter, header: headerText, field, detected, samples: samplesOf(c) });
      if (chosen && field !== detected) {
        this.add({
          sheet: sheet.name,
          row: header.rows[0]! + 1,
          column: letter,
          severity: 'info',
          topic: 'layout',
          message: `column ${letter} ("${headerText}") ${field ? `read as ${FIELD_LABELS[field]}` : 'not imported'}, as chosen in the import preview${detected ? ` (its header says ${FIELD_LABELS[detected]})` : ''}`,
          read: headerText,
          stored: field ? FIELD_LABELS[field] : 'unmapped',
        });
      }
      if (field) {
        this.columnMapping.push({ sheet: sheet.name, column: letter, header: headerText, field });
        continue;
      }
      if (!hasData) continue;
      const keptAs = headerText !== '' ? headerText : `Column ${letter}`;
      this.unmappedColumns.push({ sheet: sheet.name, column: letter, header: headerText, keptAs });
      if (chosen) continue;
      const why = displacedBy
        ? `would be ${FIELD_LABELS[detected!]}, a meaning given to column ${displacedBy} in the import preview`
        : column?.duplicateOf !== null && column?.duplicateOf !== undefined
          ? `means ${FIELD_LABELS[header.columns[column.duplicateOf]!.field!]} like column ${columnLetter(column.duplicateOf)}`
          : headerText === ''
            ? 'has no header'
            : 'is not a column the importer knows';
      this.add({ sheet: sheet.name, row: header.rows[0]! + 1, column: letter, severity: 'doubt', topic: 'layout', message: `column ${letter} ("${headerText}") ${why}; its cells are kept in each action's unmapped field as "${keptAs}"`, read: headerText });
    }
    this.headerFields = new Set(fields.filter((f): f is ImportField => f !== null));
    return fields;
  }

  private learnDepths({ sheet, header, endRow }: PlanSheet, fields: readonly (ImportField | null)[]): void {
    const depthsOf = (level: Level) => {
      const column = fields.indexOf(level);
      if (column < 0) return [];
      const found: number[] = [];
      for (let r = header.rows[header.rows.length - 1]! + 1; r < endRow; r++) {
        const code = readLeadingCode(sheet.rows[r]?.[column] ?? '');
        if (code && code.rest !== '') found.push(code.depth);
      }
      return found;
    };
    // Each level's usual depth, deeper than the level above it: actions written in the chapter column
    // (5.2.1.2 …) must not make chapters look four parts deep.
    // Codes in a column of their own count for the deepest level (most rows are actions).
    const codeColumnDepths: number[] = [];
    fields.forEach((field, column) => {
      if (field !== 'code') return;
      for (let r = header.rows[header.rows.length - 1]! + 1; r < endRow; r++) {
        const code = readLeadingCode(sheet.rows[r]?.[column] ?? '');
        if (code) codeColumnDepths.push(code.depth);
      }
    });
    const action = usualDepth(depthsOf('action')) ?? usualDepth(codeColumnDepths);
    const statement = usualDepth(depthsOf('statement').filter((d) => action === null || d < action));
    const chapter = usualDepth(depthsOf('chapter').filter((d) => (statement ?? action ?? 99) > d && (action === null || d < action)));
    const a = action ?? (statement !== null ? statement + 1 : chapter !== null ? chapter + 2 : 3);
    const s = statement ?? a - 1;
    const c = chapter ?? s - 1;
    this.depths = { chapter: c, statement: s, action: a };
    this.chaptersCoded = chapter !== null;
    this.statementsCoded = statement !== null;
    this.actionsCoded = action !== null;
  }

  private readPlanSheet(planSheet: PlanSheet): void {
    const { sheet, header, endRow } = planSheet;
    const fields = this.mapColumns(planSheet);
    this.learnDepths(planSheet, fields);
    const looksLikeAgencies = this.linker.looksLikeAgencies;
    const clueCache = new ClueCache();
    const mergedValue = this.mergedDataCells(sheet, fields);
    const headerKey = header.columns.map((c) => oneLine(c.header).toLowerCase()).join('|');
    for (let r = header.rows[header.rows.length - 1]! + 1; r < endRow; r++) {
      const raw = sheet.rows[r] ?? [];
      const cells: string[] = [];
      for (let c = 0; c < Math.max(raw.length, fields.length); c++) {
        const original = (mergedValue.size > 0 ? mergedValue.get(`${r},${c}`) : undefined) ?? raw[c] ?? '';
        const { text, hadMarkup } = cleanCell(original);
        if (hadMarkup) this.add({ sheet: sheet.name, row: r + 1, column: columnLetter(c), severity: 'repair', topic: 'text', message: 'HTML markup removed', read: clip(original, 100), stored: clip(text, 100) });
        cells.push(text);
      }
      if (cells.every((c) => c === '')) continue;
      if (cells.map((c) => oneLine(c).toLowerCase()).join('|') === headerKey) {
        this.add({ sheet: sheet.name, row: r + 1, severity: 'info', topic: 'layout', message: 'the header is repeated here; row skipped' });
        continue;
      }
      const alignment = alignRow(cells, { columns: fields, depths: this.depths, looksLikeAgencies, clueCache, coded: { statement: this.statementsCoded, action: this.actionsCoded } });
      if (alignment.moved) this.reportMoves(sheet.name, r, alignment.placements, fields);
      const record: RowRecord = { sheet: sheet.name, row: r, fields: {}, codes: [], unmapped: [] };
      for (const p of alignment.placements) {
        if (p.field === 'code') record.codes.push({ text: p.text, column: p.column });
        else if (p.field === null) record.unmapped.push({ header: this.unmappedColumns.find((u) => u.sheet === sheet.name && u.column === columnLetter(p.toColumn))?.keptAs ?? `Column ${columnLetter(p.toColumn)}`, text: p.text, column: p.column });
        else record.fields[p.field] = { text: p.text, column: p.column };
      }
      this.bindCodes(record, fields);
      this.readRecord(record);
    }
  }

  /** Vertical merges in data columns (a status merged over three actions) apply to every row they cover. */
  private mergedDataCells(sheet: Sheet, fields: readonly (ImportField | null)[]): Map<string, string> {
    const values = new Map<string, string>();
    for (const m of sheet.merges) {
      if (m.bottom === m.top) continue;
      const field = fields[m.left];
      if (!field || field === 'chapter' || field === 'statement' || field === 'action' || field === 'code') continue;
      const text = sheet.rows[m.top]?.[m.left] ?? '';
      for (let r = m.top + 1; r <= m.bottom; r++) values.set(`${r},${m.left}`, text);
    }
    return values;
  }

  private reportMoves(sheet: string | null, row: number, placements: readonly Placement[], fields: readonly (ImportField | null)[]): void {
    const label = (column: number) => {
      const f = fields[column];
      return f ? FIELD_LABELS[f] : `column ${columnLetter(column)}`;
    };
    const moved = placements.filter((p) => p.field !== 'revisedEnd' && p.column !== p.toColumn);
    if (moved.length === 0) return;
    const filled = placements.filter((p) => p.field !== 'revisedEnd');
    const offsets = new Set(moved.map((p) => p.column - p.toColumn));
    if (moved.length === filled.length && offsets.size === 1) {
      const offset = [...offsets][0]!;
      this.add({ sheet, row: row + 1, severity: 'repair', topic: 'alignment', message: `cells shifted ${shiftWords(offset)}, realigned`, read: clip(placements.map((p) => p.text).join(' | '), 120) });
      return;
    }
    // Runs of neighbouring cells moved by the same offset are one shift; a lone cell is a misplaced cell.
    let i = 0;
    while (i < moved.length) {
      const offset = moved[i]!.column - moved[i]!.toColumn;
      let j = i + 1;
      while (j < moved.length && moved[j]!.column - moved[j]!.toColumn === offset) j++;
      const run = moved.slice(i, j);
      if (run.length >= 2) {
        this.add({
          sheet,
          row: row + 1,
          column: columnLetter(run[0]!.column),
          severity: 'repair',
          topic: 'alignment',
          message: `cells from column ${columnLetter(run[0]!.column)} to ${columnLetter(run[run.length - 1]!.column)} shifted ${shiftWords(offset)}, realigned`,
          read: clip(run.map((p) => p.text).join(' | '), 120),
        });
      } else {
        const p = run[0]!;
        this.add({ sheet, row: row + 1, column: columnLetter(p.column), severity: 'repair', topic: 'alignment', message: `"${clip(p.text, 50)}" stood in the ${label(p.column)} column; read as the ${label(p.toColumn)}`, read: p.text, stored: label(p.toColumn) });
      }
      i = j;
    }
  }

  /** Codes in columns of their own ("Code", "Action No.") are joined to the text of their level. */
  private bindCodes(record: RowRecord, fields: readonly (ImportField | null)[]): void {
    for (const code of record.codes) {
      let level: Level | null = null;
      for (let c = code.column + 1; c < Math.min(fields.length, code.column + 3); c++) {
        const f = fields[c];
        if (f === 'chapter' || f === 'statement' || f === 'action') {
          level = f;
          break;
        }
      }
      const codeColumns = fields.filter((f) => f === 'code').length;
      if (!level || codeColumns === 1) level = [...LEVEL_FIELDS].reverse().find((l) => record.fields[l]) ?? level ?? 'action';
      const target = record.fields[level];
      record.fields[level] = { text: target ? `${code.text.trim()} ${target.text}` : code.text.trim(), column: target?.column ?? code.column };
    }
    // Without a column for a level, its rows are told by their codes' depth ("5.1" a chapter in the Action column).
    for (const level of LEVEL_FIELDS) {
      const cell = record.fields[level];
      if (!cell) continue;
      const code = readLeadingCode(cell.text);
      if (!code) continue;
      const byDepth = LEVEL_FIELDS.find((l) => this.depths[l] === code.depth);
      if (byDepth && byDepth !== level && !this.headerFields.has(byDepth) && !record.fields[byDepth]) {
        record.fields[byDepth] = cell;
        delete record.fields[level];
      }
    }
  }

  private where(record: RowRecord, field?: ImportField | 'revisedEnd'): { sheet: string | null; row: number; column: string | null } {
    const cell = field ? record.fields[field] : undefined;
    return { sheet: record.sheet, row: record.row + 1, column: cell ? columnLetter(cell.column) : null };
  }

  private readCode(record: RowRecord, level: Level, text: string): { code: LeadingCode | null; title: string } {
    const code = readLeadingCode(text);
    if (!code) return { code: null, title: oneLine(text) };
    if (code.trailingDot) {
      this.add({ ...this.where(record, level), severity: 'repair', topic: 'code', message: `code "${code.parts.join('.')}." written with a trailing dot; stored as ${code.code}`, read: text.slice(0, code.code.length + 3), stored: code.code });
    }
    if (code.suffix) {
      this.add({ ...this.where(record, level), severity: 'info', topic: 'code', message: `code with the suffix (${code.suffix}) kept as "${code.code}"`, stored: code.code });
    }
    return { code, title: oneLine(code.rest) };
  }

  private limited(text: string, max: number, what: string, record: RowRecord, field: ImportField, overflow?: Record<string, string>): string {
    if (text.length <= max) return text;
    this.add({ ...this.where(record, field), severity: 'doubt', topic: 'text', message: `${what} is ${text.length} characters long (more than ${max}); stored cut short${overflow ? ', the full text kept in the unmapped field' : ''}`, read: clip(text, 100) });
    if (overflow) overflow[`${what} (full text)`] = text.slice(0, 100_000);
    return text.slice(0, max);
  }

  private readRecord(record: RowRecord): void {
    const f = record.fields;
    const dataFields: (ImportField | 'revisedEnd')[] = ['indicator', 'baseline', 'target', 'timeline', 'start', 'end', 'revisedEnd', 'lead', 'collaborators', 'fund', 'status', 'remarks'];
    const hasData = dataFields.some((k) => f[k]);
    if (!hasData && !f.action && record.unmapped.length > 0) {
      if (this.action && !f.chapter && !f.statement) this.readData(record, this.action, true);
      else this.add({ ...this.where(record), severity: 'info', topic: 'layout', message: 'cells in unmapped columns on a row without an action; kept in this report only', read: clip(record.unmapped.map((u) => `${u.header}: ${u.text}`).join(' | '), 200) });
    }

    if (f.chapter) this.readChapter(record, f.chapter.text, hasData || Boolean(f.statement || f.action));
    if (f.statement) this.readStatement(record, f.statement.text, Boolean(f.chapter));
    if (f.action) {
      const { code, title } = this.readCode(record, 'action', f.action.text);
      if (title === '' && !hasData) {
        this.add({ ...this.where(record, 'action'), severity: 'doubt', topic: 'structure', message: `action ${code?.code ?? ''} has no title and nothing else on its row; placeholder not imported`, read: f.action.text, stored: '' });
        this.action = null;
        return;
      }
      const current = this.action;
      if (current && !f.statement && !f.chapter && current.action.title === title && current.action.code === (code?.code ?? '')) {
        // The action repeated on the next row (a merged cell exported with its value on every row): another indicator.
        this.readData(record, current, true);
        return;
      }
      this.newAction(record, code, title);
      this.readData(record, this.action!, false);
      return;
    }
    if (!hasData) return;
    if (!this.action || f.statement || f.chapter) {
      if (!this.statement && !this.chapter && !f.indicator) {
        this.add({ ...this.where(record), severity: 'doubt', topic: 'structure', message: 'row above the first chapter holds data but no action; not imported', read: clip(Object.values(f).map((c) => c.text).join(' | '), 120) });
        return;
      }
      this.add({ ...this.where(record), severity: 'doubt', topic: 'structure', message: 'row holds action data but no action title; imported as an action without a title', read: clip(Object.values(f).map((c) => c.text).join(' | '), 120) });
      this.newAction(record, null, '');
      this.readData(record, this.action!, false);
      return;
    }
    this.readData(record, this.action, true);
  }

  private ensureChapter(record: RowRecord): PlanFileChapter {
    if (this.chapter) return this.chapter;
    this.add({ ...this.where(record), severity: 'doubt', topic: 'structure', message: this.headerFields.has('chapter') ? 'rows before the first chapter; put under a chapter without a title' : 'the file has no chapter column; all statements put under one chapter', stored: '(no chapter)' });
    this.chapter = { code: '', title: '(no chapter)', statements: [] };
    this.chapters.push(this.chapter);
    return this.chapter;
  }

  private ensureStatement(record: RowRecord): PlanFileStatement {
    if (this.statement) return this.statement;
    const chapter = this.ensureChapter(record);
    if (this.headerFields.has('statement')) {
      this.add({ ...this.where(record), severity: 'doubt', topic: 'structure', message: 'action before any policy statement of its chapter; put under a statement without text', stored: '(no policy statement)' });
    }
    this.statement = { code: '', text: '(no policy statement)', actions: [] };
    this.statementCode = null;
    chapter.statements.push(this.statement);
    return this.statement;
  }

  private readChapter(record: RowRecord, text: string, withMore: boolean): void {
    const { code, title } = this.readCode(record, 'chapter', text);
    if (this.chapter && this.chapter.title === title && this.chapter.code === (code?.code ?? '')) return;
    if (!code && !withMore && this.chaptersCoded) {
      // "<b>e-Gov policy</b>" alone on its row, where chapters carry codes: a section heading, not a chapter.
      this.descriptionParts.push(title);
      this.add({ ...this.where(record, 'chapter'), severity: this.chapters.length === 0 ? 'info' : 'doubt', topic: 'structure', message: 'section heading without a code, alone on its row; kept in the plan description, not as a chapter', read: text, stored: title });
      return;
    }
    if (code && code.depth !== this.depths.chapter) {
      this.add({ ...this.where(record, 'chapter'), severity: 'doubt', topic: 'code', message: `chapter code ${code.code} has ${code.depth} parts where chapters have ${this.depths.chapter}; kept as written`, read: code.code });
    }
    this.chapter = { code: code?.code ?? '', title: this.limited(title, LIMITS.chapter, 'chapter title', record, 'chapter'), statements: [] };
    this.chapterCode = code;
    this.chapters.push(this.chapter);
    this.statement = null;
    this.statementCode = null;
    this.action = null;
  }

  private readStatement(record: RowRecord, text: string, chapterOnRow: boolean): void {
    const { code, title } = this.readCode(record, 'statement', text);
    const current = this.statement;
    if (current && current.text === title && current.code === (code?.code ?? '')) return;
    // A statement whose text runs on to a later row without a code ("… national development" / "plans, market demands …").
    if (!code && current && !chapterOnRow && this.statementsCoded && (/^[a-z]/.test(title) || !/[.;:!?)]$/.test(current.text))) {
      const joined = `${current.text} ${title}`;
      this.add({ ...this.where(record, 'statement'), severity: 'repair', topic: 'structure', message: `the text of statement ${current.code || '(no code)'} continues on this row without a code; joined to it`, read: title, stored: clip(joined, 120) });
      current.text = joined.slice(0, LIMITS.statement);
      return;
    }
    const chapter = this.ensureChapter(record);
    if (code && this.chapterCode && code.depth === this.depths.statement && !isUnder(code, this.chapterCode)) {
      this.add({ ...this.where(record, 'statement'), severity: 'doubt', topic: 'code', message: `statement ${code.code} stands under chapter ${this.chapterCode.code}; kept there as written (codes are labels)`, read: code.code });
    } else if (code && code.depth !== this.depths.statement) {
      this.add({ ...this.where(record, 'statement'), severity: 'doubt', topic: 'code', message: `statement code ${code.code} has ${code.depth} parts where statements have ${this.depths.statement}; kept as written`, read: code.code });
    }
    this.statement = { code: code?.code ?? '', text: this.limited(title, LIMITS.statement, 'statement text', record, 'statement'), actions: [] };
    this.statementCode = code;
    chapter.statements.push(this.statement);
    this.action = null;
  }

  private newAction(record: RowRecord, code: LeadingCode | null, title: string): void {
    const statement = this.ensureStatement(record);
    const where = this.where(record, 'action');
    if (code) {
      if (code.depth === this.depths.statement && this.depths.statement !== this.depths.action) {
        this.add({ ...where, severity: 'doubt', topic: 'code', message: `action ${code.code} is numbered like a policy statement; kept as written`, read: code.code });
      } else if (this.statementCode && code.depth === this.depths.action && !isUnder(code, this.statementCode)) {
        this.add({ ...where, severity: 'doubt', topic: 'code', message: `action ${code.code} stands under statement ${this.statementCode.code} (its code says ${parentCode(code)}); kept there as written`, read: code.code });
      }
      const first = this.actionRows.get(code.code);
      if (first) {
        this.add({ ...where, severity: 'doubt', topic: 'code', message: `code ${code.code} is used again (first on ${first.sheet ? `${first.sheet} ` : ''}row ${first.row + 1}); both actions kept`, read: code.code });
      } else {
        this.actionRows.set(code.code, { sheet: record.sheet, row: record.row });
      }
    }
    const unmapped: Record<string, string> = {};
    const action: PlanFileAction = {
      code: (code?.code ?? '').slice(0, LIMITS.code),
      title: this.limited(title, LIMITS.title, 'action title', record, 'action', unmapped),
      start: null,
      end: null,
      endOpen: false,
      startPrecision: 'month',
      endPrecision: 'month',
      revisedEnd: null,
      timelineText: '',
      lead: { text: '', agencies: [] },
      collaborators: { text: '', agencies: [] },
      fund: { status: null, note: '' },
      status: null,
      statusText: '',
      remarks: '',
      unmapped,
      indicators: [],
    };
    statement.actions.push(action);
    this.action = { action, sheet: record.sheet, row: record.row };
  }

  /** Fills an action from a row; `continuing` rows (no action title) add to it without overwriting. */
  private readData(record: RowRecord, draft: ActionDraft, continuing: boolean): void {
    const a = draft.action;
    const f = record.fields;
    const conflict = (field: ImportField | 'revisedEnd', label: string, text: string) => {
      this.add({ ...this.where(record, field), severity: 'doubt', topic: 'structure', message: `${label} for action ${a.code || clip(a.title, 30)} given again on this row; the earlier value kept, this one added to its remarks`, read: text });
      a.remarks = `${a.remarks}${a.remarks ? '\n' : ''}${label} (row ${record.row + 1}): ${text}`.slice(0, LIMITS.remarks);
    };

    if (f.indicator || f.baseline || f.target) {
      const name = oneLine(f.indicator?.text ?? '');
      const reading = readIndicator(name, oneLine(f.baseline?.text ?? ''), oneLine(f.target?.text ?? ''));
      if (a.indicators.length >= 100) {
        this.add({ ...this.where(record, 'indicator'), severity: 'doubt', topic: 'indicator', message: 'more than 100 indicators for one action; this one not imported', read: name });
      } else {
        a.indicators.push({
          name: this.limited(name, LIMITS.indicator, 'indicator', record, 'indicator'),
          kind: reading.kind,
          unit: reading.unit.slice(0, 100),
          baseline: { text: reading.baseline.text.slice(0, LIMITS.value), value: reading.baseline.value },
          target: { text: reading.target.text.slice(0, LIMITS.value), value: reading.target.value },
        });
        if (continuing) this.add({ ...this.where(record, 'indicator'), severity: 'info', topic: 'indicator', message: `another indicator of action ${a.code || clip(a.title, 30)} (row without an action title)`, read: name });
        if (reading.kind === 'yes_no' && (/^[01]$/.test(reading.baseline.text) || /^[01]$/.test(reading.target.text))) {
          this.add({ ...this.where(record, 'target'), severity: 'info', topic: 'indicator', message: `"${clip(name, 50)}" reads as yes/no; ${reading.baseline.text || 'blank'} → ${reading.target.text || 'blank'} stored as a yes/no indicator`, read: `${reading.baseline.text} → ${reading.target.text}`, stored: 'yes_no' });
        }
        if (reading.kind === 'date' && f.target) {
          this.add({ ...this.where(record, 'target'), severity: 'info', topic: 'indicator', message: `the target "${reading.target.text}" is a date; stored as a date indicator`, read: reading.target.text, stored: 'date' });
        }
      }
    }

    if (f.start || f.end || f.timeline || f.revisedEnd) {
      if (continuing && (a.start || a.end || a.endOpen)) {
        conflict('start', 'timeline', [f.start?.text, f.end?.text, f.timeline?.text].filter(Boolean).join(' – '));
      } else {
        const t = readTimeline({ start: f.start?.text, end: f.end?.text, revisedEnd: f.revisedEnd?.text, timeline: f.timeline?.text });
        Object.assign(a, { start: t.start, startPrecision: t.startPrecision, end: t.end, endPrecision: t.endPrecision, endOpen: t.endOpen, revisedEnd: t.revisedEnd });
        a.timelineText = t.text.slice(0, LIMITS.timeline);
        for (const doubt of t.doubts) this.add({ ...this.where(record, f.start ? 'start' : f.end ? 'end' : 'timeline'), severity: 'doubt', topic: 'timeline', message: doubt, read: t.text, stored: describeTimeline(t) });
        if (f.revisedEnd) {
          this.add({ ...this.where(record, 'revisedEnd'), severity: 'repair', topic: 'timeline', message: `three dates where two are expected; stored ${describeTimeline({ ...t, revisedEnd: null })}, "${f.revisedEnd.text}" kept as revised end`, read: t.text, stored: describeTimeline(t) });
        }
        if (f.timeline && !f.start && !f.end && (t.start || t.end)) {
          this.add({ ...this.where(record, 'timeline'), severity: 'info', topic: 'timeline', message: `timeline "${f.timeline.text}" read as ${describeTimeline(t)}`, read: f.timeline.text, stored: describeTimeline(t) });
        }
      }
    }

    for (const role of ['lead', 'collaborators'] as const) {
      const cell = f[role];
      if (!cell) continue;
      if (continuing && a[role].text !== '') {
        conflict(role, FIELD_LABELS[role], cell.text);
        continue;
      }
      const text = this.limited(oneLine(cell.text), LIMITS.agency, FIELD_LABELS[role], record, role);
      a[role] = this.linker.link(text, { sheet: record.sheet, row: record.row + 1, column: columnLetter(cell.column) } satisfies Where);
    }

    if (f.fund) {
      if (continuing && a.fund.note !== '') conflict('fund', 'fund', f.fund.text);
      else {
        const note = f.fund.text.slice(0, LIMITS.fund);
        const status = readFundStatus(note);
        a.fund = { status, note };
        if (!status && !/^(na|n\/a|-|nil)$/i.test(note.trim())) {
          this.add({ ...this.where(record, 'fund'), severity: 'doubt', topic: 'fund', message: 'fund wording names no funding status; kept as a note, status left empty', read: note });
        }
      }
    }

    if (f.status) {
      if (continuing && a.statusText !== '') conflict('status', 'status', f.status.text);
      else {
        const text = this.limited(f.status.text, LIMITS.status, 'status', record, 'status', a.unmapped);
        const status = readImplementationStatus(text);
        a.statusText = text;
        a.status = status;
        if (!status) {
          this.add({ ...this.where(record, 'status'), severity: 'doubt', topic: 'status', message: 'the status cell holds a sentence, not a status; kept as written, status left empty', read: text });
        } else if (oneLine(text).toLowerCase() !== STATUS_LABELS[status].toLowerCase()) {
          this.add({ ...this.where(record, 'status'), severity: 'info', topic: 'status', message: `status "${clip(text, 60)}" read as ${STATUS_LABELS[status]}; the wording kept`, read: text, stored: STATUS_LABELS[status] });
        }
      }
    }

    if (f.remarks) {
      const text = f.remarks.text;
      if (continuing && a.remarks !== '') {
        this.add({ ...this.where(record, 'remarks'), severity: 'info', topic: 'text', message: `remarks of action ${a.code || clip(a.title, 30)} continue on this row; joined`, read: clip(text) });
        a.remarks = `${a.remarks}\n${text}`;
      } else {
        a.remarks = text;
      }
      a.remarks = this.limited(a.remarks, LIMITS.remarks, 'remarks', record, 'remarks');
    }

    for (const cell of record.unmapped) {
      const previous = a.unmapped[cell.header];
      a.unmapped[cell.header] = (previous ? `${previous}\n${cell.text}` : cell.text).slice(0, 100_000);
    }
  }
}

/** Builds the plan document and its report from the cells of a spreadsheet. */
export function buildPlan(fileName: string, content: SpreadsheetContent, options: BuildOptions = {}): BuiltPlan {
  return new PlanBuilder(fileName, content, options).build();
}
