// A pack "as of 31 March 2027" printed on 10 April shows the plan as it stood on 31 March: statuses, dates, targets,
// lead agencies and structure rebuilt from the change history, actions added since left out, deleted ones back in.
// The sample plan is imported in January 2027; then changes are made before and after the as-of date.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportRequest } from '../../../shared/contract';
import type { ReportAction, ReportModel } from '../../../shared/domain';
import type { Connection } from '../../../electron/core/db/connection';
import { importSpreadsheet } from '../../../electron/core/import';
import { findAgency } from '../../../electron/core/reports/find-agency';
import { buildReportModel } from '../../../electron/core/reports/model/report-model';
import { handlersFor, openTempWorkspace, tempFolder, testContext } from '../support/workspace';

const SAMPLE = join(import.meta.dirname, '..', '..', '..', 'resources', 'sample-plan.tsv');
const AS_OF = '2027-03-31';
const PRINTED = new Date('2027-04-10T10:00:00Z');

let connection: Connection;
let planId: string;
/** The actions as imported, before any change. */
let imported: ReportAction[];
let changed: { status: ReportAction; end: ReportAction; target: ReportAction; deleted: ReportAction; moved: ReportAction; lead: ReportAction; early: ReportAction };
let createdId: string;
let snapshotId: string;

async function model(input: Record<string, unknown> = {}): Promise<ReportModel> {
  return buildReportModel(connection.db, reportRequest.parse({ planId, asOf: AS_OF, ...input }), PRINTED);
}

function actionsOf(m: ReportModel): ReportAction[] {
  return m.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions));
}

function find(m: ReportModel, id: string): ReportAction | undefined {
  return actionsOf(m).find((a) => a.id === id);
}

/** Counts by status of a list of actions, as the summary keys them. */
function statusCounts(actions: readonly ReportAction[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of actions) counts[a.status ?? 'unknown'] = (counts[a.status ?? 'unknown'] ?? 0) + 1;
  return counts;
}

beforeAll(async () => {
  connection = await openTempWorkspace(tempFolder());
  ({ planId } = await importSpreadsheet(connection.db, testContext({ source: 'import', at: '2027-01-10T09:00:00.000Z' }), SAMPLE));
  imported = actionsOf(await buildReportModel(connection.db, reportRequest.parse({ planId }), new Date('2027-01-10T12:00:00Z')));
  const open = imported.filter((a) => a.status !== 'completed' && a.status !== 'dropped' && !a.endOpen && a.end !== null);
  const pick = (index: number) => open[index]!;
  changed = { status: pick(0), end: pick(1), target: imported.find((a) => a.indicators.length > 0 && a.indicators[0]!.target !== '')!, deleted: pick(3), moved: pick(4), lead: open.find((a, i) => i > 6 && !/DITT/.test(a.leadText))!, early: pick(6) };

  // The last meeting's snapshot, then before the as-of date one status change, which every pack from then on shows.
  const february = handlersFor(connection, { now: () => new Date('2027-02-01T09:00:00Z') });
  snapshotId = (await february('snapshots:create', { planId, name: '12th steering committee' })).id;
  const march = handlersFor(connection, { now: () => new Date('2027-03-15T09:00:00Z') });
  await march('actions:update', { actionId: changed.early.id, field: 'status', value: 'Completed' });

  // After it (5 April): a status, an end date, a target, a delete, a move, a new lead, a new action.
  const april = handlersFor(connection, { now: () => new Date('2027-04-05T09:00:00Z') });
  await april('actions:update', { actionId: changed.status.id, field: 'status', value: 'Completed' });
  await april('actions:update', { actionId: changed.end.id, field: 'end', value: 'Dec 2030' });
  await april('indicators:update', { indicatorId: changed.target.indicators[0]!.id, field: 'target', value: '12345' });
  await april('actions:delete', { actionId: changed.deleted.id });
  const statements = (await model({ asOf: '2027-04-10' })).chapters.flatMap((c) => c.statements);
  const elsewhere = statements.find((s) => !s.actions.some((a) => a.id === changed.moved.id))!;
  await april('actions:move', { actionId: changed.moved.id, statementId: elsewhere.id, beforeActionId: null });
  const ditt = await findAgency(connection.db, 'DITT');
  await april('actions:setAgencies', { actionId: changed.lead.id, role: 'lead', agencyIds: [ditt.id], text: 'DITT' });
  const created = await april('actions:create', { statementId: statements[0]!.id, title: 'Publish the digital-by-default circular' });
  createdId = created.id;
});

describe('a review pack as of a date before the latest changes', () => {
  it('shows each action as it stood on the date, and counts the summary from those', async () => {
    const m = await model();
    expect(m.planAsOf).toEqual({ day: AS_OF, current: false, changesUndone: expect.any(Number) });
    expect(m.planAsOf.changesUndone).toBeGreaterThanOrEqual(7);
    expect(find(m, changed.status.id)?.status).toBe(changed.status.status);
    expect(find(m, changed.early.id)?.status).toBe('completed');
    expect(find(m, changed.end.id)).toMatchObject({ end: changed.end.end, overdue: changed.end.overdue || changed.end.end! < '2027-03' });
    expect(find(m, changed.target.id)?.indicators[0]?.target).toBe(changed.target.indicators[0]!.target);
    expect(m.indicators.find((i) => i.id === changed.target.indicators[0]!.id)?.target).toBe(changed.target.indicators[0]!.target);
    expect(find(m, changed.deleted.id)?.code).toBe(changed.deleted.code);
    expect(find(m, createdId)).toBeUndefined();
    expect(m.chapters.flatMap((c) => c.statements).find((s) => s.actions.some((a) => a.id === changed.moved.id))?.id).toBe(
      (await model({ asOf: '2027-01-10' })).chapters.flatMap((c) => c.statements).find((s) => s.actions.some((a) => a.id === changed.moved.id))?.id,
    );
    expect(find(m, changed.lead.id)?.leadText).toBe(changed.lead.leadText);

    // The summary adds up from the actions shown: the plan as imported with only the March change.
    const shown = actionsOf(m);
    expect(shown.map((a) => a.id)).toEqual(imported.map((a) => a.id));
    expect(m.summary.total).toBe(imported.length);
    const expected = statusCounts(imported.map((a) => (a.id === changed.early.id ? { ...a, status: 'completed' as const } : a)));
    for (const [status, count] of Object.entries(expected)) expect(m.summary.byStatus[status as keyof typeof m.summary.byStatus], status).toBe(count);
    expect(m.summary.overdue).toBe(shown.filter((a) => a.overdue).length);
    expect(m.overdue.map((a) => a.id)).toEqual(shown.filter((a) => a.overdue).map((a) => a.id));
  });

  it('shows the plan as recorded now when the as-of date is the printing day or later', async () => {
    for (const asOf of ['2027-04-10', '2027-06-30']) {
      const m = await model({ asOf });
      expect(m.planAsOf).toEqual({ day: '2027-04-10', current: true, changesUndone: 0 });
      expect(find(m, changed.status.id)?.status).toBe('completed');
      expect(find(m, changed.end.id)?.end).toBe('2030-12');
      expect(find(m, changed.deleted.id)).toBeUndefined();
      expect(find(m, createdId)?.title).toBe('Publish the digital-by-default circular');
      expect(m.summary.byStatus.completed).toBe((await model()).summary.byStatus.completed + 1);
    }
  });

  it('scopes to the lead agency the action had on the date', async () => {
    const ditt = await findAgency(connection.db, 'DITT');
    const before = await model({ preset: 'agency_scorecard', leadAgencyId: ditt.id });
    const now = await model({ preset: 'agency_scorecard', leadAgencyId: ditt.id, asOf: '2027-04-10' });
    expect(before.summary.total).toBeGreaterThan(0);
    expect(find(before, changed.lead.id)).toBeUndefined();
    expect(find(now, changed.lead.id)?.leadText).toBe('DITT');
  });

  it('compares a snapshot with the plan as it stood on the date', async () => {
    const then = (await model({ snapshotId })).changes!;
    expect(then.statusChanged.map((c) => c.actionId)).toEqual([changed.early.id]);
    expect(then.added).toEqual([]);
    expect(then.removed).toEqual([]);
    expect(then.slipped).toEqual([]);
    expect(then.targetsChanged).toEqual([]);
    // By default a pack compares with the last meeting before its date: none before the February snapshot.
    expect((await model()).changes?.snapshot.id).toBe(snapshotId);
    expect((await model({ asOf: '2027-01-31' })).changes).toBeNull();
    const now = (await model({ snapshotId, asOf: '2027-04-10' })).changes!;
    expect(now.statusChanged.map((c) => c.actionId).sort()).toEqual([changed.early.id, changed.status.id].sort());
    expect(now.added.map((a) => a.actionId)).toEqual([createdId]);
    expect(now.removed.map((a) => a.actionId)).toEqual([changed.deleted.id]);
  });

  it('shows the plan as first imported when the date is before its history begins', async () => {
    const m = await model({ asOf: '2026-12-31' });
    expect(m.planAsOf).toEqual({ day: '2027-01-10', current: false, changesUndone: expect.any(Number) });
    expect(find(m, changed.early.id)?.status).toBe(changed.early.status);
    expect(actionsOf(m).map((a) => a.id)).toEqual(imported.map((a) => a.id));
    // Never an empty pack: the summary, the overdue list and the scorecards count the plan as first recorded.
    expect(m.summary.total).toBe(imported.length);
    expect(m.overdue.map((a) => a.id)).toEqual(imported.filter((a) => !a.endOpen && a.status !== 'completed' && a.status !== 'dropped' && (a.revisedEnd ?? a.end ?? '9999') < '2026-12').map((a) => a.id));
    expect(m.overdue.length).toBeGreaterThan(0);
    expect(m.agencies.length).toBeGreaterThan(0);
  });
});
