// Converts action rows (snake_case, 0/1) into the domain's Action (camelCase, booleans, parsed vocabularies).
import type { Action, AgencyRef, ActionNode, Precision } from '../../../shared/domain';
import type { Month } from '../../../shared/months';
import { isOverdue } from '../../../shared/overdue';
import {
  FUND_STATUSES,
  IMPLEMENTATION_STATUSES,
  type FundStatus,
  type ImplementationStatus,
} from '../../../shared/vocab/status';
import type { ActionRow } from '../db/schema';

/** A stored precision ('month' unless the row says 'year'). */
export function precisionOf(value: string): Precision {
  return value === 'year' ? 'year' : 'month';
}

export function statusOf(value: string | null): ImplementationStatus | null {
  return value !== null && (IMPLEMENTATION_STATUSES as readonly string[]).includes(value)
    ? (value as ImplementationStatus)
    : null;
}

export function fundStatusOf(value: string | null): FundStatus | null {
  return value !== null && (FUND_STATUSES as readonly string[]).includes(value) ? (value as FundStatus) : null;
}

export function overdueOf(row: Pick<ActionRow, 'end_month' | 'revised_end_month' | 'end_open' | 'status'>, currentMonth: Month): boolean {
  return isOverdue(
    { end: row.end_month, revisedEnd: row.revised_end_month, endOpen: row.end_open === 1, status: statusOf(row.status) },
    currentMonth,
  );
}

export function toAction(
  row: ActionRow,
  agencies: { readonly lead: readonly AgencyRef[]; readonly collaborators: readonly AgencyRef[] },
  currentMonth: Month,
): Action {
  return {
    id: row.id,
    statementId: row.statement_id,
    code: row.code,
    title: row.title,
    start: row.start_month,
    startPrecision: precisionOf(row.start_precision),
    end: row.end_month,
    endPrecision: precisionOf(row.end_precision),
    endOpen: row.end_open === 1,
    revisedEnd: row.revised_end_month,
    revisedEndReason: row.revised_end_reason,
    timelineText: row.timeline_text,
    lead: { text: row.lead_text, agencies: agencies.lead },
    collaborators: { text: row.collaborators_text, agencies: agencies.collaborators },
    fundStatus: fundStatusOf(row.fund_status),
    fundNote: row.fund_note,
    status: statusOf(row.status),
    statusText: row.status_text,
    remarks: row.remarks,
    overdue: overdueOf(row, currentMonth),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toActionNode(
  row: Pick<ActionRow, 'id' | 'code' | 'title' | 'status' | 'status_text' | 'start_month' | 'start_precision' | 'end_month' | 'end_precision' | 'end_open' | 'revised_end_month' | 'lead_text'>,
  currentMonth: Month,
): ActionNode {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    status: statusOf(row.status),
    statusText: row.status_text,
    start: row.start_month,
    end: row.end_month,
    endOpen: row.end_open === 1,
    startPrecision: precisionOf(row.start_precision),
    endPrecision: precisionOf(row.end_precision),
    revisedEnd: row.revised_end_month,
    leadText: row.lead_text,
    overdue: overdueOf(row, currentMonth),
  };
}
