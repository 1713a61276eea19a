// The plan tree as the tree view walks it: keys for chapters, statements and actions, the rows visible under
// the current expansion (what the arrow keys move through), and the counts the rows show.
import type { ActionNode, ChapterNode, PlanTree, StatementNode } from '../../../shared/domain';

export type TreeKey = `chapter:${string}` | `statement:${string}` | `action:${string}`;

export type TreeRow =
  | { readonly kind: 'chapter'; readonly key: TreeKey; readonly level: 1; readonly node: ChapterNode; readonly parent: null; readonly position: number; readonly siblings: number }
  | { readonly kind: 'statement'; readonly key: TreeKey; readonly level: 2; readonly node: StatementNode; readonly parent: TreeKey; readonly position: number; readonly siblings: number }
  | { readonly kind: 'action'; readonly key: TreeKey; readonly level: 3; readonly node: ActionNode; readonly parent: TreeKey; readonly position: number; readonly siblings: number };

/** What the right-hand pane shows: the whole plan, or one node of the tree. */
export type Selection = { readonly kind: 'plan' } | { readonly kind: 'node'; readonly key: TreeKey };

export const chapterKey = (id: string): TreeKey => `chapter:${id}`;
export const statementKey = (id: string): TreeKey => `statement:${id}`;
export const actionKey = (id: string): TreeKey => `action:${id}`;

export function visibleRows(tree: PlanTree, expanded: ReadonlySet<TreeKey>): TreeRow[] {
  const rows: TreeRow[] = [];
  tree.chapters.forEach((chapter, ci) => {
    const ck = chapterKey(chapter.id);
    rows.push({ kind: 'chapter', key: ck, level: 1, node: chapter, parent: null, position: ci + 1, siblings: tree.chapters.length });
    if (!expanded.has(ck)) return;
    chapter.statements.forEach((statement, si) => {
      const sk = statementKey(statement.id);
      rows.push({ kind: 'statement', key: sk, level: 2, node: statement, parent: ck, position: si + 1, siblings: chapter.statements.length });
      if (!expanded.has(sk)) return;
      statement.actions.forEach((action, ai) => {
        rows.push({ kind: 'action', key: actionKey(action.id), level: 3, node: action, parent: sk, position: ai + 1, siblings: statement.actions.length });
      });
    });
  });
  return rows;
}

export function hasChildren(row: TreeRow): boolean {
  switch (row.kind) {
    case 'chapter':
      return row.node.statements.length > 0;
    case 'statement':
      return row.node.actions.length > 0;
    case 'action':
      return false;
  }
}

/** Every chapter and statement: the tree opens fully expanded, since actions are what people come for. */
/** Above this many actions a plan opens with its statements folded: the tree stays quick to draw and to leave. */
export const LARGE_PLAN_ACTIONS = 1000;

export function allBranchKeys(tree: PlanTree): Set<TreeKey> {
  const keys = new Set<TreeKey>();
  for (const chapter of tree.chapters) {
    keys.add(chapterKey(chapter.id));
    for (const statement of chapter.statements) keys.add(statementKey(statement.id));
  }
  return keys;
}

/** The branches open when a plan is first shown: all of them, or the chapters only for a large plan. */
export function openingBranchKeys(tree: PlanTree): Set<TreeKey> {
  const actions = tree.chapters.reduce((n, c) => n + c.statements.reduce((m, s) => m + s.actions.length, 0), 0);
  if (actions <= LARGE_PLAN_ACTIONS) return allBranchKeys(tree);
  return new Set(tree.chapters.map((chapter) => chapterKey(chapter.id)));
}

export interface Located {
  readonly chapter: ChapterNode;
  readonly statement?: StatementNode;
  readonly action?: ActionNode;
}

export function locate(tree: PlanTree, key: TreeKey): Located | null {
  for (const chapter of tree.chapters) {
    if (key === chapterKey(chapter.id)) return { chapter };
    for (const statement of chapter.statements) {
      if (key === statementKey(statement.id)) return { chapter, statement };
      for (const action of statement.actions) {
        if (key === actionKey(action.id)) return { chapter, statement, action };
      }
    }
  }
  return null;
}

/** The keys to expand so that `key` is visible. */
export function ancestorsOf(tree: PlanTree, key: TreeKey): TreeKey[] {
  const found = locate(tree, key);
  if (!found) return [];
  const keys: TreeKey[] = [];
  if (found.statement || found.action) keys.push(chapterKey(found.chapter.id));
  if (found.action && found.statement) keys.push(statementKey(found.statement.id));
  return keys;
}

export function actionsOfChapter(chapter: ChapterNode): ActionNode[] {
  return chapter.statements.flatMap((s) => s.actions);
}

export function allActions(tree: PlanTree): ActionNode[] {
  return tree.chapters.flatMap(actionsOfChapter);
}

export function overdueCount(actions: readonly ActionNode[]): number {
  return actions.filter((a) => a.overdue).length;
}
