// Delivery ratings in the review pack (reports/model/ratings.ts): each action's rating with the rules' reasons, and
// the rating at the compared meeting's snapshot, from which the page draws ↑ ↓ →.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportRequest } from '../../../shared/contract';
import type { ReportAction, ReportModel } from '../../../shared/domain';
import { trendOf } from '../../../shared/rating-trend';
import type { Connection } from '../../../electron/core/db/connection';
import { importSpreadsheet } from '../../../electron/core/import';
import { buildReportModel } from '../../../electron/core/reports/model/report-model';
import { handlersFor, openTempWorkspace, tempFolder, testContext } from '../support/workspace';

const SAMPLE = join(import.meta.dirname, '..', '..', '..', 'resources', 'sample-plan.tsv');
let connection: Connection;
let planId: string;
let snapshotId: string;
let finished: ReportAction;
let overdue: ReportAction;

async function model(input: Record<string, unknown> = {}): Promise<ReportModel> {
  return buildReportModel(connection.db, reportRequest.parse({ planId, asOf: '2027-03-31', ...input }), new Date('2027-04-10T10:00:00Z'));
}

beforeAll(async () => {
  connection = await openTempWorkspace(tempFolder());
  ({ planId } = await importSpreadsheet(connection.db, testContext({ source: 'import', at: '2027-01-10T09:00:00.000Z' }), SAMPLE));
  const actions = (await model({ asOf: '2027-01-10' })).chapters.flatMap((c) => c.statements.flatMap((s) => s.actions));
  overdue = actions.find((a) => a.overdue)!;
  finished = actions.find((a) => a.overdue && a.id !== overdue.id)!;
  const february = handlersFor(connection, { now: () => new Date('2027-02-01T09:00:00Z') });
  snapshotId = (await february('snapshots:create', { planId, name: '12th steering committee' })).id;
  const march = handlersFor(connection, { now: () => new Date('2027-03-10T09:00:00Z') });
  await march('actions:update', { actionId: finished.id, field: 'status', value: 'Completed' });
});

describe('delivery ratings in the pack', () => {
  it('rates every action in scope, an overdue one red', async () => {
    const m = await model({ snapshotId: null });
    expect(Object.keys(m.ratings.byAction)).toHaveLength(m.summary.total);
    expect(m.ratings.byAction[overdue.id]).toMatchObject({ rating: 'red', before: null });
    // Past its end is said by the overdue mark beside the rating, not again among the reasons.
    expect(m.ratings.byAction[overdue.id]!.reasons.join(' ')).not.toMatch(/past its end/i);
    expect(m.ratings.comparedWith).toBeNull();
  });

  it('gives the rating at the compared meeting, so an action completed since goes up and an unchanged one stays', async () => {
    const m = await model({ snapshotId });
    expect(m.ratings.comparedWith).toBe('12th steering committee');
    const done = m.ratings.byAction[finished.id]!;
    expect(done).toMatchObject({ rating: 'completed', before: 'red' });
    expect(trendOf(done.before, done.rating)).toBe('↑');
    const same = m.ratings.byAction[overdue.id]!;
    expect(trendOf(same.before, same.rating)).toBe('→');
  });
});
