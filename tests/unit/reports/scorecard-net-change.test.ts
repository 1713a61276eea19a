// The agency scorecards list what changed on each action since the last meeting as its net change: an edit undone
// says nothing, an edit undone and redone says the edit once, a status changed twice says where it went, once.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportRequest } from '../../../shared/contract';
import type { ReportAction, ReportModel } from '../../../shared/domain';
import type { Connection } from '../../../electron/core/db/connection';
import { importSpreadsheet } from '../../../electron/core/import';
import { buildReportModel } from '../../../electron/core/reports/model/report-model';
import { handlersFor, openTempWorkspace, tempFolder, testContext } from '../support/workspace';

const SAMPLE = join(import.meta.dirname, '..', '..', '..', 'resources', 'sample-plan.tsv');
const PRINTED = new Date('2027-04-10T10:00:00Z');

let connection: Connection;
let planId: string;
let snapshotId: string;
let undone: ReportAction;
let redone: ReportAction;
let twice: ReportAction;
let beforeMeeting: ReportAction;

async function model(input: Record<string, unknown> = {}): Promise<ReportModel> {
  return buildReportModel(connection.db, reportRequest.parse({ planId, asOf: '2027-03-31', preset: 'steering_committee', ...input }), PRINTED);
}

/** What one scorecard (the first that lists the action: an action led by two agencies is in both) says of it. */
function changesOf(m: ReportModel, action: ReportAction): string[] {
  const lists = m.agencies.map((a) => a.latestUpdates.filter((u) => u.actionCode === action.code && u.actionTitle === action.title).map((u) => u.change));
  return lists.find((list) => list.length > 0) ?? [];
}

beforeAll(async () => {
  connection = await openTempWorkspace(tempFolder());
  ({ planId } = await importSpreadsheet(connection.db, testContext({ source: 'import', at: '2027-01-10T09:00:00.000Z' }), SAMPLE));
  const imported = (await model({ asOf: '2027-01-10' })).chapters.flatMap((c) => c.statements.flatMap((s) => s.actions));
  const open = imported.filter((a) => a.status === 'not_started' && !a.endOpen && a.end !== null && a.leadText !== '');
  [undone, redone, twice, beforeMeeting] = [open[0]!, open[1]!, open[2]!, open[3]!];

  const january = handlersFor(connection, { now: () => new Date('2027-01-20T09:00:00Z') });
  await january('actions:update', { actionId: beforeMeeting.id, field: 'remarks', value: 'Said before the meeting' });
  const february = handlersFor(connection, { now: () => new Date('2027-02-01T09:00:00Z') });
  snapshotId = (await february('snapshots:create', { planId, name: '12th steering committee' })).id;

  const march = handlersFor(connection, { now: () => new Date('2027-03-10T09:00:00Z') });
  await march('actions:update', { actionId: undone.id, field: 'end', value: 'Dec 2031' });
  await march('history:undo', {});
  await march('actions:update', { actionId: redone.id, field: 'end', value: 'Jun 2030' });
  await march('history:undo', {});
  await march('history:redo', {});
  await march('actions:update', { actionId: twice.id, field: 'status', value: 'Ongoing' });
  await march('actions:update', { actionId: twice.id, field: 'status', value: 'Completed' });
});

describe('agency scorecards: net change since the last meeting', () => {
  it('says nothing of an edit that was undone', async () => {
    expect(changesOf(await model(), undone)).toEqual([]);
  });

  it('says an edit undone and redone once, from the value at the meeting', async () => {
    const m = await model();
    expect(changesOf(m, redone)).toEqual([`End: ${formatted(redone.end!)} → Jun 2030`]);
  });

  it('says a status changed twice once, where it started and where it went, without its wording', async () => {
    expect(changesOf(await model(), twice)).toEqual(['Status: Not started → Completed']);
  });

  it('starts at the compared snapshot, names it, and leaves out what was said before', async () => {
    const m = await model({ snapshotId });
    expect(m.changesSince.from).toBe('the snapshot “12th steering committee”');
    expect(changesOf(m, beforeMeeting)).toEqual([]);
    expect(changesOf(m, twice)).toEqual(['Status: Not started → Completed']);
    // Without a snapshot: from the start of the fiscal year, which holds the January remark.
    const fromYear = await model({ snapshotId: null });
    expect(fromYear.changesSince.from).toBe('the start of FY 2026-27');
    expect(changesOf(fromYear, beforeMeeting)).toEqual(['Remarks: Said before the meeting']);
  });

  it('leaves out changes made after the as-of date', async () => {
    expect(changesOf(await model({ asOf: '2027-03-09' }), twice)).toEqual([]);
  });
});

/** "2027-06" → "Jun 2027", as the scorecard writes a month. */
function formatted(month: string): string {
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${names[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}
