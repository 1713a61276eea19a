// Items held here that the package does not hold: offered for removal when the package's history shows the
// removal (a conflict when they changed here since); kept otherwise, and listed as held here only.
import { lastOf, since } from './history-sides';
import { PLACED_KINDS } from './placed-kinds';
import type { PackReview } from './review';

export function proposeRemovals(review: PackReview): void {
  const { theirs, ours, sides } = review;
  const { there, here } = sides;
  // Children first: an action's removal is listed after its indicators'.
  for (const kind of [...PLACED_KINDS].reverse()) {
    const theirsMap = kind.items(theirs);
    for (const [id, mine] of kind.items(ours)) {
      if (theirsMap.has(id)) continue;
      // An indicator of an action removed there goes with its action.
      if (kind.entity === 'indicator' && !theirs.actions.has(mine.parentId)) continue;
      const code = kind.code(mine.item);
      const title = kind.title(mine.item);
      const removedThere = there.unknown.get(`${id}|deleted_at`);
      if (!removedThere) {
        review.keptHere(kind.entity, id, code, title, here.unknown.has(`${id}|created`) ? 'added here since the package was made' : 'not in the package');
        continue;
      }
      const group = kind.group(review, id, mine);
      const changedHere = here.touched.has(id) ? lastOf(here, [id], [...here.unknown.keys()].filter((k) => k.startsWith(`${id}|`)).map((k) => k.slice(id.length + 1))) : null;
      review.propose(
        group,
        {
          entity: kind.entity,
          entityId: id,
          field: 'removed',
          label: kind.entity === 'indicator' ? `${code}: removed` : `Removed ${kind.entity === 'statement' ? 'policy statement' : kind.entity}`,
          oldValue: `${code} ${title}`.trim(),
          newValue: `Removed on the other laptop (${since(removedThere)})`,
          conflict: changedHere ? `Changed here since the package was made (${since(changedHere)})` : null,
          kind: 'removed',
        },
        { write: { kind: 'remove', table: kind.table, id }, sequence: mine.sequence, covers: [`${id}|deleted_at`] },
      );
    }
  }
}
