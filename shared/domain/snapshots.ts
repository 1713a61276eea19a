// Snapshots of a plan and what changed since one.
import type { ImplementationStatus } from '../vocab/status';
import type { Id } from './base';

export interface Snapshot {
  readonly id: Id;
  readonly planId: Id;
  readonly name: string;
  readonly takenAt: string;
  readonly createdBy: string;
  readonly actions: number;
}

export interface SnapshotComparison {
  readonly snapshot: Snapshot;
  readonly added: readonly { readonly actionId: Id; readonly code: string; readonly title: string }[];
  readonly removed: readonly { readonly actionId: Id; readonly code: string; readonly title: string }[];
  readonly statusChanged: readonly {
    readonly actionId: Id;
    readonly code: string;
    readonly title: string;
    readonly before: ImplementationStatus | null;
    readonly after: ImplementationStatus | null;
  }[];
  readonly slipped: readonly {
    readonly actionId: Id;
    readonly code: string;
    readonly title: string;
    readonly endBefore: string | null;
    readonly endAfter: string | null;
    readonly endOpenAfter: boolean;
    /** Months later (positive) or earlier (negative); null when it became open-ended or lost its end. */
    readonly slipMonths: number | null;
  }[];
  readonly targetsChanged: readonly {
    readonly actionId: Id;
    readonly code: string;
    readonly title: string;
    readonly indicator: string;
    readonly before: string;
    readonly after: string;
  }[];
}
