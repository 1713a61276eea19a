// The review pack's numbers, checked against counts taken straight from the database with SQL,
// on the real sample plan (resources/sample-plan.tsv) imported through the spreadsheet importer.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportRequest } from '../../../shared/contract';
import type { ReportModel } from '../../../shared/domain';
import type { Connection } from '../../../electron/core/db/connection';
import { importSpreadsheet } from '../../../electron/core/import';
import { findAgency } from '../../../electron/core/reports/find-agency';
import { buildReportModel, resolveSections } from '../../../electron/core/reports/model/report-model';
import { buildReportWorkbook } from '../../../electron/core/reports/report-workbook';
import { handlersFor, openTempWorkspace, tempFolder, testContext } from '../support/workspace';

const SAMPLE = join(import.meta.dirname, '..', '..', '..', 'resources', 'sample-plan.tsv');
const AS_OF = '2020-11-30';
const NOW = new Date('2026-11-27T10:00:00Z');

let connection: Connection;
let planId: string;

async function model(input: Record<string, unknown> = {}): Promise<ReportModel> {
  return buildReportModel(connection.db, reportRequest.parse({ planId, asOf: AS_OF, ...input }), NOW);
}

/** The plan's live actions, straight from SQL. */
function liveActions() {
  return connection.db
    .selectFrom('actions')
    .innerJoin('policy_statements as s', 's.id', 'actions.statement_id')
    .innerJoin('chapters as c', 'c.id', 's.chapter_id')
    .where('c.plan_id', '=', planId)
    .where('actions.deleted_at', 'is', null)
    .where('s.deleted_at', 'is', null)
    .where('c.deleted_at', 'is', null);
}

beforeAll(async () => {
  connection = await openTempWorkspace(tempFolder());
  ({ planId } = await importSpreadsheet(connection.db, testContext({ source: 'import' }), SAMPLE));
});

describe('report model of the sample plan', () => {
  it('counts actions by status and overdue as SQL does', async () => {
    const m = await model();
    const total = await liveActions().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(m.summary.total).toBe(Number(total.n));
    expect(m.summary.total).toBeGreaterThan(40);

    const byStatus = await liveActions()
      .select(['actions.status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('actions.status')
      .execute();
    for (const row of byStatus) {
      const key = row.status ?? 'unknown';
      expect(m.summary.byStatus[key as keyof typeof m.summary.byStatus], `status ${key}`).toBe(Number(row.n));
    }

    const overdue = await liveActions()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('actions.end_open', '=', 0)
      .where(sql<string>`coalesce(actions.revised_end_month, actions.end_month)`, '<', AS_OF.slice(0, 7))
      .where((eb) => eb.or([eb('actions.status', 'is', null), eb('actions.status', 'not in', ['completed', 'dropped'])]))
      .executeTakeFirstOrThrow();
    expect(m.summary.overdue).toBe(Number(overdue.n));
    expect(m.overdue).toHaveLength(m.summary.overdue);
    expect(m.overdue.every((a) => a.monthsOverdue > 0)).toBe(true);
  });

  it('holds every action once in the chapter detail, in plan order, with per-chapter counts adding up', async () => {
    const m = await model();
    const codes = m.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions.map((a) => a.id)));
    expect(new Set(codes).size).toBe(m.summary.total);
    expect(m.summary.byChapter.reduce((sum, c) => sum + c.total, 0)).toBe(m.summary.total);
    expect(m.summary.byChapter.reduce((sum, c) => sum + c.overdue, 0)).toBe(m.summary.overdue);
    expect(m.chapters.map((c) => c.code)).toEqual(['5.1', '5.2', '5.3', '5.4', '5.5', '5.6']);
    const first = m.chapters[0]!.statements[0]!.actions[0]!;
    expect(first.code).toBe('5.1.1.1');
    expect(first.indicators[0]).toMatchObject({ name: '% of uptime', baseline: '95%', target: '98%' });
  });

  it('lists the actions starting and ending in the next fiscal quarter', async () => {
    const m = await model();
    // 30 Nov 2020 is in FY 2020-21 Q2 (Oct–Dec): the next quarter is Jan–Mar 2021.
    expect(m.nextQuarter).toEqual({ label: 'FY 2020-21 Q3', start: '2021-01', end: '2021-03' });
    const starting = await liveActions()
      .select('actions.id')
      .where('actions.start_month', '>=', '2021-01')
      .where('actions.start_month', '<=', '2021-03')
      .where((eb) => eb.or([eb('actions.status', 'is', null), eb('actions.status', 'not in', ['completed', 'dropped'])]))
      .execute();
    expect(m.summary.startingNextQuarter.map((a) => a.id).sort()).toEqual(starting.map((a) => a.id).sort());
    const notCommitted = await liveActions()
      .select('actions.id')
      .where('actions.fund_status', 'in', ['not_committed', 'partially_committed'])
      .where((eb) => eb.or([eb('actions.status', 'is', null), eb('actions.status', 'not in', ['completed', 'dropped'])]))
      .execute();
    expect(m.summary.fundingNotCommitted.map((a) => a.id).sort()).toEqual(notCommitted.map((a) => a.id).sort());
  });

  it('scopes a pack to chapters, or to a lead agency with its units', async () => {
    const tree = await model();
    const chapter = tree.chapters[1]!;
    const scoped = await model({ chapterIds: [chapter.id] });
    expect(scoped.chapters.map((c) => c.id)).toEqual([chapter.id]);
    expect(scoped.summary.total).toBe(chapter.total);
    expect(scoped.scope.label).toBe(`Chapter ${chapter.code} ${chapter.title}`);

    const moic = await findAgency(connection.db, 'moic');
    const pack = await model({ preset: 'agency_scorecard', leadAgencyId: moic.id });
    // MoIC and its units at any depth (BCIRT within DITT within MoIC).
    const units = await sql<{ id: string }>`
      with recursive unit(id) as (select ${moic.id} union select a.id from agencies a join unit on a.parent_id = unit.id where a.deleted_at is null)
      select id from unit`.execute(connection.db);
    const agencyIds = units.rows.map((u) => u.id);
    expect(agencyIds.length).toBeGreaterThan(1);
    const led = await liveActions()
      .innerJoin('action_agencies as l', 'l.action_id', 'actions.id')
      .select('actions.id')
      .distinct()
      .where('l.role', '=', 'lead')
      .where('l.agency_id', 'in', agencyIds)
      .execute();
    expect(pack.summary.total).toBe(led.length);
    expect(pack.summary.total).toBeGreaterThan(0);
    expect(pack.cover.title).toBe('Agency scorecard: MoIC');
    expect(pack.agencies).toHaveLength(1);
    expect(pack.agencies[0]!.total).toBe(led.length);
    expect(pack.sections).toEqual(resolveSections({ preset: 'agency_scorecard', sections: undefined }));
  });

  it('refuses an agency name two agencies share, naming both', async () => {
    const call = handlersFor(connection);
    await call('agencies:create', { acronym: 'DOI', name: 'Department of Industries', kind: 'agency' });
    await call('agencies:create', { acronym: 'DOI', name: 'Department of Immigration', kind: 'agency' });
    await expect(findAgency(connection.db, 'DOI')).rejects.toThrow(/Department of Industries.*Department of Immigration|Department of Immigration.*Department of Industries/);
  });

  it('shows what changed since a snapshot: new, removed, status, slipped end (in months), target', async () => {
    const call = handlersFor(connection, { now: () => new Date('2020-12-01T09:00:00Z') });
    const snapshot = await call('snapshots:create', { planId, name: '11th steering committee' });
    const before = await model({ snapshotId: snapshot.id });
    const [a, b, , d] = before.chapters[0]!.statements[0]!.actions;
    await call('actions:update', { actionId: a!.id, field: 'status', value: 'Completed' });
    await call('actions:update', { actionId: b!.id, field: 'end', value: addSix(b!.end!) });
    await call('indicators:update', { indicatorId: b!.indicators[0]!.id, field: 'target', value: '800' });
    await call('actions:delete', { actionId: d!.id });
    const created = await call('actions:create', { statementId: before.chapters[0]!.statements[0]!.id, title: 'Publish the digital-by-default circular' });

    const after = await model({ snapshotId: snapshot.id });
    const changes = after.changes!;
    expect(changes.snapshot.name).toBe('11th steering committee');
    expect(changes.statusChanged).toEqual([expect.objectContaining({ code: a!.code, before: a!.status, after: 'completed' })]);
    expect(changes.slipped).toEqual([expect.objectContaining({ code: b!.code, slipMonths: 6 })]);
    expect(changes.targetsChanged).toEqual([expect.objectContaining({ code: b!.code, before: '765', after: '800' })]);
    expect(changes.removed.map((r) => r.code)).toEqual([d!.code]);
    expect(changes.added.map((r) => r.actionId)).toEqual([created.id]);
    // The newest snapshot taken by the pack's date is the default comparison; none when asked for none.
    expect((await model({ asOf: '2020-12-31' })).changes?.snapshot.id).toBe(snapshot.id);
    expect((await model()).changes).toBeNull();
    expect((await model({ snapshotId: null })).changes).toBeNull();
    // A slipped action still open is at risk, with the slip as the reason.
    if (b!.status !== 'completed' && !b!.overdue) {
      expect(after.atRisk.find((r) => r.id === b!.id)?.reason).toMatch(/slipped 6 months/);
    }
    // The agency leading the completed action shows the change among its latest updates, once the pack's date is past it.
    const updatesOf = (m: ReportModel) => m.agencies.flatMap((g) => g.latestUpdates).filter((u) => u.actionCode === a!.code);
    expect(updatesOf(after)).toEqual([]);
    const december = await model({ snapshotId: snapshot.id, asOf: '2020-12-31' });
    expect(updatesOf(december).map((u) => u.change)).toContainEqual(expect.stringMatching(/^Status: .* → Completed$/));
    // Changes outside a chapter scope stay out of that chapter's pack.
    const other = await model({ snapshotId: snapshot.id, chapterIds: [after.chapters[1]!.id] });
    expect(other.changes!.statusChanged).toEqual([]);
    expect(other.changes!.removed).toEqual([]);
    expect(other.changes!.removedOutsideScope).toBe(1);
  });

  it('reads the latest actual as of the pack date', async () => {
    const call = handlersFor(connection);
    const periods = await call('plans:periods', { planId });
    const fy2019 = periods.find((p) => p.label === 'FY 2019-20')!;
    const fy2021 = periods.find((p) => p.label === 'FY 2021-22')!;
    const indicator = (await model()).indicators.find((i) => i.name === '% of uptime')!;
    await call('indicators:setActual', { indicatorId: indicator.id, periodId: fy2019.id, value: '96.5%' });
    await call('indicators:setActual', { indicatorId: indicator.id, periodId: fy2021.id, value: '98%' });
    const late2020 = (await model()).indicators.find((i) => i.id === indicator.id)!;
    expect(late2020).toMatchObject({ latest: '96.5%', latestPeriod: 'FY 2019-20' });
    expect(late2020.progress).toBeCloseTo(0.5);
    const late2021 = (await model({ asOf: '2021-12-31' })).indicators.find((i) => i.id === indicator.id)!;
    expect(late2021).toMatchObject({ latest: '98%', latestPeriod: 'FY 2021-22', progress: 1 });
  });

  it('exports the tables as a workbook with one sheet per section', async () => {
    const m = await model({ preset: 'steering_committee' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildReportWorkbook(m)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Executive summary',
      'Next quarter and funding',
      'Delivery ratings',
      'Changes',
      'Actions',
      'Overdue and at risk',
      'Support requested',
      'Agency scorecards',
      'Indicators',
      'Timeline',
      'Agencies',
    ]);
    const summary = workbook.getWorksheet('Executive summary')!;
    const totalRow = summary.getRow(summary.rowCount);
    expect(totalRow.getCell(2).value).toBe('Whole scope');
    expect(totalRow.getCell(3).value).toBe(m.summary.total);
    const timeline = workbook.getWorksheet('Timeline')!;
    expect(timeline.rowCount - 1).toBe(m.summary.total);
    expect(workbook.getWorksheet('Indicators')!.rowCount - 1).toBe(m.indicators.length);
  });
});

function addSix(month: string): string {
  const [y, mo] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (mo - 1) + 6;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
