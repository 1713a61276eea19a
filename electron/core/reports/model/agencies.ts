// Agency scorecards: per lead agency (or the one the pack is for), its actions by status, its overdue actions and
// what changed on its actions since the last meeting (or the period's start), in words a steering committee reads:
// the net change per action and field, not the steps in between, so an edit undone says nothing and a status
// changed twice says only where it went.
import type { ActionGridRow, AgencyListRow, ReportAgencyScorecard } from '../../../../shared/domain';
import { formatMonth, type Month } from '../../../../shared/months';
import { FUND_LABELS, STATUS_LABELS, type FundStatus } from '../../../../shared/vocab/status';
import type { DbOrTx } from '../../db/schema';
import { endOfDay } from '../../history/rewind';
import { actionChangesBetween } from '../../history/store';
import { briefOf, countStatuses } from './action-briefs';
import { agencyLabel, type PackScope } from './scope';

/** How many of an agency's changes its scorecard lists, newest first; the rest are counted. */
const UPDATES_PER_AGENCY = 8;

/** One history entry in words: "Status: Ongoing → Completed", "Remarks: ...". */
export function describeChange(field: string, oldValue: string | null, newValue: string | null): string {
  const month = (value: string | null) => (value && /^\d{4}-\d{2}$/.test(value) ? formatMonth(value) : (value ?? '—'));
  const status = (value: string | null) => (value && value in STATUS_LABELS ? STATUS_LABELS[value as keyof typeof STATUS_LABELS] : 'none');
  const fund = (value: string | null) => (value && value in FUND_LABELS ? FUND_LABELS[value as FundStatus] : 'none');
  const short = (value: string | null) => {
    const text = (value ?? '').replace(/\s+/g, ' ').trim();
    return text.length > 160 ? `${text.slice(0, 157)}…` : text || '(cleared)';
  };
  switch (field) {
    case 'status':
      return `Status: ${status(oldValue)} → ${status(newValue)}`;
    case 'status_text':
      return `Status wording: ${short(newValue)}`;
    case 'remarks':
      return `Remarks: ${short(newValue)}`;
    case 'start_month':
      return `Start: ${month(oldValue)} → ${month(newValue)}`;
    case 'end_month':
      return `End: ${month(oldValue)} → ${month(newValue)}`;
    case 'revised_end_month':
      return `Revised end: ${month(oldValue)} → ${month(newValue)}`;
    case 'end_open':
      return newValue === '1' ? 'End: now open-ended (Continue)' : 'End: no longer open-ended';
    case 'fund_status':
      return `Fund: ${fund(oldValue)} → ${fund(newValue)}`;
    case 'fund_note':
      return `Fund note: ${short(newValue)}`;
    case 'title':
      return `Title: ${short(newValue)}`;
    case 'code':
      return `Code: ${oldValue ?? ''} → ${newValue ?? ''}`;
    case 'lead_text':
      return `Lead: ${short(newValue)}`;
    case 'collaborators_text':
      return `Collaborators: ${short(newValue)}`;
    case 'deleted_at':
      return newValue ? 'Removed from the plan' : 'Restored to the plan';
    default:
      return `${field.replace(/_/g, ' ')}: ${short(newValue)}`;
  }
}

/** History fields that say nothing to a steering committee. */
const QUIET_FIELDS = new Set(['created', 'position', 'statement_id', 'updated_at', 'timeline_text', 'start_precision', 'end_precision', 'unmapped']);

/** One step of an action's history, as the change history keeps it. */
export interface HistoryStep {
  readonly entity_id: string;
  readonly at: string;
  readonly user_name: string;
  readonly field: string;
  readonly old_value: string | null;
  readonly new_value: string | null;
}

/**
 * Per action and field, the value before the first step and after the last one, when they differ (oldest steps
 * first in, newest change first out). An edit and its undo cancel out; an undo and its redo come to the edit.
 * The status's wording is left out where the status itself changed: one change, said once.
 */
export function netChanges(steps: readonly HistoryStep[]): HistoryStep[] {
  const byField = new Map<string, HistoryStep>();
  for (const step of steps) {
    if (QUIET_FIELDS.has(step.field)) continue;
    const key = `${step.entity_id}|${step.field}`;
    const first = byField.get(key);
    byField.set(key, first ? { ...step, old_value: first.old_value } : step);
  }
  const net = [...byField.values()].filter((change) => change.old_value !== change.new_value);
  const statusChanged = new Set(net.filter((c) => c.field === 'status').map((c) => c.entity_id));
  return net.filter((c) => !(c.field === 'status_text' && statusChanged.has(c.entity_id))).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

export interface ScorecardInput {
  readonly planId: string;
  /** The scorecards' changes are those from this moment (an ISO time, included) to the end of the as-of date. */
  readonly since: string;
  readonly asOf: string;
  readonly asOfMonth: Month;
  readonly rows: readonly ActionGridRow[];
  readonly actionIds: ReadonlySet<string>;
  readonly scope: PackScope;
  readonly agencies: readonly AgencyListRow[];
  /** Whether the pack prints the scorecards: the history is read only then. */
  readonly printed: boolean;
}

export async function agencySection(db: DbOrTx, input: ScorecardInput): Promise<ReportAgencyScorecard[]> {
  const { planId, since, asOf, asOfMonth, rows, actionIds, scope, agencies, printed } = input;
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const agencyActions = new Map<string, ActionGridRow[]>();
  for (const row of rows) {
    const leads = scope.leadAgency ? [scope.leadAgency.id] : [...new Set(row.leadAgencyIds)];
    for (const id of leads) agencyActions.set(id, [...(agencyActions.get(id) ?? []), row]);
  }
  const steps = printed && rows.length > 0 ? await actionChangesBetween(db, planId, since, endOfDay(asOf)) : [];
  const changesOf = new Map<string, HistoryStep[]>();
  for (const change of netChanges(steps.filter((s) => actionIds.has(s.entity_id)))) {
    changesOf.set(change.entity_id, [...(changesOf.get(change.entity_id) ?? []), change]);
  }
  return [...agencyActions.entries()]
    .map(([id, actions]) => {
      const agency = agencyById.get(id);
      const changes = actions
        .flatMap((action) => (changesOf.get(action.id) ?? []).map((entry) => ({ action, entry })))
        .sort((a, b) => (a.entry.at < b.entry.at ? 1 : a.entry.at > b.entry.at ? -1 : 0));
      return {
        id,
        acronym: agency?.acronym ?? null,
        name: agency?.name ?? 'Unknown agency',
        total: actions.length,
        byStatus: countStatuses(actions),
        overdue: actions.filter((a) => a.overdue).length,
        overdueActions: actions.filter((a) => a.overdue).map((a) => briefOf(a, asOfMonth)),
        latestUpdates: changes.slice(0, UPDATES_PER_AGENCY).map(({ action, entry }) => ({
          at: entry.at,
          user: entry.user_name,
          actionCode: action.code,
          actionTitle: action.title,
          change: describeChange(entry.field, entry.old_value, entry.new_value),
        })),
        moreUpdates: Math.max(0, changes.length - UPDATES_PER_AGENCY),
        actions: actions.map((a) => ({ id: a.id, code: a.code, title: a.title })),
      };
    })
    .sort((a, b) => agencyLabel(a).localeCompare(agencyLabel(b), 'en', { sensitivity: 'base', numeric: true }));
}
