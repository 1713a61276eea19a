// Whole-plan packages (.pmupack) between PMU laptops.
import type { Id } from './base';

/** A whole-plan package written to disk. */
export interface PackCreated {
  readonly path: string;
  readonly packId: Id;
  readonly entries: readonly { readonly path: string; readonly size: number; readonly sha256: string }[];
  readonly bytes: number;
}
