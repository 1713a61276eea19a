// The contract's handlers for snapshots of a plan and what changed since one.
import type { SnapshotComparison } from '../../../shared/domain';
import { KeptWhileUnchanged } from '../db/kept-while-unchanged';
import type { Handlers } from '../host/dispatch';
import type { HandlerKit } from '../host/kit';
import { compareWithSnapshot, listSnapshots, snapshotDates, takeSnapshot } from './snapshots';

type SnapshotChannel = 'snapshots:create' | 'snapshots:list' | 'snapshots:compare' | 'snapshots:dates';

export function snapshotHandlers(kit: HandlerKit): Pick<Handlers, SnapshotChannel> {
  const { db } = kit;
  // The Overview compares the plan with its latest snapshot each time it opens: while nothing is written it is the
  // same comparison.
  const comparisons = new KeptWhileUnchanged<SnapshotComparison>();
  return {
    'snapshots:create': (input, change) => takeSnapshot(db(), change, input),
    'snapshots:list': ({ planId }) => listSnapshots(db(), planId),
    'snapshots:compare': ({ snapshotId }) => comparisons.get(kit.app.connection(), snapshotId, () => compareWithSnapshot(db(), snapshotId)),
    'snapshots:dates': ({ snapshotId }) => snapshotDates(db(), snapshotId),
  };
}
