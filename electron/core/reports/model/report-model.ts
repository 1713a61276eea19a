// The review pack's content, computed from the plan: what the steering committee reads, section by section (one
// file each in this folder). Built on the same queries as the app's screens (action rows, indicator rows, snapshot
// comparison, agencies), so a pack never says something the app does not. The page (renderer/src/print) only lays
// it out.
import { REPORT_PRESET_SECTIONS, REPORT_SECTIONS, type ReportRequest } from '../../../../shared/contract';
import type { ReportModel, ReportSectionId, ReportingPeriod } from '../../../../shared/domain';
import { fiscalYearOf, monthOfDate, monthOf } from '../../../../shared/months';
import { listAgencies } from '../../agencies/agency-commands';
import type { DbOrTx } from '../../db/schema';
import { requirePlan } from '../../plan/plan-queries';
import { NO_PROGRESS, type Progress } from '../../progress/progress';
import { ensurePeriods } from '../../reporting/periods';
import { briefOf } from './action-briefs';
import { agencySection } from './agencies';
import { annexSection } from './annex';
import { changesSection, comparedSnapshot } from './changes';
import { committeeHasPages, committeeSection } from './committee';
import { chapterSection } from './chapters';
import { coverSection } from './cover';
import { indicatorSection, indicatorsInScope } from './indicators';
import { atRiskSection, overdueSection } from './overdue';
import { isoDay, packDates } from './pack-dates';
import { readPlanAsOf } from './plan-as-of';
import { ratingsSection } from './ratings';
import { reportedSection } from './reported';
import { inScope, readScope, scopeLabel } from './scope';
import { summarySection } from './summary';
import { timelineGhosts, timelineSection } from './timeline';

/** The sections asked for, each once, in print order. */
export function resolveSections(request: Pick<ReportRequest, 'preset' | 'sections'>): ReportSectionId[] {
  const wanted = new Set(request.sections ?? REPORT_PRESET_SECTIONS[request.preset]);
  return REPORT_SECTIONS.filter((section) => wanted.has(section));
}

/** Where the scorecards' changes start: the last meeting's snapshot, else the period's start, else the fiscal year's. */
function scorecardsSince(changes: ReportModel['changes'], period: ReportingPeriod | null, asOfMonth: string, fiscalYearStartMonth: number): ReportModel['changesSince'] {
  if (changes) return { at: changes.snapshot.takenAt, from: `the snapshot “${changes.snapshot.name}”` };
  if (period) return { at: `${period.start}-01T00:00:00.000Z`, from: `the start of ${period.label}` };
  const fiscalYear = fiscalYearOf(asOfMonth, fiscalYearStartMonth);
  return { at: `${monthOf(fiscalYear.startYear, fiscalYearStartMonth)}-01T00:00:00.000Z`, from: `the start of ${fiscalYear.label}` };
}

/** The pack's model. It may create the plan's reporting periods (a write): the caller runs it in a transaction so
 *  that a cancel, which `progress` throws at any of its steps, leaves the workspace as it was. */
export async function buildReportModel(db: DbOrTx, request: ReportRequest, now: Date, progress: Progress = NO_PROGRESS): Promise<ReportModel> {
  const steps = 7;
  progress.phase('Reading the plan', steps);
  const plan = await requirePlan(db, request.planId);
  const sections = resolveSections(request);
  const periods: ReportingPeriod[] = await ensurePeriods(db, plan.id, monthOfDate(now));
  progress.step(1);
  const { period, asOf, asOfMonth, fiscalYear, nextQuarter } = packDates(request, periods, plan.fiscal_year_start_month, now);
  const agencies = await listAgencies(db);
  // The plan as it stood on the pack's date; latest actuals only from periods that had begun by then.
  const planThen = await readPlanAsOf(db, { planId: plan.id, asOf, today: isoDay(now), asOfMonth, periods: periods.filter((p) => p.start <= asOfMonth) });
  const scope = readScope(request, planThen.chapters, agencies);
  const rows = planThen.actions.filter((row) => inScope(scope, row));
  const actionIds = new Set(rows.map((r) => r.id));
  const indicators = indicatorsInScope(planThen.indicators, actionIds, periods);
  const briefs = rows.map((row) => briefOf(row, asOfMonth));

  progress.phase('Chapter detail', steps, 2);
  const chapters = chapterSection(planThen, rows, indicators.linesOf, scope, asOfMonth);
  progress.phase('What changed since the last meeting', steps, 3);
  // The meeting the pack is made for: the one after the compared snapshot (the previous meeting's).
  const snapshotId = await comparedSnapshot(db, plan.id, request.snapshotId, asOf);
  const changes = sections.includes('changes') || sections.includes('overdue') ? await changesSection(db, { planId: plan.id, snapshotId, planThen, scope, actionIds, agencies }) : null;
  const changesSince = scorecardsSince(changes, period, asOfMonth, plan.fiscal_year_start_month);
  const committee = await committeeSection(db, plan.id, snapshotId);
  // Nothing written for the meeting: the committee's pages are left out, not printed empty.
  const printed = committeeHasPages(committee) ? sections : sections.filter((s) => s !== 'committee');
  progress.phase('Agency scorecards', steps, 4);
  const agencySummaries = await agencySection(db, { planId: plan.id, since: changesSince.at, asOf, asOfMonth, rows, actionIds, scope, agencies, printed: sections.includes('agencies') });
  progress.phase('What ministries reported, and delivery ratings', steps, 5);
  const reported = await reportedSection(db, { planId: plan.id, period, asOf, briefs });
  const ratings = await ratingsSection(db, { planId: plan.id, month: asOfMonth, asOf, actionIds, chapters, snapshotId });
  progress.phase('Summary, overdue actions, indicators and timeline', steps, 6);
  const model: ReportModel = {
    plan: { id: plan.id, title: plan.title, description: plan.description },
    preset: request.preset,
    sections: printed,
    cover: coverSection(request, scope, now),
    asOf,
    changesSince,
    reported,
    ratings,
    committee,
    asOfMonth,
    planAsOf: planThen.rebuilt ? { ...planThen.rebuilt, current: false } : { day: isoDay(now), changesUndone: 0, current: true },
    period,
    fiscalYear,
    nextQuarter,
    scope: {
      label: scopeLabel(scope, planThen.chapters),
      chapterIds: scope.chapterIds ? [...scope.chapterIds] : null,
      leadAgency: scope.leadAgency ? { id: scope.leadAgency.id, acronym: scope.leadAgency.acronym, name: scope.leadAgency.name } : null,
    },
    summary: summarySection(rows, briefs, chapters, nextQuarter),
    changes,
    chapters,
    overdue: overdueSection(briefs),
    atRisk: atRiskSection(briefs, changes, nextQuarter),
    agencies: agencySummaries,
    indicators: indicatorSection(indicators),
    timeline: { ...timelineSection(rows, asOfMonth), snapshot: sections.includes('timeline') ? await timelineGhosts(db, plan.id, snapshotId, actionIds) : null },
    annex: annexSection(rows, agencies),
  };
  progress.step(steps);
  return model;
}
