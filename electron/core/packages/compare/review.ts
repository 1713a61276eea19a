// The review a comparison builds: groups of proposed changes (one per action, chapter, statement or the plan),
// what each accepted change writes, and the items kept as they are here. A difference is weighed against both
// histories before it is proposed.
import type { ProposedChange, ReviewEntity, ReviewFile, ReviewGroup, ReviewProblem } from '../../../../shared/domain';
import { changeIdOf } from '../../review/change-id';
import type { Flat } from './flatten';
import { lastOf, since, type HistorySides } from './history-sides';
import type { PlannedChange } from './planned-change';

export type MutableGroup = ReviewGroup & { changes: ProposedChange[] };

export interface PackComparison {
  readonly groups: ReviewGroup[];
  readonly problems: ReviewProblem[];
  readonly onlyHere: NonNullable<ReviewFile['onlyHere']>;
  readonly planned: Map<string, PlannedChange>;
  /** History entries of the package not yet here. */
  readonly newHistoryEntries: number;
}

/** The rows and fields a difference stands for in each history. */
export interface HistoryScope {
  readonly theirIds: readonly string[];
  readonly ourIds: readonly string[];
  readonly fields: readonly string[];
}

export class PackReview {
  private readonly groups: MutableGroup[] = [];
  private readonly groupByKey = new Map<string, MutableGroup>();
  readonly problems: ReviewProblem[] = [];
  private readonly onlyHere: { entity: ReviewEntity; entityId: string; code: string; title: string; reason: string }[] = [];
  private readonly planned = new Map<string, PlannedChange>();
  /** Items of the package that were removed here. */
  readonly removedHere = new Set<string>();

  constructor(
    private readonly packId: string,
    readonly theirs: Flat,
    readonly ours: Flat,
    readonly sides: HistorySides,
  ) {}

  groupOf(key: string, entity: ReviewEntity, code: string, title: string): MutableGroup {
    let group = this.groupByKey.get(key);
    if (!group) {
      group = { key, entity, entityId: key, code, title, changes: [] };
      this.groups.push(group);
      this.groupByKey.set(key, group);
    }
    return group;
  }

  /** An action's group, named as the package names it (as here when the package no longer holds it). */
  actionGroup(actionId: string): MutableGroup {
    const action = this.theirs.actions.get(actionId)?.item ?? this.ours.actions.get(actionId)!.item;
    return this.groupOf(actionId, 'action', action.code, action.title);
  }

  propose(group: MutableGroup, change: Omit<ProposedChange, 'id' | 'sentValue' | 'note' | 'cell'>, plan: PlannedChange): void {
    const id = changeIdOf(this.packId, change.entityId, change.field);
    this.planned.set(id, plan);
    group.changes.push({ id, sentValue: null, note: null, cell: null, ...change });
  }

  keptHere(entity: ReviewEntity, entityId: string, code: string, title: string, reason: string): void {
    if (reason === 'removed here') this.removedHere.add(entityId);
    this.onlyHere.push({ entity, entityId, code, title, reason });
  }

  /**
   * A difference of some fields of some rows: proposed (a conflict when both sides changed them), or kept when only
   * this side did.
   */
  weigh(
    group: MutableGroup,
    change: Omit<ProposedChange, 'id' | 'sentValue' | 'note' | 'cell' | 'conflict'>,
    plan: Omit<PlannedChange, 'covers'>,
    history: HistoryScope,
    kept: { readonly code: string; readonly title: string },
  ): void {
    const changedThere = lastOf(this.sides.there, history.theirIds, history.fields);
    const changedHere = lastOf(this.sides.here, history.ourIds, history.fields);
    if (changedHere && !changedThere) {
      this.keptHere(change.entity, change.entityId, kept.code, kept.title, `${change.label}: changed here since (${since(changedHere)}), the package holds the older value`);
      return;
    }
    const covers = history.theirIds.flatMap((id) => history.fields.map((f) => `${id}|${f}`));
    this.propose(group, { ...change, conflict: changedHere ? `Changed here too since the package was made (${since(changedHere)})` : null }, { ...plan, covers });
  }

  /** The review as opening the package shows it: groups with no change left out. */
  result(): PackComparison {
    return { groups: this.groups.filter((g) => g.changes.length > 0), problems: this.problems, onlyHere: this.onlyHere, planned: this.planned, newHistoryEntries: this.sides.newEntries };
  }
}
