// What a row is in the plan: a chapter, a statement, an action (or the same action repeated, one more of its
// indicators), the data of the action above it, or nothing to import; and where its data goes.
import { clip } from '../report';
import { newAction, readChapter, readCode, readStatement, storedCode, type TreeContext } from './plan-tree';
import { readData, type DataContext } from './read-data';
import { note } from './messages';
import { where, type RecordField, type RowRecord } from './row-record';

export type RecordContext = TreeContext & DataContext;

const DATA_FIELDS: readonly RecordField[] = ['indicator', 'baseline', 'target', 'timeline', 'start', 'end', 'revisedEnd', 'lead', 'collaborators', 'fund', 'status', 'remarks'];

export function readRecord(ctx: RecordContext, record: RowRecord): void {
  const { log, tree } = ctx;
  const f = record.fields;
  const hasData = DATA_FIELDS.some((k) => f[k]);
  if (!hasData && !f.action && record.unmapped.length > 0) {
    if (tree.action && !f.chapter && !f.statement) readData(ctx, record, tree.action.action, true);
    else note(log, { ...where(record), severity: 'info', topic: 'layout', message: 'cells in unmapped columns on a row without an action; kept in this report only', read: clip(record.unmapped.map((u) => `${u.header}: ${u.text}`).join(' | '), 200) });
  }

  if (f.chapter) readChapter(ctx, record, f.chapter.text, hasData || Boolean(f.statement || f.action));
  if (f.statement) readStatement(ctx, record, f.statement.text, Boolean(f.chapter));
  if (f.action) {
    const { code, title } = readCode(log, record, 'action', f.action.text);
    if (title === '' && !hasData) {
      note(log, { ...where(record, 'action'), severity: 'doubt', topic: 'structure', message: `action ${code?.code ?? ''} has no title and nothing else on its row; placeholder not imported`, read: f.action.text, stored: '' });
      tree.action = null;
      return;
    }
    const current = tree.action;
    if (current && !f.statement && !f.chapter && current.action.title === title && current.action.code === storedCode(code)) {
      // The action repeated on the next row (a merged cell exported with its value on every row): another indicator.
      readData(ctx, record, current.action, true);
      return;
    }
    readData(ctx, record, newAction(ctx, record, code, title).action, false);
    return;
  }
  if (!hasData) return;
  if (!tree.action || f.statement || f.chapter) {
    if (!tree.statement && !tree.chapter && !f.indicator) {
      note(log, { ...where(record), severity: 'doubt', topic: 'structure', message: 'row above the first chapter holds data but no action; not imported', read: clip(Object.values(f).map((c) => c.text).join(' | '), 120) });
      return;
    }
    note(log, { ...where(record), severity: 'doubt', topic: 'structure', message: 'row holds action data but no action title; imported as an action without a title', read: clip(Object.values(f).map((c) => c.text).join(' | '), 120) });
    readData(ctx, record, newAction(ctx, record, null, '').action, false);
    return;
  }
  readData(ctx, record, tree.action.action, true);
}
