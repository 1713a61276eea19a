// An action's data from one row, one rule per kind of data (indicator, timeline, agencies, fund, status,
// remarks, unmapped cells). A row without an action title of its own continues the action above it: it adds
// indicators and remarks, and where the action already holds a value (a timeline, a lead agency, a fund, a
// status) the row's value is not taken over it but kept in the remarks, with a doubt in the report.
import { STATUS_LABELS, readFundStatus, readImplementationStatus } from '../../../../shared/vocab/status';
import { UNMAPPED_LIMITS, type PlanFileAction } from '../../planfile/format';
import { FIELD_LABELS } from '../headers';
import { readIndicator } from '../indicator-values';
import type { AgencyLinker, Where } from '../link-agencies';
import { clip, columnLetter, type ReportLog } from '../report';
import { describeTimeline, readTimeline } from '../timeline';
import { oneLine } from './clean-cell';
import { LIMITS, limited, note, putUnmapped, tallyOf } from './messages';
import { where, type RecordField, type RowRecord } from './row-record';

export interface DataContext {
  readonly log: ReportLog;
  readonly linker: AgencyLinker;
}

interface DataInput {
  readonly ctx: DataContext;
  readonly record: RowRecord;
  readonly action: PlanFileAction;
  /** The row continues the action (it has no action title of its own). */
  readonly continuing: boolean;
}

export interface DataRule {
  /** What the rule reads, for a newcomer reading the table. */
  readonly name: string;
  /** Whether the row carries this data. */
  present(record: RowRecord): boolean;
  /**
   * Data an action holds once. On a continuing row, when the action already holds it, the row's value goes to the
   * remarks as "<label> (row N): <text>" instead. Without it, continuing rows add to the action (the rule decides how).
   */
  readonly once?: {
    readonly label: string;
    /** The cell the report entry points at. */
    readonly field: RecordField;
    held(action: PlanFileAction): boolean;
    text(record: RowRecord): string;
  };
  read(input: DataInput): void;
}

/** The row's value, kept in the remarks because the action already holds one. */
function keepInRemarks({ ctx, record, action }: DataInput, field: RecordField, label: string, text: string): void {
  note(ctx.log, { ...where(record, field), severity: 'doubt', topic: 'structure', message: `${label} for action ${action.code || clip(action.title, 30)} given again on this row; the earlier value kept, this one added to its remarks`, read: text });
  action.remarks = `${action.remarks}${action.remarks ? '\n' : ''}${label} (row ${record.row + 1}): ${text}`.slice(0, LIMITS.remarks);
}

function readIndicatorCells({ ctx: { log }, record, action: a, continuing }: DataInput): void {
  const f = record.fields;
  const name = oneLine(f.indicator?.text ?? '');
  const reading = readIndicator(name, oneLine(f.baseline?.text ?? ''), oneLine(f.target?.text ?? ''));
  if (a.indicators.length >= 100) {
    note(log, { ...where(record, 'indicator'), severity: 'doubt', topic: 'indicator', message: 'more than 100 indicators for one action; this one not imported', read: name });
    return;
  }
  a.indicators.push({
    name: limited(log, name, LIMITS.indicator, 'indicator', record, 'indicator'),
    kind: reading.kind,
    unit: reading.unit.slice(0, 100),
    baseline: { text: reading.baseline.text.slice(0, LIMITS.value), value: reading.baseline.value },
    target: { text: reading.target.text.slice(0, LIMITS.value), value: reading.target.value },
  });
  if (continuing) note(log, { ...where(record, 'indicator'), severity: 'info', topic: 'indicator', message: `another indicator of action ${a.code || clip(a.title, 30)} (row without an action title)`, read: name });
  if (reading.kind === 'yes_no' && (/^[01]$/.test(reading.baseline.text) || /^[01]$/.test(reading.target.text))) {
    note(log, { ...where(record, 'target'), severity: 'info', topic: 'indicator', message: `"${clip(name, 50)}" reads as yes/no; ${reading.baseline.text || 'blank'} → ${reading.target.text || 'blank'} stored as a yes/no indicator`, read: `${reading.baseline.text} → ${reading.target.text}`, stored: 'yes_no' });
  }
  if (reading.kind === 'date' && f.target) {
    note(log, { ...where(record, 'target'), severity: 'info', topic: 'indicator', message: `the target "${reading.target.text}" is a date; stored as a date indicator`, read: reading.target.text, stored: 'date' });
  }
}

function readTimelineCells({ ctx: { log }, record, action: a }: DataInput): void {
  const f = record.fields;
  const t = readTimeline({ start: f.start?.text, end: f.end?.text, revisedEnd: f.revisedEnd?.text, timeline: f.timeline?.text });
  Object.assign(a, { start: t.start, startPrecision: t.startPrecision, end: t.end, endPrecision: t.endPrecision, endOpen: t.endOpen, revisedEnd: t.revisedEnd });
  a.timelineText = t.text.slice(0, LIMITS.timeline);
  for (const doubt of t.doubts) note(log, { ...where(record, f.start ? 'start' : f.end ? 'end' : 'timeline'), severity: 'doubt', topic: 'timeline', message: doubt, read: t.text, stored: describeTimeline(t) });
  if (f.revisedEnd) {
    note(log, { ...where(record, 'revisedEnd'), severity: 'repair', topic: 'timeline', message: `three dates where two are expected; stored ${describeTimeline({ ...t, revisedEnd: null })}, "${f.revisedEnd.text}" kept as revised end`, read: t.text, stored: describeTimeline(t) });
  }
  if (f.timeline && !f.start && !f.end && (t.start || t.end)) {
    note(log, { ...where(record, 'timeline'), severity: 'info', topic: 'timeline', message: `timeline "${f.timeline.text}" read as ${describeTimeline(t)}`, read: f.timeline.text, stored: describeTimeline(t) });
  }
}

function agencyRule(role: 'lead' | 'collaborators'): DataRule {
  return {
    name: FIELD_LABELS[role],
    present: (record) => record.fields[role] !== undefined,
    once: { label: FIELD_LABELS[role], field: role, held: (a) => a[role].text !== '', text: (record) => record.fields[role]!.text },
    read: ({ ctx: { log, linker }, record, action }) => {
      const cell = record.fields[role]!;
      const text = limited(log, oneLine(cell.text), LIMITS.agency, FIELD_LABELS[role], record, role);
      action[role] = linker.link(text, { sheet: record.sheet, row: record.row + 1, column: columnLetter(cell.column) } satisfies Where);
    },
  };
}

function readFund({ ctx: { log }, record, action }: DataInput): void {
  const fundNote = record.fields.fund!.text.slice(0, LIMITS.fund);
  const status = readFundStatus(fundNote);
  action.fund = { status, note: fundNote };
  if (!status && !/^(na|n\/a|-|nil)$/i.test(fundNote.trim())) {
    note(log, { ...where(record, 'fund'), severity: 'doubt', topic: 'fund', message: 'fund wording names no funding status; kept as a note, status left empty', read: fundNote });
  }
}

function readStatus({ ctx: { log }, record, action }: DataInput): void {
  const text = limited(log, record.fields.status!.text, LIMITS.status, 'status', record, 'status', action.unmapped);
  const status = readImplementationStatus(text);
  action.statusText = text;
  action.status = status;
  if (!status) {
    note(log, { ...where(record, 'status'), severity: 'doubt', topic: 'status', message: 'the status cell holds a sentence, not a status; kept as written, status left empty', read: text });
  } else if (oneLine(text).toLowerCase() !== STATUS_LABELS[status].toLowerCase()) {
    note(log, { ...where(record, 'status'), severity: 'info', topic: 'status', message: `status "${clip(text, 60)}" read as ${STATUS_LABELS[status]}; the wording kept`, read: text, stored: STATUS_LABELS[status] });
  }
}

/** Remarks continued on a later row are joined to the action's. */
function readRemarks({ ctx: { log }, record, action, continuing }: DataInput): void {
  const text = record.fields.remarks!.text;
  if (continuing && action.remarks !== '') {
    note(log, { ...where(record, 'remarks'), severity: 'info', topic: 'text', message: `remarks of action ${action.code || clip(action.title, 30)} continue on this row; joined`, read: clip(text) });
    action.remarks = `${action.remarks}\n${text}`;
  } else {
    action.remarks = text;
  }
  action.remarks = limited(log, action.remarks, LIMITS.remarks, 'remarks', record, 'remarks');
}

/** Cells of columns without a meaning, kept by their header; a later row's cell is added on a new line. */
function readUnmapped({ ctx: { log }, record, action }: DataInput): void {
  const tally = tallyOf(action.unmapped);
  for (const cell of record.unmapped) {
    const previous = action.unmapped[cell.header.slice(0, UNMAPPED_LIMITS.name)];
    putUnmapped(log, record, action.unmapped, cell.header, previous ? `${previous}\n${cell.text}` : cell.text, cell.column, tally);
  }
}

/** In the order the report lists their entries. */
export const DATA_RULES: readonly DataRule[] = [
  { name: 'indicator', present: ({ fields: f }) => Boolean(f.indicator || f.baseline || f.target), read: readIndicatorCells },
  {
    name: 'timeline',
    present: ({ fields: f }) => Boolean(f.start || f.end || f.timeline || f.revisedEnd),
    once: {
      label: 'timeline',
      field: 'start',
      held: (a) => Boolean(a.start || a.end || a.endOpen),
      text: ({ fields: f }) => [f.start?.text, f.end?.text, f.timeline?.text].filter(Boolean).join(' – '),
    },
    read: readTimelineCells,
  },
  agencyRule('lead'),
  agencyRule('collaborators'),
  {
    name: 'fund',
    present: ({ fields: f }) => f.fund !== undefined,
    once: { label: 'fund', field: 'fund', held: (a) => a.fund.note !== '', text: ({ fields: f }) => f.fund!.text },
    read: readFund,
  },
  {
    name: 'status',
    present: ({ fields: f }) => f.status !== undefined,
    once: { label: 'status', field: 'status', held: (a) => a.statusText !== '', text: ({ fields: f }) => f.status!.text },
    read: readStatus,
  },
  { name: 'remarks', present: ({ fields: f }) => f.remarks !== undefined, read: readRemarks },
  { name: 'unmapped cells', present: ({ unmapped }) => unmapped.length > 0, read: readUnmapped },
];

/** Fills an action from a row; `continuing` rows (no action title) add to it without overwriting. */
export function readData(ctx: DataContext, record: RowRecord, action: PlanFileAction, continuing: boolean): void {
  const input: DataInput = { ctx, record, action, continuing };
  for (const rule of DATA_RULES) {
    if (!rule.present(record)) continue;
    if (continuing && rule.once?.held(action)) keepInRemarks(input, rule.once.field, rule.once.label, rule.once.text(record));
    else rule.read(input);
  }
}
