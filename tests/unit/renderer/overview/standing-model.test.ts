// The Overview's figures (renderer/src/overview/standing-model.ts): bars by chapter and by lead agency counted from a
// real workspace's actions and ratings, jointly led and unregistered leads, months late, indicators against their
// path, and the comparison with a snapshot in words.
import { describe, expect, it } from 'vitest';
import type { ActionGridRow, AgencyListRow, IndicatorGridRow, ReportingPeriod, SnapshotComparison } from '../../../../shared/domain';
import { barsByChapter, barsByLeadAgency, changeLines, countJudgements, indicatorStandings, monthsLate, NO_REGISTERED_LEAD, topBars } from '../../../../renderer/src/overview/standing-model';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder } from '../../support/workspace';

const connection = await openTempWorkspace(tempFolder());
const planId = await importTwoChapterPlan(connection);
const call = handlersFor(connection, { user: 'Karma Wangdi' });

const action = (changes: Partial<ActionGridRow>): ActionGridRow => ({
  id: 'a',
  chapterId: 'c1',
  chapterCode: '5.1',
  chapterTitle: 'Digital by Default',
  statementId: 's1',
  statementCode: '5.1.1',
  statementText: '',
  order: [0, 0, 0],
  code: '5.1.1.1',
  title: 'An action',
  indicators: [],
  start: '2025-07',
  startPrecision: 'month',
  end: '2027-06',
  endPrecision: 'month',
  endOpen: false,
  revisedEnd: null,
  leadText: '',
  leadAgencyIds: [],
  collaboratorsText: '',
  collaboratorAgencyIds: [],
  fundStatus: null,
  fundNote: '',
  status: 'ongoing',
  statusText: 'Ongoing',
  remarks: '',
  overdue: false,
  updatedAt: '2026-11-02T09:30:00.000Z',
  updatedBy: null,
  ...changes,
});

const agency = (id: string, acronym: string | null, name: string): AgencyListRow => ({
  id,
  acronym,
  name,
  kind: 'agency',
  aliases: [],
  parentId: null,
  parentName: null,
  confirmed: true,
  origin: 'registry',
  leadCount: 0,
  collaboratorCount: 0,
});

describe('bars of the Overview', () => {
  it('counts each chapter’s actions by status and by rating, as the workspace holds them', async () => {
    const actions = await call('actions:list', { planId });
    const ratings = await call('ratings:plan', { planId });
    const ratingOf = new Map(ratings.actions.map((a) => [a.actionId, a.rating]));
    const bars = barsByChapter(actions, (id) => ratingOf.get(id));
    const tree = await call('plans:tree', { planId });
    expect(bars.map((b) => b.code)).toEqual(tree.chapters.map((c) => c.code));
    for (const [index, chapter] of tree.chapters.entries()) {
      const bar = bars[index]!;
      expect(bar.byStatus).toEqual(chapter.actionsByStatus);
      expect(bar.total).toBe(chapter.statements.reduce((n, s) => n + s.actions.length, 0));
      expect(bar.byRating).toEqual(ratings.chapters.find((c) => c.id === chapter.id)!.counts);
    }
  });

  it('counts an action under each of its lead agencies, most actions first, and unregistered leads last', () => {
    const agencies = [agency('moic', 'MoIC', 'Ministry of Information and Communications'), agency('ditt', 'DITT', 'Department of IT and Telecom'), agency('rcsc', null, 'Royal Civil Service Commission')];
    const actions = [
      action({ id: '1', leadAgencyIds: ['moic', 'ditt'], status: 'completed' }),
      action({ id: '2', leadAgencyIds: ['ditt'], status: null }),
      action({ id: '3', leadAgencyIds: ['rcsc'] }),
      action({ id: '4', leadText: 'All Government Agencies' }),
      // A lead the registry no longer holds is not a bar of its own.
      action({ id: '5', leadAgencyIds: ['gone'] }),
    ];
    const bars = barsByLeadAgency(actions, agencies, (id) => (id === '1' ? 'completed' : id === '2' ? 'red' : undefined));
    expect(bars.map((b) => [b.code, b.total])).toEqual([
      ['DITT', 2],
      ['MoIC', 1],
      ['Royal Civil Service Commission', 1],
      ['Other', 2],
    ]);
    expect(bars[0]!.byStatus).toMatchObject({ completed: 1, unknown: 1, ongoing: 0 });
    expect(bars[0]!.byRating).toMatchObject({ completed: 1, red: 1, not_rated: 0 });
    // Actions whose rating is not in yet count as not rated.
    expect(bars[3]!.key).toBe(NO_REGISTERED_LEAD);
    expect(bars[3]!.byRating.not_rated).toBe(2);
    expect(topBars(bars, 3)).toEqual({ shown: bars.slice(0, 3), more: 1 });
    expect(topBars(bars, 8).more).toBe(0);
  });
});

describe('months late', () => {
  it('lists overdue actions by months past the end that counts now, longest first, then by code', () => {
    const late = monthsLate(
      [
        action({ id: '1', code: '5.1.1.10', end: '2026-06', overdue: true }),
        action({ id: '2', code: '5.1.1.2', end: '2026-06', overdue: true }),
        action({ id: '3', code: '5.1.1.3', end: '2024-01', revisedEnd: '2026-11', overdue: true }),
        action({ id: '4', code: '5.1.1.4', end: '2020-12', overdue: true, leadText: 'DITT-MoIC' }),
        action({ id: '5', code: '5.1.1.5', end: '2020-12', status: 'completed', overdue: false }),
      ],
      '2026-12',
    );
    expect(late.map((l) => [l.code, l.monthsLate])).toEqual([
      ['5.1.1.4', 72],
      ['5.1.1.2', 6],
      ['5.1.1.10', 6],
      ['5.1.1.3', 1],
    ]);
    expect(late[0]).toMatchObject({ lead: 'DITT-MoIC', end: '2020-12' });
  });
});

describe('indicators against their path', () => {
  const periods: ReportingPeriod[] = [{ id: 'fy26', kind: 'fiscal_year', label: 'FY 2025-26', start: '2025-07', end: '2026-06' }];
  const indicator = (id: string, changes: Partial<IndicatorGridRow>): IndicatorGridRow => ({
    id,
    actionId: 'a',
    actionCode: '5.1.1.1',
    actionTitle: 'An action',
    chapterCode: '5.1',
    order: [0, 0, 0, 0],
    name: `Indicator ${id}`,
    kind: 'percent',
    unit: '',
    baseline: { text: '90%', value: 90 },
    target: { text: '100%', value: 100 },
    actuals: {},
    latestActual: null,
    progress: null,
    ...changes,
  });

  it('judges each by the shared straight path, behind first (most points first), then on track, then no data', () => {
    const measured = (value: number) => ({ latestActual: { text: `${value}%`, value, periodId: 'fy26' }, progress: (value - 90) / 10 });
    const standings = indicatorStandings(
      [indicator('none', {}), indicator('ahead', measured(97)), indicator('far', measured(90)), indicator('near', measured(93)), indicator('yes', { kind: 'yes_no', ...measured(1) })],
      [action({ id: 'a' })],
      periods,
      { behindAmberPoints: 10 },
    );
    // Jul 2025 → Jun 2027: by Jun 2026 the path is at 48%.
    expect(standings.map((s) => [s.id, s.judgement, s.behindPoints])).toEqual([
      ['far', 'behind', 48],
      ['near', 'behind', 18],
      ['ahead', 'on_track', -22],
      ['none', 'no_data', null],
      ['yes', 'no_data', null],
    ]);
    expect(standings[0]).toMatchObject({ latest: '90%', latestPeriod: 'FY 2025-26', target: '100%' });
    expect(standings[3]!.gap).toBe('No actual recorded yet');
    expect(countJudgements(standings)).toEqual({ behind: 2, on_track: 1, no_data: 2 });
  });

  it('draws the path to the revised end, and has none for an open-ended action', () => {
    const row = indicator('x', { latestActual: { text: '93%', value: 93, periodId: 'fy26' }, progress: 0.3 });
    const revised = indicatorStandings([row], [action({ id: 'a', revisedEnd: '2029-06' })], periods, { behindAmberPoints: 10 });
    // Jul 2025 → Jun 2029: 47 months, 11 gone: 23%, 7 points behind: on track.
    expect(revised[0]).toMatchObject({ judgement: 'on_track', behindPoints: -7 });
    const open = indicatorStandings([row], [action({ id: 'a', end: null, endOpen: true })], periods, { behindAmberPoints: 10 });
    expect(open[0]).toMatchObject({ judgement: 'no_data', gap: 'The action has no start and end to draw a path between' });
  });
});

describe('changes since a snapshot', () => {
  it('says each change in words: status, end, target, added and removed', () => {
    const comparison: SnapshotComparison = {
      snapshot: { id: 's', planId, name: 'Steering committee', takenAt: '2026-10-01T10:00:00.000Z', createdBy: 'Karma Wangdi', actions: 8 },
      added: [{ actionId: 'n', code: '5.1.1.4', title: 'New action' }],
      removed: [{ actionId: 'r', code: '5.1.1.9', title: 'Old action' }],
      statusChanged: [{ actionId: 'a', code: '5.1.1.1', title: 'Connectivity', before: 'not_started', after: 'ongoing' }],
      slipped: [
        { actionId: 'b', code: '5.1.1.2', title: 'Standards', endBefore: '2026-06', endAfter: '2026-09', endOpenAfter: false, slipMonths: 3 },
        { actionId: 'c', code: '5.1.1.3', title: 'Online', endBefore: '2026-06', endAfter: null, endOpenAfter: true, slipMonths: null },
        { actionId: 'd', code: '5.1.1.5', title: 'Sooner', endBefore: '2026-06', endAfter: '2026-05', endOpenAfter: false, slipMonths: -1 },
      ],
      targetsChanged: [{ actionId: 'a', code: '5.1.1.1', title: 'Connectivity', indicator: 'Offices connected', before: '98%', after: '99%' }],
    };
    expect(changeLines(comparison).map((l) => `${l.code} ${l.change}`)).toEqual([
      '5.1.1.1 Status Not started → Ongoing',
      '5.1.1.2 End Jun 2026 → Sep 2026 (3 months later)',
      '5.1.1.3 End Jun 2026 → open-ended (Continue)',
      '5.1.1.5 End Jun 2026 → May 2026 (1 month earlier)',
      '5.1.1.1 Target of “Offices connected” 98% → 99%',
      '5.1.1.4 Added to the plan',
      '5.1.1.9 Removed from the plan',
    ]);
    // A removed action has nothing left to open.
    expect(changeLines(comparison).at(-1)!.actionId).toBeNull();
  });
});
