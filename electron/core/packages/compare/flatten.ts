// A plan as four maps of placed items (chapters, statements, actions, indicators) by id: each with its parent,
// its place among its siblings and its place in the whole plan.
import type { PlanFileAction, PlanFileChapter, PlanFileIndicator, PlanFilePlan, PlanFileStatement } from '../../planfile/format';

export interface Placed<T> {
  readonly item: T;
  readonly parentId: string;
  /** Place among its siblings. */
  readonly index: number;
  /** Place in the whole plan, depth first. */
  readonly sequence: number;
}

export interface Flat {
  readonly chapters: Map<string, Placed<PlanFileChapter>>;
  readonly statements: Map<string, Placed<PlanFileStatement>>;
  readonly actions: Map<string, Placed<PlanFileAction>>;
  readonly indicators: Map<string, Placed<PlanFileIndicator>>;
}

export function flatten(plan: PlanFilePlan): Flat {
  const flat: Flat = { chapters: new Map(), statements: new Map(), actions: new Map(), indicators: new Map() };
  let sequence = 0;
  plan.chapters.forEach((chapter, c) => {
    flat.chapters.set(chapter.id ?? '', { item: chapter, parentId: plan.id ?? '', index: c, sequence: (sequence += 1) });
    chapter.statements.forEach((statement, s) => {
      flat.statements.set(statement.id ?? '', { item: statement, parentId: chapter.id ?? '', index: s, sequence: (sequence += 1) });
      statement.actions.forEach((action, a) => {
        flat.actions.set(action.id ?? '', { item: action, parentId: statement.id ?? '', index: a, sequence: (sequence += 1) });
        action.indicators.forEach((indicator, i) => {
          flat.indicators.set(indicator.id ?? '', { item: indicator, parentId: action.id ?? '', index: i, sequence: (sequence += 1) });
        });
      });
    });
  });
  return flat;
}

const childrenCache = new WeakMap<ReadonlyMap<string, Placed<unknown>>, Map<string, string[]>>();

/** The siblings before an item in its parent, nearest first: where it goes is after the first of them present here. */
export function siblingsBefore<T>(map: ReadonlyMap<string, Placed<T>>, id: string): string[] {
  let children = childrenCache.get(map);
  if (!children) {
    children = new Map();
    for (const [childId, p] of map) {
      const list = children.get(p.parentId) ?? [];
      list[p.index] = childId;
      children.set(p.parentId, list);
    }
    childrenCache.set(map, children);
  }
  const me = map.get(id)!;
  return children.get(me.parentId)!.slice(0, me.index).reverse();
}
