// Agencies as the plan names them and as the registry keeps them.
import type { Id } from './base';

export type AgencyRole = 'lead' | 'collaborator';

export interface AgencyRef {
  readonly id: Id;
  readonly acronym: string | null;
  readonly name: string;
  readonly kind: 'agency' | 'group';
}

export interface AgencyField {
  /** As written in the plan ("BICMA/MoIC"). */
  readonly text: string;
  /** The registry agencies it names, in order. */
  readonly agencies: readonly AgencyRef[];
}

export interface AgencyListRow extends AgencyRef {
  readonly aliases: readonly string[];
  readonly parentId: Id | null;
  readonly parentName: string | null;
  readonly confirmed: boolean;
  readonly origin: string;
  readonly leadCount: number;
  readonly collaboratorCount: number;
}
