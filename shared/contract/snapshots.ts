// Snapshots of a plan, what changed since one, and the timeline as one froze it.
import { z } from 'zod';
import type { Snapshot, SnapshotComparison } from '../domain';
import type { SnapshotActionDates } from '../timeline/snapshot-dates';
import { id, returns, title, type DomainSchemas } from './common';

export const snapshotsContract = {
  'snapshots:create': { input: z.object({ planId: id, name: title('the snapshot name').max(300) }).strict(), result: returns<Snapshot>() },
  'snapshots:list': { input: z.object({ planId: id }).strict(), result: returns<readonly Snapshot[]>() },
  'snapshots:compare': { input: z.object({ snapshotId: id }).strict(), result: returns<SnapshotComparison>() },
  /** Every action's timeline as the snapshot froze it (the timeline's ghost bars). */
  'snapshots:dates': { input: z.object({ snapshotId: id }).strict(), result: returns<readonly SnapshotActionDates[]>() },
} as const satisfies DomainSchemas<'snapshots'>;
