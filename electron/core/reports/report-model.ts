// The review pack's content, computed from the plan: what the steering committee reads, section by section.
// Built on the same queries as the app's screens (action rows, indicator rows, snapshot comparison, agencies),
// so a pack never says something the app does not. The page (renderer/src/print) only lays it out.
import { REPORT_PRESET_SECTIONS, REPORT_SECTIONS, type ReportRequest } from '../../../shared/contract';
import { REPORT_PRESET_LABELS } from '../../../shared/vocab/report-sections';
import type {
  ActionGridRow,
  AgencyListRow,
  IndicatorGridRow,
  ReportAction,
  ReportActionBrief,
  ReportAgencyScorecard,
  ReportChapter,
  ReportIndicatorLine,
  ReportModel,
  ReportSectionId,
  ReportingPeriod,
} from '../../../shared/domain';
import { addMonths, formatMonth, monthOfDate, monthsBetween, type Month } from '../../../shared/months';
import { periodsCovering } from '../../../shared/periods';
import { AppError } from '../../../shared/result';
import { emptyStatusCounts, FUND_LABELS, STATUS_LABELS, type FundStatus, type StatusCounts } from '../../../shared/vocab/status';
import { listAgencies } from '../agencies/agency-commands';
import type { DbOrTx } from '../db/schema';
import { requirePlan } from '../plan/plan-queries';
import type { PlanFileAction, PlanFilePlan } from '../planfile/format';
import { ensurePeriods } from '../reporting/periods';
import { endOfDay } from '../history/rewind';
import { actionChangesUntil } from '../history/store';
import { compareWithSnapshot, listSnapshots, snapshotContent } from '../snapshots/snapshots';
import { readPlanAsOf } from './plan-as-of';

/** How many of an agency's latest changes its scorecard lists. */
const UPDATES_PER_AGENCY = 5;

function isoDay(date: Date): string {
  return `${monthOfDate(date)}-${String(date.getDate()).padStart(2, '0')}`;
}

function lastDayOf(month: Month): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(year, monthNumber, 0).getDate()).padStart(2, '0')}`;
}

/** The sections asked for, each once, in print order. */
export function resolveSections(request: Pick<ReportRequest, 'preset' | 'sections'>): ReportSectionId[] {
  const wanted = new Set(request.sections ?? REPORT_PRESET_SECTIONS[request.preset]);
  return REPORT_SECTIONS.filter((section) => wanted.has(section));
}

function countStatuses(actions: readonly { status: ActionGridRow['status'] }[]): StatusCounts {
  const counts = emptyStatusCounts();
  for (const action of actions) counts[action.status ?? 'unknown'] += 1;
  return counts;
}

function effectiveEnd(action: { end: string | null; revisedEnd: string | null }): string | null {
  return action.revisedEnd ?? action.end;
}

function isClosed(action: { status: ActionGridRow['status'] }): boolean {
  return action.status === 'completed' || action.status === 'dropped';
}

function briefOf(row: ActionGridRow, asOfMonth: Month): ReportActionBrief {
  const end = effectiveEnd(row);
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    chapterCode: row.chapterCode,
    leadText: row.leadText,
    status: row.status,
    statusText: row.statusText,
    start: row.start,
    startPrecision: row.startPrecision,
    end: row.end,
    endPrecision: row.endPrecision,
    endOpen: row.endOpen,
    revisedEnd: row.revisedEnd,
    overdue: row.overdue,
    monthsOverdue: row.overdue && end ? monthsBetween(end, asOfMonth) : 0,
    fundStatus: row.fundStatus,
    fundNote: row.fundNote,
  };
}

function indicatorLineOf(row: IndicatorGridRow, periodLabels: ReadonlyMap<string, string>): ReportIndicatorLine {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    baseline: row.baseline.text,
    target: row.target.text,
    latest: row.latestActual?.text ?? null,
    latestPeriod: row.latestActual ? (periodLabels.get(row.latestActual.periodId) ?? null) : null,
    progress: row.progress,
  };
}

/** The agency and every unit under it (DITT under MoIC), so a ministry's pack includes its departments' actions. */
function agencyWithUnits(agencies: readonly AgencyListRow[], agencyId: string): Set<string> {
  const ids = new Set([agencyId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const agency of agencies) {
      if (agency.parentId && ids.has(agency.parentId) && !ids.has(agency.id)) {
        ids.add(agency.id);
        grew = true;
      }
    }
  }
  return ids;
}

function agencyLabel(agency: { acronym: string | null; name: string }): string {
  return agency.acronym ?? agency.name;
}

/** One history entry in words: "Status: Ongoing → Completed", "Remarks: ...". */
function describeChange(field: string, oldValue: string | null, newValue: string | null): string {
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

/** Which actions of the snapshot, now removed, belonged to the pack's scope when the snapshot was taken. */
function removedInScope(
  snapshot: PlanFilePlan,
  removedIds: ReadonlySet<string>,
  chapterIds: ReadonlySet<string> | null,
  leadAgencyIds: ReadonlySet<string> | null,
  agencies: readonly AgencyListRow[],
): Set<string> {
  const byName = new Map<string, string[]>();
  for (const agency of agencies) {
    for (const name of [agency.id, agency.acronym, agency.name, ...agency.aliases]) {
      if (!name) continue;
      const key = name.toLowerCase();
      byName.set(key, [...(byName.get(key) ?? []), agency.id]);
    }
  }
  const inScope = new Set<string>();
  for (const chapter of snapshot.chapters) {
    if (chapterIds && !chapterIds.has(chapter.id ?? '')) continue;
    for (const statement of chapter.statements) {
      for (const action of statement.actions as readonly PlanFileAction[]) {
        const id = action.id ?? '';
        if (!removedIds.has(id)) continue;
        const leads = action.lead.agencies.flatMap((name) => byName.get(name.toLowerCase()) ?? []);
        if (leadAgencyIds && !leads.some((lead) => leadAgencyIds.has(lead))) continue;
        inScope.add(id);
      }
    }
  }
  return inScope;
}

export async function buildReportModel(db: DbOrTx, request: ReportRequest, now: Date): Promise<ReportModel> {
  const plan = await requirePlan(db, request.planId);
  const sections = resolveSections(request);
  const periods: ReportingPeriod[] = await ensurePeriods(db, plan.id, monthOfDate(now));
  const period = request.periodId ? (periods.find((p) => p.id === request.periodId) ?? null) : null;
  if (request.periodId && !period) throw new AppError('not_found', `No reporting period with id ${request.periodId} in this plan`);
  const asOf = request.asOf ?? (period ? lastDayOf(period.end) : isoDay(now));
  const asOfMonth = asOf.slice(0, 7);

  const [quarterNow, nextQuarter] = periodsCovering(asOfMonth, addMonths(asOfMonth, 3), 'quarter', plan.fiscal_year_start_month);
  const next = nextQuarter ?? quarterNow!;

  const agencies = await listAgencies(db);
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  // The plan as it stood on the pack's date; latest actuals only from periods that had begun by then.
  const periodsSoFar = periods.filter((p) => p.start <= asOfMonth);
  const planThen = await readPlanAsOf(db, { planId: plan.id, asOf, today: isoDay(now), asOfMonth, periods: periodsSoFar });
  const { chapters: chapterRows, statements: statementRows } = planThen;

  // Scope: chapters, and one lead agency with its units.
  let chapterIds: Set<string> | null = null;
  if (request.chapterIds && request.chapterIds.length > 0) {
    chapterIds = new Set(request.chapterIds);
    const known = new Set(chapterRows.map((c) => c.id));
    const stranger = request.chapterIds.find((id) => !known.has(id));
    if (stranger) throw new AppError('not_found', `No chapter with id ${stranger} in this plan`);
  }
  const leadAgency = request.leadAgencyId ? agencyById.get(request.leadAgencyId) : undefined;
  if (request.leadAgencyId && !leadAgency) throw new AppError('not_found', `No agency with id ${request.leadAgencyId} in the registry`);
  const leadAgencyIds = leadAgency ? agencyWithUnits(agencies, leadAgency.id) : null;

  const rows = planThen.actions.filter(
    (row) => (!chapterIds || chapterIds.has(row.chapterId)) && (!leadAgencyIds || row.leadAgencyIds.some((id) => leadAgencyIds.has(id))),
  );
  const rowIds = new Set(rows.map((r) => r.id));

  const periodLabels = new Map(periods.map((p) => [p.id, p.label]));
  const indicatorRows = planThen.indicators.filter((i) => rowIds.has(i.actionId));
  const indicatorsOf = new Map<string, ReportIndicatorLine[]>();
  for (const row of indicatorRows) {
    const lines = indicatorsOf.get(row.actionId) ?? [];
    lines.push(indicatorLineOf(row, periodLabels));
    indicatorsOf.set(row.actionId, lines);
  }

  const actionOf = (row: ActionGridRow): ReportAction => ({
    ...briefOf(row, asOfMonth),
    statementCode: row.statementCode,
    collaboratorsText: row.collaboratorsText,
    remarks: row.remarks,
    indicators: indicatorsOf.get(row.id) ?? [],
  });
  const briefs = rows.map((row) => briefOf(row, asOfMonth));

  // Chapters: every chapter of the plan (or of the chosen ones); with an agency scope, those where it leads something.
  const actionsOfStatement = new Map<string, ReportAction[]>();
  for (const row of rows) {
    const list = actionsOfStatement.get(row.statementId) ?? [];
    list.push(actionOf(row));
    actionsOfStatement.set(row.statementId, list);
  }
  const chapters: ReportChapter[] = chapterRows
    .filter((c) => !chapterIds || chapterIds.has(c.id))
    .map((chapter) => {
      const statements = statementRows
        .filter((s) => s.chapter_id === chapter.id)
        .map((s) => ({ id: s.id, code: s.code, text: s.text, actions: actionsOfStatement.get(s.id) ?? [] }))
        .filter((s) => !leadAgencyIds || s.actions.length > 0);
      const actions = statements.flatMap((s) => s.actions);
      return {
        id: chapter.id,
        code: chapter.code,
        title: chapter.title,
        total: actions.length,
        byStatus: countStatuses(actions),
        overdue: actions.filter((a) => a.overdue).length,
        statements,
      };
    })
    .filter((c) => !leadAgencyIds || c.total > 0);

  // Executive summary.
  const inQuarter = (month: string | null) => month !== null && month >= next.start && month <= next.end;
  const byFund: Record<FundStatus | 'unknown', number> = { committed: 0, partially_committed: 0, not_committed: 0, no_budget_required: 0, unknown: 0 };
  for (const row of rows) byFund[row.fundStatus ?? 'unknown'] += 1;
  const summary: ReportModel['summary'] = {
    total: rows.length,
    byStatus: countStatuses(rows),
    overdue: rows.filter((r) => r.overdue).length,
    byChapter: chapters.map(({ id, code, title, total, byStatus, overdue }) => ({ id, code, title, total, byStatus, overdue })),
    startingNextQuarter: briefs.filter((a) => inQuarter(a.start) && !isClosed(a)),
    endingNextQuarter: briefs.filter((a) => !a.endOpen && inQuarter(effectiveEnd(a)) && !isClosed(a)),
    byFund,
    fundingNotCommitted: briefs.filter((a) => (a.fundStatus === 'not_committed' || a.fundStatus === 'partially_committed') && !isClosed(a)),
  };

  // What changed since the snapshot (the last meeting), within the scope.
  let changes: ReportModel['changes'] = null;
  if (sections.includes('changes') || sections.includes('overdue')) {
    // By default the last meeting before the pack's date: the newest snapshot taken by then.
    const snapshotId = request.snapshotId === undefined ? (await listSnapshots(db, plan.id)).find((s) => s.takenAt <= endOfDay(asOf))?.id : request.snapshotId;
    if (snapshotId) {
      const comparison = await compareWithSnapshot(db, snapshotId, planThen.rebuilt ? planThen.actions : undefined);
      if (comparison.snapshot.planId !== plan.id) throw new AppError('invalid_input', `Snapshot "${comparison.snapshot.name}" belongs to another plan`);
      const scoped = chapterIds !== null || leadAgencyIds !== null;
      let removed = comparison.removed;
      if (scoped && removed.length > 0) {
        const keep = removedInScope(await snapshotContent(db, snapshotId), new Set(removed.map((r) => r.actionId)), chapterIds, leadAgencyIds, agencies);
        removed = removed.filter((r) => keep.has(r.actionId));
      }
      const inScope = <T extends { actionId: string }>(list: readonly T[]) => list.filter((item) => rowIds.has(item.actionId));
      changes = {
        snapshot: comparison.snapshot,
        added: inScope(comparison.added),
        removed,
        removedOutsideScope: comparison.removed.length - removed.length,
        statusChanged: inScope(comparison.statusChanged),
        slipped: inScope(comparison.slipped),
        targetsChanged: inScope(comparison.targetsChanged),
      };
    }
  }

  // Overdue, and at risk: due by the end of next quarter but not moving, or slipped since the last meeting.
  const slippedBy = new Map((changes?.slipped ?? []).map((s) => [s.actionId, s.slipMonths]));
  const atRisk: (ReportActionBrief & { reason: string })[] = [];
  for (const action of briefs) {
    if (action.overdue || isClosed(action)) continue;
    const reasons: string[] = [];
    const end = effectiveEnd(action);
    if (!action.endOpen && end !== null && end <= next.end) {
      const due = `Due ${formatMonth(end)}`;
      if (action.status === 'not_started') reasons.push(`${due}, not started`);
      else if (action.status === 'on_hold') reasons.push(`${due}, on hold`);
      else if (action.status === null) reasons.push(`${due}, no status recorded`);
    }
    const slip = slippedBy.get(action.id);
    if (slip !== undefined && slip !== null && slip > 0) reasons.push(`End slipped ${slip} month${slip === 1 ? '' : 's'} since the snapshot`);
    if (reasons.length > 0) atRisk.push({ ...action, reason: reasons.join('; ') });
  }

  // Agency scorecards: per lead agency (or the one the pack is for), its actions by status, overdue, latest updates.
  const agencyActions = new Map<string, ActionGridRow[]>();
  for (const row of rows) {
    const leads = leadAgency ? [leadAgency.id] : [...new Set(row.leadAgencyIds)];
    for (const id of leads) agencyActions.set(id, [...(agencyActions.get(id) ?? []), row]);
  }
  const history =
    sections.includes('agencies') && rows.length > 0
      ? await actionChangesUntil(db, plan.id, `${asOf}T23:59:59.999Z`)
      : [];
  const updatesOf = new Map<string, typeof history>();
  for (const entry of history) {
    if (QUIET_FIELDS.has(entry.field) || !rowIds.has(entry.entity_id)) continue;
    const list = updatesOf.get(entry.entity_id) ?? [];
    if (list.length < UPDATES_PER_AGENCY) list.push(entry);
    updatesOf.set(entry.entity_id, list);
  }
  const scorecards: ReportAgencyScorecard[] = [...agencyActions.entries()]
    .map(([id, actions]) => {
      const agency = agencyById.get(id);
      const latestUpdates = actions
        .flatMap((action) => (updatesOf.get(action.id) ?? []).map((entry) => ({ action, entry })))
        .sort((a, b) => (a.entry.at < b.entry.at ? 1 : a.entry.at > b.entry.at ? -1 : 0))
        .slice(0, UPDATES_PER_AGENCY)
        .map(({ action, entry }) => ({
          at: entry.at,
          user: entry.user_name,
          actionCode: action.code,
          actionTitle: action.title,
          change: describeChange(entry.field, entry.old_value, entry.new_value),
        }));
      return {
        id,
        acronym: agency?.acronym ?? null,
        name: agency?.name ?? 'Unknown agency',
        total: actions.length,
        byStatus: countStatuses(actions),
        overdue: actions.filter((a) => a.overdue).length,
        overdueActions: actions.filter((a) => a.overdue).map((a) => briefOf(a, asOfMonth)),
        latestUpdates,
      };
    })
    .sort((a, b) => agencyLabel(a).localeCompare(agencyLabel(b), 'en', { sensitivity: 'base', numeric: true }));

  // Annex: every agency the actions in scope name, with its full name.
  const named = new Set(rows.flatMap((r) => [...r.leadAgencyIds, ...r.collaboratorAgencyIds]));
  const annex = agencies
    .filter((a) => named.has(a.id))
    .map((a) => ({ acronym: a.acronym, name: a.name, kind: a.kind, parentName: a.parentName, confirmed: a.confirmed }));

  // The timeline's span: the bulk of the actions, so that one stray date (a 2013 start, a 2099 end) does not
  // squash every bar; actions beyond it are drawn running off the edge.
  const starts = rows.map((r) => r.start).filter((m): m is string => m !== null).sort();
  const ends = rows
    .map((r) => (r.endOpen ? asOfMonth : effectiveEnd(r)))
    .filter((m): m is string => m !== null)
    .sort();
  const trim = (list: readonly string[], share: number) => list[Math.min(list.length - 1, Math.floor(list.length * share))] ?? null;
  const first = trim(starts, 0.03) ?? trim(ends, 0);
  const last = trim(ends, 0.97) ?? trim(starts, 1);

  const scopeParts: string[] = [];
  if (chapterIds) {
    const names = chapterRows.filter((c) => chapterIds.has(c.id)).map((c) => (c.code ? `${c.code} ${c.title}` : c.title));
    scopeParts.push(`${names.length === 1 ? 'Chapter' : 'Chapters'} ${names.join('; ')}`);
  }
  if (leadAgency) {
    const units = (leadAgencyIds?.size ?? 1) - 1;
    scopeParts.push(`Actions led by ${agencyLabel(leadAgency)}${leadAgency.acronym ? ` (${leadAgency.name})` : ''}${units > 0 ? ' and its units' : ''}`);
  }
  const presetLabel = REPORT_PRESET_LABELS[request.preset];
  const title =
    request.preset === 'agency_scorecard' && leadAgency
      ? `Agency scorecard: ${agencyLabel(leadAgency)}`
      : request.preset === 'steering_committee'
        ? 'Steering committee review pack'
        : presetLabel;

  return {
    plan: { id: plan.id, title: plan.title, description: plan.description },
    preset: request.preset,
    sections,
    cover: { title, meetingName: request.meetingName, meetingDate: request.meetingDate, preparedBy: request.preparedBy, generatedAt: now.toISOString() },
    asOf,
    asOfMonth,
    planAsOf: planThen.rebuilt ? { ...planThen.rebuilt, current: false } : { day: isoDay(now), changesUndone: 0, current: true },
    period,
    nextQuarter: { label: next.label, start: next.start, end: next.end },
    scope: {
      label: scopeParts.length > 0 ? scopeParts.join(' · ') : 'Whole plan',
      chapterIds: chapterIds ? [...chapterIds] : null,
      leadAgency: leadAgency ? { id: leadAgency.id, acronym: leadAgency.acronym, name: leadAgency.name } : null,
    },
    summary,
    changes,
    chapters,
    overdue: briefs.filter((a) => a.overdue),
    atRisk,
    agencies: scorecards,
    indicators: indicatorRows.map((row) => ({
      ...indicatorLineOf(row, periodLabels),
      actionId: row.actionId,
      actionCode: row.actionCode,
      actionTitle: row.actionTitle,
      chapterCode: row.chapterCode,
    })),
    timeline: { first, last },
    annex,
  };
}
