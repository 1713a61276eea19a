// The review pack's content, computed from the plan: what the steering committee reads, section by section (one
// file each in this folder). Built on the same queries as the app's screens (action rows, indicator rows, snapshot
// comparison, agencies), so a pack never says something the app does not. The page (renderer/src/print) only lays
// it out.
import { REPORT_PRESET_SECTIONS, REPORT_SECTIONS, type ReportRequest } from '../../../../shared/contract';
import type { ReportModel, ReportSectionId, ReportingPeriod } from '../../../../shared/domain';
import { REPORT_SECTION_TITLES } from '../../../../shared/vocab/report-sections';
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

/**
 * The model's progress as one count over its parts, so that the bar moves as they are done: each section, each
 * chapter of the chapter detail and each meeting the ratings are read at is a part. The count is known once the
 * plan is read (its chapters in scope), and grows by the meetings once the ratings know them. A section's phase is
 * reported as it begins; a chapter's or a meeting's name comes with the count, at the pace progress steps report.
 */
export interface ModelParts {
  begin(section: string): void;
  /** A part within the section: named as it begins, counted when `done`. */
  within(name: string): void;
  done(): void;
  expect(more: number): void;
}

export function partsProgress(progress: Progress): ModelParts {
  let done = 0;
  let total: number | null = null;
  return {
    begin: (section) => (total === null ? progress.phase(section) : progress.phase(section, total, 'parts', done)),
    within: (name) => progress.step(done, name),
    done: () => progress.step(++done),
    expect: (more) => (total = (total ?? done) + more),
  };
}

/** What the model does first, and what the progress bar says while its transaction waits for the workspace. */
export const FIRST_MODEL_PHASE = 'Reading the plan';

/** The model's parts besides its chapters and meetings: each section `parts.begin`s below but the chapter detail. */
const SECTION_PARTS = 9;

/** The pack's model. It may create the plan's reporting periods (a write): the caller runs it in a transaction so
 *  that a cancel, which `progress` throws at any of its steps, leaves the workspace as it was. */
export async function buildReportModel(db: DbOrTx, request: ReportRequest, now: Date, progress: Progress = NO_PROGRESS): Promise<ReportModel> {
  const parts = partsProgress(progress);
  parts.begin(FIRST_MODEL_PHASE);
  const plan = await requirePlan(db, request.planId);
  const sections = resolveSections(request);
  const periods: ReportingPeriod[] = await ensurePeriods(db, plan.id, monthOfDate(now));
  const { period, asOf, asOfMonth, fiscalYear, nextQuarter } = packDates(request, periods, plan.fiscal_year_start_month, now);
  const agencies = await listAgencies(db);
  // The plan as it stood on the pack's date; latest actuals only from periods that had begun by then.
  const planThen = await readPlanAsOf(db, { planId: plan.id, asOf, today: isoDay(now), asOfMonth, periods: periods.filter((p) => p.start <= asOfMonth) });
  const scope = readScope(request, planThen.chapters, agencies);
  const rows = planThen.actions.filter((row) => inScope(scope, row));
  const actionIds = new Set(rows.map((r) => r.id));
  const indicators = indicatorsInScope(planThen.indicators, actionIds, periods);
  const briefs = rows.map((row) => briefOf(row, asOfMonth));
  parts.expect(SECTION_PARTS + planThen.chapters.filter((c) => !scope.chapterIds || scope.chapterIds.has(c.id)).length);
  parts.done();

  parts.begin(REPORT_SECTION_TITLES.chapters);
  const chapters = chapterSection(planThen, rows, indicators.linesOf, scope, asOfMonth, {
    begin: (chapter) => parts.within(`${REPORT_SECTION_TITLES.chapters}: ${[chapter.code, chapter.title].filter(Boolean).join(' ')}`),
    done: () => parts.done(),
  });
  // The meeting the pack is made for: the one after the compared snapshot (the previous meeting's).
  const snapshotId = await comparedSnapshot(db, plan.id, request.snapshotId, asOf);
  parts.begin(snapshotId ? REPORT_SECTION_TITLES.changes : REPORT_SECTION_TITLES.committee);
  const changes = sections.includes('changes') || sections.includes('overdue') ? await changesSection(db, { planId: plan.id, snapshotId, planThen, scope, actionIds, agencies }) : null;
  const changesSince = scorecardsSince(changes, period, asOfMonth, plan.fiscal_year_start_month);
  const committee = await committeeSection(db, plan.id, snapshotId);
  // Nothing written for the meeting: the committee's pages are left out, not printed empty.
  const printed = committeeHasPages(committee) ? sections : sections.filter((s) => s !== 'committee');
  parts.done();
  parts.begin(REPORT_SECTION_TITLES.agencies);
  const agencySummaries = await agencySection(db, { planId: plan.id, since: changesSince.at, asOf, asOfMonth, rows, actionIds, scope, agencies, printed: sections.includes('agencies') });
  parts.done();
  parts.begin('What ministries reported');
  const reported = await reportedSection(db, { planId: plan.id, period, asOf, briefs });
  parts.done();
  parts.begin(REPORT_SECTION_TITLES.ratings);
  const ratings = await ratingsSection(db, {
    planId: plan.id,
    month: asOfMonth,
    asOf,
    actionIds,
    chapters,
    snapshotId,
    meetings: {
      expect: (count) => parts.expect(count),
      begin: (name) => parts.within(`${REPORT_SECTION_TITLES.ratings} at “${name}”`),
      done: () => parts.done(),
    },
  });
  parts.done();
  parts.begin(REPORT_SECTION_TITLES.summary);
  const summary = summarySection(rows, briefs, chapters, nextQuarter);
  parts.done();
  parts.begin(REPORT_SECTION_TITLES.overdue);
  const overdue = overdueSection(briefs);
  const atRisk = atRiskSection(briefs, changes, nextQuarter);
  parts.done();
  parts.begin(REPORT_SECTION_TITLES.indicators);
  const indicatorProgress = indicatorSection(indicators);
  parts.done();
  parts.begin(REPORT_SECTION_TITLES.timeline);
  const timeline = { ...timelineSection(rows, asOfMonth), snapshot: sections.includes('timeline') ? await timelineGhosts(db, plan.id, snapshotId, actionIds) : null };
  const annex = annexSection(rows, agencies);
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
    summary,
    changes,
    chapters,
    overdue,
    atRisk,
    agencies: agencySummaries,
    indicators: indicatorProgress,
    timeline,
    annex,
  };
  parts.done();
  return model;
}
