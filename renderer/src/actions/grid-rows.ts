// The rows of the actions grid: the plan read as the document, a chapter heading, its statements' headings,
// and each statement's actions, in plan order. Headings are full-width rows; only action rows have cells.
import type { ActionGridRow } from '../../../shared/domain';
import type { PlanOutline } from '../../../shared/plan-outline';

export interface ChapterHeading {
  readonly kind: 'chapter';
  readonly id: string;
  readonly chapterId: string;
  readonly code: string;
  readonly title: string;
  readonly actions: number;
}

export interface StatementHeading {
  readonly kind: 'statement';
  readonly id: string;
  readonly chapterId: string;
  readonly statementId: string;
  readonly code: string;
  readonly text: string;
  readonly actions: number;
}

export interface ActionLine {
  readonly kind: 'action';
  readonly id: string;
  readonly action: ActionGridRow;
}

export type GridRow = ChapterHeading | StatementHeading | ActionLine;

export const chapterRowId = (chapterId: string) => `chapter:${chapterId}`;
export const statementRowId = (statementId: string) => `statement:${statementId}`;

/** How an action is named in notices and dialogs: "5.1.1.2 Publish the open data portal". */
export function labelOf(action: ActionGridRow): string {
  return [action.code, action.title].filter(Boolean).join(' ');
}

export function actionLine(action: ActionGridRow): ActionLine {
  return { kind: 'action', id: action.id, action };
}

/** Headings and actions in document order. Actions whose statement is not in the tree go last, in their order. */
export function buildGridRows(tree: PlanOutline, actions: readonly ActionGridRow[]): GridRow[] {
  const byStatement = new Map<string, ActionGridRow[]>();
  for (const action of actions) {
    const list = byStatement.get(action.statementId);
    if (list) list.push(action);
    else byStatement.set(action.statementId, [action]);
  }
  for (const list of byStatement.values()) list.sort((a, b) => a.order[2] - b.order[2]);
  const rows: GridRow[] = [];
  const placed = new Set<string>();
  for (const chapter of tree.chapters) {
    const chapterActions = chapter.statements.reduce((sum, s) => sum + (byStatement.get(s.id)?.length ?? 0), 0);
    rows.push({ kind: 'chapter', id: chapterRowId(chapter.id), chapterId: chapter.id, code: chapter.code, title: chapter.title, actions: chapterActions });
    for (const statement of chapter.statements) {
      const list = byStatement.get(statement.id) ?? [];
      placed.add(statement.id);
      rows.push({
        kind: 'statement',
        id: statementRowId(statement.id),
        chapterId: chapter.id,
        statementId: statement.id,
        code: statement.code,
        text: statement.text,
        actions: list.length,
      });
      for (const action of list) rows.push(actionLine(action));
    }
  }
  for (const [statementId, list] of byStatement) {
    if (!placed.has(statementId)) for (const action of list) rows.push(actionLine(action));
  }
  return rows;
}

/** The actions of the plan in document order (the order `buildGridRows` shows them). */
export function actionsInOrder(rows: readonly GridRow[]): ActionGridRow[] {
  const list: ActionGridRow[] = [];
  for (const row of rows) if (row.kind === 'action') list.push(row.action);
  return list;
}
