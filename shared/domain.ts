// The plan as both processes see it: domain types in the user's words (camelCase, booleans, parsed values).
import type { Month } from './months';
import type { FundStatus, ImplementationStatus, StatusCounts } from './status';

export type Id = string;
export type Precision = 'month' | 'year';
export type IndicatorKind = 'percent' | 'number' | 'yes_no' | 'ratio' | 'date' | 'text';
export type ChangeSource = 'edit' | 'import' | 'exchange' | 'package' | 'undo' | 'system';
export type AgencyRole = 'lead' | 'collaborator';

export interface AppInfo {
  readonly version: string;
  readonly workspacePath: string;
  readonly userName: string;
  /** 'electron' in the desktop app, 'browser' in the test harness (no native dialogs). */
  readonly shell: 'electron' | 'browser';
}

export interface PlanSummary {
  readonly id: Id;
  readonly title: string;
  readonly description: string;
  readonly chapters: number;
  readonly statements: number;
  readonly actions: number;
  readonly indicators: number;
  readonly agencies: number;
  readonly actionsByStatus: StatusCounts;
  readonly overdue: number;
  readonly updatedAt: string;
}

export interface WorkspaceSummary {
  readonly workspacePath: string;
  readonly agencies: number;
  readonly plans: readonly PlanSummary[];
}

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

export interface Action {
  readonly id: Id;
  readonly statementId: Id;
  readonly code: string;
  readonly title: string;
  readonly start: Month | null;
  readonly startPrecision: Precision;
  readonly end: Month | null;
  readonly endPrecision: Precision;
  readonly endOpen: boolean;
  readonly revisedEnd: Month | null;
  readonly timelineText: string;
  readonly lead: AgencyField;
  readonly collaborators: AgencyField;
  readonly fundStatus: FundStatus | null;
  readonly fundNote: string;
  readonly status: ImplementationStatus | null;
  readonly statusText: string;
  readonly remarks: string;
  readonly overdue: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface IndicatorValue {
  /** As entered ("95%", "57/125", "NO", "All services"). */
  readonly text: string;
  /** The number it means where it has one (95, 0.456, 0), else null. */
  readonly value: number | null;
}

export interface Indicator {
  readonly id: Id;
  readonly actionId: Id;
  readonly name: string;
  readonly kind: IndicatorKind;
  readonly unit: string;
  readonly baseline: IndicatorValue;
  readonly target: IndicatorValue;
}

export interface ActionDetail {
  readonly action: Action;
  readonly chapter: { readonly id: Id; readonly code: string; readonly title: string };
  readonly statement: { readonly id: Id; readonly code: string; readonly text: string };
  readonly indicators: readonly Indicator[];
  readonly history: readonly ChangeEntry[];
}

export interface ActionNode {
  readonly id: Id;
  readonly code: string;
  readonly title: string;
  readonly status: ImplementationStatus | null;
  readonly statusText: string;
  readonly start: Month | null;
  readonly end: Month | null;
  readonly endOpen: boolean;
  readonly leadText: string;
  readonly overdue: boolean;
}

export interface StatementNode {
  readonly id: Id;
  readonly code: string;
  readonly text: string;
  readonly actionsByStatus: StatusCounts;
  readonly actions: readonly ActionNode[];
}

export interface ChapterNode {
  readonly id: Id;
  readonly code: string;
  readonly title: string;
  readonly actionsByStatus: StatusCounts;
  readonly statements: readonly StatementNode[];
}

export interface PlanTree {
  readonly plan: { readonly id: Id; readonly title: string; readonly description: string };
  readonly actionsByStatus: StatusCounts;
  readonly chapters: readonly ChapterNode[];
}

export interface ChangeEntry {
  readonly id: number;
  readonly at: string;
  readonly user: string;
  readonly entity: string;
  readonly entityId: Id;
  readonly field: string;
  readonly oldValue: string | null;
  readonly newValue: string | null;
  readonly source: ChangeSource;
  readonly sourceFile: string | null;
}
