// Items held on both sides whose place differs: moved to another parent, or to another place among the siblings
// both plans hold. Each move is weighed against both histories like a field.
import { siblingsBefore, type Placed } from './flatten';
import { lastOf } from './history-sides';
import { PLACED_KINDS } from './placed-kinds';
import { PARENT_COLUMN } from './planned-change';
import type { PackReview } from './review';

/**
 * Items of both plans that moved: to another parent, or to another place among siblings both plans hold.
 * Within a parent the items that keep their order are the heaviest increasing run of local places taken in
 * the package's order, where an item whose move is in a history weighs less (so it is the one called moved).
 */
export function movedIds<T>(theirs: ReadonlyMap<string, Placed<T>>, ours: ReadonlyMap<string, Placed<T>>, movedInHistory: (id: string) => boolean): Set<string> {
  const moved = new Set<string>();
  const byParent = new Map<string, { id: string; theirs: number; ours: number }[]>();
  for (const [id, t] of theirs) {
    const o = ours.get(id);
    if (!o) continue;
    if (o.parentId !== t.parentId) {
      moved.add(id);
      continue;
    }
    const list = byParent.get(t.parentId) ?? [];
    list.push({ id, theirs: t.index, ours: o.index });
    byParent.set(t.parentId, list);
  }
  for (const list of byParent.values()) {
    list.sort((a, b) => a.theirs - b.theirs);
    if (list.every((x, i) => i === 0 || list[i - 1]!.ours < x.ours)) continue;
    const weight = list.map((x) => (movedInHistory(x.id) ? 1 : 2));
    const best: number[] = [];
    const previous: number[] = [];
    for (let i = 0; i < list.length; i += 1) {
      best[i] = weight[i]!;
      previous[i] = -1;
      for (let j = 0; j < i; j += 1) {
        if (list[j]!.ours < list[i]!.ours && best[j]! + weight[i]! > best[i]!) {
          best[i] = best[j]! + weight[i]!;
          previous[i] = j;
        }
      }
    }
    let end = 0;
    for (let i = 1; i < list.length; i += 1) if (best[i]! > best[end]!) end = i;
    const kept = new Set<number>();
    for (let i = end; i !== -1; i = previous[i]!) kept.add(i);
    list.forEach((x, i) => {
      if (!kept.has(i)) moved.add(x.id);
    });
  }
  return moved;
}

function placeLabel(entity: 'chapter' | 'statement' | 'action' | 'indicator', otherParent: boolean, code: string): string {
  switch (entity) {
    case 'chapter':
      return 'Place in the plan';
    case 'statement':
      return otherParent ? 'Moved to another chapter' : 'Place in its chapter';
    case 'action':
      return otherParent ? 'Moved to another statement' : 'Place in its statement';
    case 'indicator':
      return `${code}: place`;
  }
}

export function proposeMoves(review: PackReview): void {
  const { theirs, ours, sides } = review;
  for (const kind of PLACED_KINDS) {
    const fields = [PARENT_COLUMN[kind.table], 'position'];
    const theirsMap = kind.items(theirs);
    const oursMap = kind.items(ours);
    /** "in 5.1.1, after 5.1.1.2", "first". */
    const describePlace = (map: typeof theirsMap, id: string, parentWords: (parentId: string) => string): string => {
      const me = map.get(id)!;
      const before = siblingsBefore(map, id)[0];
      return `${parentWords(me.parentId)}${before ? `after ${kind.placeCode(map.get(before)!.item) || 'the item before'}` : 'first'}`;
    };
    const moved = movedIds(theirsMap, oursMap, (id) => lastOf(sides.there, [id], fields) !== null || lastOf(sides.here, [id], fields) !== null);
    for (const id of moved) {
      const t = theirsMap.get(id)!;
      const o = oursMap.get(id)!;
      review.weigh(
        kind.group(review, id, t),
        {
          entity: kind.entity,
          entityId: id,
          field: 'moved',
          label: placeLabel(kind.entity, t.parentId !== o.parentId, kind.placeCode(t.item)),
          oldValue: describePlace(oursMap, id, (parentId) => kind.parentWords(ours, parentId)),
          newValue: describePlace(theirsMap, id, (parentId) => kind.parentWords(theirs, parentId)),
          kind: 'moved',
        },
        { write: { kind: 'move', table: kind.table, id, parentId: t.parentId, after: siblingsBefore(theirsMap, id) }, sequence: t.sequence },
        { theirIds: [id], ourIds: [id], fields },
        { code: kind.placeCode(t.item), title: '' },
      );
    }
  }
}
