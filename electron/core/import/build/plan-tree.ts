// The chapter → statement → action tree as rows add to it: the current chapter, statement and action (where the
// next row goes), and the rules that check each level's code against the levels above it.
import type { PlanFileAction, PlanFileChapter, PlanFileStatement } from '../../planfile/format';
import { isUnder, parentCode, readLeadingCode, type LeadingCode } from '../codes';
import type { ImportField } from '../headers';
import { clip, type ReportLog } from '../report';
import { oneLine } from './clean-cell';
import type { CodeLevels, Level } from './code-depths';
import { LIMITS, limited, note } from './messages';
import { where, type RowRecord } from './row-record';

export interface ActionDraft {
  readonly action: PlanFileAction;
  readonly sheet: string | null;
  readonly row: number;
}

export interface PlanTree {
  readonly chapters: PlanFileChapter[];
  /** Section headings without a code, kept as the plan's description. */
  readonly descriptionParts: string[];
  chapter: PlanFileChapter | null;
  chapterCode: LeadingCode | null;
  statement: PlanFileStatement | null;
  statementCode: LeadingCode | null;
  action: ActionDraft | null;
  /** Where each action code was first seen, across sheets. */
  readonly actionRows: Map<string, { sheet: string | null; row: number }>;
}

export function emptyTree(): PlanTree {
  return { chapters: [], descriptionParts: [], chapter: null, chapterCode: null, statement: null, statementCode: null, action: null, actionRows: new Map() };
}

/** What reading a sheet's rows into the tree needs: the sheet's code levels and the meanings its header has. */
export interface TreeContext {
  readonly log: ReportLog;
  readonly tree: PlanTree;
  readonly levels: CodeLevels;
  readonly headerFields: ReadonlySet<ImportField>;
}

/** A code as the plan stores it (at most LIMITS.code characters; '' for none): also what a repeated row is compared by. */
export function storedCode(code: LeadingCode | null): string {
  return (code?.code ?? '').slice(0, LIMITS.code);
}

/** A level's cell split into its leading code ("5.1.1.") and its title, with the code's repairs in the report. */
export function readCode(log: ReportLog, record: RowRecord, level: Level, text: string): { code: LeadingCode | null; title: string } {
  const code = readLeadingCode(text);
  if (!code) return { code: null, title: oneLine(text) };
  if (code.trailingDot) {
    note(log, { ...where(record, level), severity: 'repair', topic: 'code', message: `code "${code.parts.join('.')}." written with a trailing dot; stored as ${code.code}`, read: text.slice(0, code.code.length + 3), stored: code.code });
  }
  if (code.suffix) {
    note(log, { ...where(record, level), severity: 'info', topic: 'code', message: `code with the suffix (${code.suffix}) kept as "${code.code}"`, stored: code.code });
  }
  return { code, title: oneLine(code.rest) };
}

export function ensureChapter({ log, tree, headerFields }: TreeContext, record: RowRecord): PlanFileChapter {
  if (tree.chapter) return tree.chapter;
  note(log, { ...where(record), severity: 'doubt', topic: 'structure', message: headerFields.has('chapter') ? 'rows before the first chapter; put under a chapter without a title' : 'the file has no chapter column; all statements put under one chapter', stored: '(no chapter)' });
  tree.chapter = { code: '', title: '(no chapter)', statements: [] };
  tree.chapters.push(tree.chapter);
  return tree.chapter;
}

function ensureStatement(ctx: TreeContext, record: RowRecord): PlanFileStatement {
  const { log, tree, headerFields } = ctx;
  if (tree.statement) return tree.statement;
  const chapter = ensureChapter(ctx, record);
  if (headerFields.has('statement')) {
    note(log, { ...where(record), severity: 'doubt', topic: 'structure', message: 'action before any policy statement of its chapter; put under a statement without text', stored: '(no policy statement)' });
  }
  tree.statement = { code: '', text: '(no policy statement)', actions: [] };
  tree.statementCode = null;
  chapter.statements.push(tree.statement);
  return tree.statement;
}

/** A chapter cell; `withMore`: the row holds more than the chapter. */
export function readChapter({ log, tree, levels }: TreeContext, record: RowRecord, text: string, withMore: boolean): void {
  const { code, title } = readCode(log, record, 'chapter', text);
  if (tree.chapter && tree.chapter.title === title && tree.chapter.code === storedCode(code)) return;
  if (!code && !withMore && levels.coded.chapter) {
    // "<b>e-Gov policy</b>" alone on its row, where chapters carry codes: a section heading, not a chapter.
    tree.descriptionParts.push(title);
    note(log, { ...where(record, 'chapter'), severity: tree.chapters.length === 0 ? 'info' : 'doubt', topic: 'structure', message: 'section heading without a code, alone on its row; kept in the plan description, not as a chapter', read: text, stored: title });
    return;
  }
  if (code && code.depth !== levels.depths.chapter) {
    note(log, { ...where(record, 'chapter'), severity: 'doubt', topic: 'code', message: `chapter code ${code.code} has ${code.depth} parts where chapters have ${levels.depths.chapter}; kept as written`, read: code.code });
  }
  tree.chapter = { code: storedCode(code), title: limited(log, title, LIMITS.chapter, 'chapter title', record, 'chapter'), statements: [] };
  tree.chapterCode = code;
  tree.chapters.push(tree.chapter);
  tree.statement = null;
  tree.statementCode = null;
  tree.action = null;
}

/** A statement cell; `chapterOnRow`: the row also starts a chapter. */
export function readStatement(ctx: TreeContext, record: RowRecord, text: string, chapterOnRow: boolean): void {
  const { log, tree, levels } = ctx;
  const { code, title } = readCode(log, record, 'statement', text);
  const current = tree.statement;
  if (current && current.text === title && current.code === storedCode(code)) return;
  // A statement whose text runs on to a later row without a code ("… national development" / "plans, market demands …").
  if (!code && current && !chapterOnRow && levels.coded.statement && (/^[a-z]/.test(title) || !/[.;:!?)]$/.test(current.text))) {
    const joined = `${current.text} ${title}`;
    note(log, { ...where(record, 'statement'), severity: 'repair', topic: 'structure', message: `the text of statement ${current.code || '(no code)'} continues on this row without a code; joined to it`, read: title, stored: clip(joined, 120) });
    current.text = joined.slice(0, LIMITS.statement);
    return;
  }
  const chapter = ensureChapter(ctx, record);
  if (code && tree.chapterCode && code.depth === levels.depths.statement && !isUnder(code, tree.chapterCode)) {
    note(log, { ...where(record, 'statement'), severity: 'doubt', topic: 'code', message: `statement ${code.code} stands under chapter ${tree.chapterCode.code}; kept there as written (codes are labels)`, read: code.code });
  } else if (code && code.depth !== levels.depths.statement) {
    note(log, { ...where(record, 'statement'), severity: 'doubt', topic: 'code', message: `statement code ${code.code} has ${code.depth} parts where statements have ${levels.depths.statement}; kept as written`, read: code.code });
  }
  tree.statement = { code: storedCode(code), text: limited(log, title, LIMITS.statement, 'statement text', record, 'statement'), actions: [] };
  tree.statementCode = code;
  chapter.statements.push(tree.statement);
  tree.action = null;
}

/** Starts an action under the current statement (one without text when there is none); its data is read after. */
export function newAction(ctx: TreeContext, record: RowRecord, code: LeadingCode | null, title: string): ActionDraft {
  const { log, tree, levels } = ctx;
  const statement = ensureStatement(ctx, record);
  const at = where(record, 'action');
  if (code) {
    if (code.depth === levels.depths.statement && levels.depths.statement !== levels.depths.action) {
      note(log, { ...at, severity: 'doubt', topic: 'code', message: `action ${code.code} is numbered like a policy statement; kept as written`, read: code.code });
    } else if (tree.statementCode && code.depth === levels.depths.action && !isUnder(code, tree.statementCode)) {
      note(log, { ...at, severity: 'doubt', topic: 'code', message: `action ${code.code} stands under statement ${tree.statementCode.code} (its code says ${parentCode(code)}); kept there as written`, read: code.code });
    }
    const first = tree.actionRows.get(code.code);
    if (first) {
      note(log, { ...at, severity: 'doubt', topic: 'code', message: `code ${code.code} is used again (first on ${first.sheet ? `${first.sheet} ` : ''}row ${first.row + 1}); both actions kept`, read: code.code });
    } else {
      tree.actionRows.set(code.code, { sheet: record.sheet, row: record.row });
    }
  }
  const unmapped: Record<string, string> = {};
  const action = blankAction(storedCode(code), limited(log, title, LIMITS.title, 'action title', record, 'action', unmapped), unmapped);
  statement.actions.push(action);
  tree.action = { action, sheet: record.sheet, row: record.row };
  return tree.action;
}

/** An action with its code and title only: its rows fill in the rest. */
export function blankAction(code: string, title: string, unmapped: Record<string, string> = {}): PlanFileAction {
  return {
    code,
    title,
    start: null,
    end: null,
    endOpen: false,
    startPrecision: 'month',
    endPrecision: 'month',
    revisedEnd: null,
    revisedEndReason: '',
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
}
