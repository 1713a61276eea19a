// The rows of the actions grid: the plan read as the document, a chapter heading, its statements' headings,
// and each statement's actions, in plan order. Headings are full-width rows; only action rows have cells.
import type { ActionGridRow } from '../../../shared/domain';

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

/** The plan's chapters and statements in order: a PlanTree fits, and so does the outline read off the rows. */
export interface PlanOutline {
  readonly chapters: readonly {
    readonly id: string;
    readonly code: string;
    readonly title: string;
    readonly statements: readonly { readonly id: string; readonly code: string; readonly text: string }[];
  }[];
}

/**
 * The outline the action rows imply (chapters and statements that hold actions), in plan order. The grid shows
 * it at once; the full tree, with empty chapters and statements, follows a moment later.
 */
export function outlineOf(actions: readonly ActionGridRow[]): PlanOutline {
  const chapters = new Map<string, { id: string; code: string; title: string; position: number; statements: Map<string, { id: string; code: string; text: string; position: number }> }>();
  for (const a of actions) {
    let chapter = chapters.get(a.chapterId);
    if (!chapter) {
      chapter = { id: a.chapterId, code: a.chapterCode, title: a.chapterTitle, position: a.order[0], statements: new Map() };
      chapters.set(a.chapterId, chapter);
    }
    if (!chapter.statements.has(a.statementId)) chapter.statements.set(a.statementId, { id: a.statementId, code: a.statementCode, text: a.statementText, position: a.order[1] });
  }
  return {
    chapters: [...chapters.values()]
      .sort((x, y) => x.position - y.position)
      .map((c) => ({ ...c, statements: [...c.statements.values()].sort((x, y) => x.position - y.position) })),
  };
}

export const chapterRowId = (chapterId: string) => `chapter:${chapterId}`;
export const statementRowId = (statementId: string) => `statement:${statementId}`;

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
