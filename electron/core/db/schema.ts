// The database as Kysely sees it: one interface per table (snake_case rows), assembled into `Database`.
// Domain types (camelCase) live in shared/domain.ts; the repositories map between the two.
import type { ColumnType, Generated, Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';

/** A column the database fills with its default when an insert leaves it out. */
type WithDefault<T> = ColumnType<T, T | undefined, T>;

export interface PlanTable {
  id: string;
  title: string;
  description: WithDefault<string>;
  /** First month of the fiscal year (7 = July, Bhutan's). */
  fiscal_year_start_month: WithDefault<number>;
  /** How progress is reported: 'fiscal_year' | 'half' | 'quarter'. */
  reporting_frequency: WithDefault<string>;
  /** When the plan was approved (YYYY-MM-DD): from then on its planned dates are the baseline. Null: not approved. */
  approved_on: ColumnType<string | null, string | null | undefined, string | null>;
  approved_by: ColumnType<string | null, string | null | undefined, string | null>;
  /** The latest rebaseline (YYYY-MM-DD) and its reason. */
  rebaselined_on: ColumnType<string | null, string | null | undefined, string | null>;
  rebaseline_reason: WithDefault<string>;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface ChapterTable {
  id: string;
  plan_id: string;
  code: WithDefault<string>;
  title: string;
  position: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface PolicyStatementTable {
  id: string;
  chapter_id: string;
  code: WithDefault<string>;
  text: string;
  position: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface ActionTable {
  id: string;
  statement_id: string;
  code: WithDefault<string>;
  title: string;
  position: number;
  start_month: string | null;
  start_precision: WithDefault<string>;
  end_month: string | null;
  end_precision: WithDefault<string>;
  end_open: WithDefault<number>;
  revised_end_month: string | null;
  /** Why the end was revised (asked when an approved plan's end changes). */
  revised_end_reason: WithDefault<string>;
  timeline_text: WithDefault<string>;
  lead_text: WithDefault<string>;
  collaborators_text: WithDefault<string>;
  fund_status: string | null;
  fund_note: WithDefault<string>;
  status: string | null;
  status_text: WithDefault<string>;
  remarks: WithDefault<string>;
  /** JSON object of cells from columns the importer could not place. */
  unmapped: WithDefault<string>;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface ActionAgencyTable {
  action_id: string;
  agency_id: string;
  role: string;
  position: number;
}

export interface IndicatorTable {
  id: string;
  action_id: string;
  position: number;
  name: string;
  kind: WithDefault<string>;
  unit: WithDefault<string>;
  baseline_text: WithDefault<string>;
  baseline_value: number | null;
  target_text: WithDefault<string>;
  target_value: number | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface AgencyTable {
  id: string;
  kind: WithDefault<string>;
  acronym: string | null;
  name: string;
  parent_id: string | null;
  confirmed: WithDefault<number>;
  /** Where the agency came from: 'registry', 'import', 'edit'. */
  origin: WithDefault<string>;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface AgencyAliasTable {
  agency_id: string;
  alias: string;
}

export interface ReportingPeriodTable {
  id: string;
  plan_id: string;
  kind: string;
  label: string;
  start_month: string;
  end_month: string;
  position: number;
}

export interface ProgressUpdateTable {
  id: string;
  action_id: string;
  indicator_id: string | null;
  period_id: string;
  status: string | null;
  actual_text: WithDefault<string>;
  actual_value: number | null;
  narrative: WithDefault<string>;
  /** What the lead agency said it needs (from a returned update workbook). */
  support_needed: WithDefault<string>;
  /** The reference or link the lead agency gave as evidence of what it reported ('' when none). */
  evidence: WithDefault<string>;
  source: WithDefault<string>;
  created_at: string;
  updated_at: string;
}

export interface SnapshotTable {
  id: string;
  plan_id: string;
  name: string;
  taken_at: string;
  created_by: string;
  /** The plan as it stood, in the JSON plan format. */
  content: string;
  /** The package merge (plan_packages_merged) that brought it from another laptop; null when taken here. */
  package_merge_id: number | null;
}

export interface ChangeHistoryTable {
  id: Generated<number>;
  at: string;
  user_name: string;
  plan_id: string | null;
  entity: string;
  entity_id: string;
  field: string;
  old_value: string | null;
  new_value: string | null;
  source: string;
  source_file: string | null;
  /** Groups the entries of one operation (one import, one merge, one paste). */
  batch_id: string | null;
  /** The package merge (plan_packages_merged) that brought it from another laptop; null when written here. */
  package_merge_id: number | null;
}

/** A history entry already here that a later package merge carried too (see history/store.ts handOverCarried). */
export interface ChangeHistoryCarriedTable {
  entry_id: number;
  package_merge_id: number;
}

/** An import's report, kept with the import (its batch of the change history); report is JSON, null for a plan file. */
export interface ImportReportTable {
  batch_id: string;
  plan_id: string;
  file: string;
  imported_at: string;
  imported_by: string;
  report: string | null;
}

/** An update workbook sent to one lead agency for one reporting period: sent → returned → merged. */
export interface ExchangePackageTable {
  id: string;
  plan_id: string;
  send_id: string;
  agency_id: string;
  agency_label: string;
  period_id: string;
  period_label: string;
  issued_at: string;
  issued_by: string;
  due_date: string | null;
  contact: WithDefault<string>;
  file_name: string;
  status: WithDefault<string>;
  returned_at: string | null;
  returned_file: string | null;
  merged_at: string | null;
  merged_by: string | null;
  merge_batch_id: string | null;
  /** The returned workbook's sign-off ("Reported by"), kept when it is merged; null when none was given. */
  reported_by_name: string | null;
  reported_by_position: string | null;
  /** YYYY-MM-DD. */
  reported_on: string | null;
}

/** One row of an update workbook: the action (and indicator) it carried and the values it was sent with. */
export interface ExchangePackageRowTable {
  package_id: string;
  position: number;
  action_id: string;
  /** '' for a row without an indicator. */
  indicator_id: WithDefault<string>;
  /** JSON of the values sent. */
  sent: string;
  fingerprint: string;
}

/** The update workbook exactly as it was sent (its bytes), to attach again when the agency is chased. */
export interface ExchangeSentWorkbookTable {
  package_id: string;
  bytes: Uint8Array;
  sha256: string;
}

/** Every accept or reject taken on a proposed change of a returned workbook or a whole-plan package. */
export interface ReviewDecisionTable {
  id: Generated<number>;
  kind: string;
  package_id: string;
  plan_id: string;
  change_id: string;
  entity: string;
  entity_id: string;
  field: string;
  old_value: string | null;
  new_value: string | null;
  conflict: string | null;
  accepted: number;
  note: WithDefault<string>;
  source_file: string;
  decided_by: string;
  decided_at: string;
  batch_id: string;
}

/** A decision taken in a review not merged yet (one per file, action or change), kept so that the review can resume. */
export interface ReviewDraftTable {
  /** The reviewed file's id: the package id of a returned workbook. */
  file_id: string;
  plan_id: string;
  /** 'file', 'group' or 'change'. */
  target_kind: string;
  /** The file id, the group key, or the change id. */
  target_key: string;
  accepted: number;
  note: WithDefault<string>;
  /** The file as decided on: decisions are put back only on the same file. */
  file_sha256: string;
  saved_by: string;
  saved_at: string;
}

/** A whole-plan package (.pmupack) merged into this workspace. */
export interface PlanPackageMergedTable {
  id: Generated<number>;
  pack_id: string;
  plan_id: string;
  file: string;
  created_by: string;
  created_at: string;
  merged_by: string;
  merged_at: string;
  batch_id: string;
  accepted: number;
  rejected: number;
  /** When the merge was undone (null while it stands): the package can then be merged again. */
  deleted_at: string | null;
  /** While undone: the history entries and snapshots it brought, as JSON ({ history, snapshots }), for redo. */
  set_aside: string | null;
}

/** A plan's delivery-rating thresholds; its id is the plan's id. */
export interface RatingSettingsTable {
  id: string;
  plan_id: string;
  soon_months: number;
  slip_amber_months: number;
  slip_red_months: number;
  behind_amber_points: number;
  behind_red_points: number;
  rollup_share_percent: number;
  created_at: string;
  updated_at: string;
}

/** The analyst's rating of an action for one reporting period, with the reason. */
export interface RatingOverrideTable {
  id: string;
  plan_id: string;
  action_id: string;
  period_id: string;
  rating: string;
  reason: string;
  set_by: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** The committee's own pages for one meeting (the snapshot the pack compares with; null: none). */
export interface CommitteePageTable {
  id: string;
  plan_id: string;
  snapshot_id: string | null;
  key_messages: string;
  information: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** A decision sought from the committee; `action_ids` is a JSON array of the actions it links. */
export interface CommitteeDecisionTable {
  id: string;
  page_id: string;
  position: number;
  text: string;
  action_ids: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface Database {
  plans: PlanTable;
  chapters: ChapterTable;
  policy_statements: PolicyStatementTable;
  actions: ActionTable;
  action_agencies: ActionAgencyTable;
  indicators: IndicatorTable;
  agencies: AgencyTable;
  agency_aliases: AgencyAliasTable;
  reporting_periods: ReportingPeriodTable;
  progress_updates: ProgressUpdateTable;
  snapshots: SnapshotTable;
  change_history: ChangeHistoryTable;
  change_history_carried: ChangeHistoryCarriedTable;
  import_reports: ImportReportTable;
  exchange_packages: ExchangePackageTable;
  exchange_package_rows: ExchangePackageRowTable;
  exchange_sent_workbooks: ExchangeSentWorkbookTable;
  review_decisions: ReviewDecisionTable;
  review_drafts: ReviewDraftTable;
  plan_packages_merged: PlanPackageMergedTable;
  rating_settings: RatingSettingsTable;
  rating_overrides: RatingOverrideTable;
  committee_pages: CommitteePageTable;
  committee_decisions: CommitteeDecisionTable;
}

export type Db = Kysely<Database>;
/** A connection or an open transaction: repositories accept either. */
export type DbOrTx = Kysely<Database> | Transaction<Database>;

export type PlanRow = Selectable<PlanTable>;
export type ChapterRow = Selectable<ChapterTable>;
export type PolicyStatementRow = Selectable<PolicyStatementTable>;
export type ActionRow = Selectable<ActionTable>;
export type NewAction = Insertable<ActionTable>;
export type ActionUpdate = Updateable<ActionTable>;
export type IndicatorRow = Selectable<IndicatorTable>;
export type AgencyRow = Selectable<AgencyTable>;
export type ChangeHistoryRow = Selectable<ChangeHistoryTable>;
