// "All lead agencies" sends to agencies, never to a group such as "Respective Agencies": a group is not someone
// to send a workbook to. What only groups lead (or nobody leads) is reported as not sent, never dropped unseen.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder, type TestDialogs } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
const dialogs: TestDialogs = {};
const call = handlersFor(connection, { dialogs });
const period = (await call('plans:periods', { planId })).find((p) => p.label === 'FY 2025-26')!;
const agencies = await call('agencies:list', {});
const moic = agencies.find((a) => a.acronym === 'MoIC')!;
const everyone = agencies.find((a) => a.name === 'All Government Agencies')!;
const statementId = (await call('actions:list', { planId })).find((a) => a.code === '5.1.2.3')!.statementId;

const addAction = async (code: string, title: string, lead: { ids: string[]; text: string }) => {
  const row = await call('actions:create', { statementId, code, title });
  if (lead.ids.length > 0 || lead.text) await call('actions:setAgencies', { actionId: row.id, role: 'lead', agencyIds: lead.ids, text: lead.text });
  return row.id;
};
const groupOnly = await addAction('5.1.2.4', 'Digitise every service form', { ids: [everyone.id], text: 'All Government Agencies' });
await addAction('5.1.2.5', 'Publish open data sets', { ids: [everyone.id, moic.id], text: 'MoIC and all agencies' });
const nobody = await addAction('5.1.2.6', 'Review the policy', { ids: [], text: '' });

describe('send for update to every lead agency', () => {
  it('lists a group apart, with the actions that only it leads', async () => {
    const leads = await call('exchange:leadAgencies', { planId });
    expect(leads.map((l) => [l.acronym ?? l.name, l.kind, l.actions, l.notSent])).toEqual([
      ['All Government Agencies', 'group', 2, 1],
      ['BICMA', 'agency', 1, 0],
      ['DITT', 'agency', 1, 0],
      ['MoIC', 'agency', 6, 0],
    ]);
  });

  it('sends to the agencies only and reports what no workbook carries', async () => {
    dialogs.folder = join(folder, 'all');
    const sent = (await call('exchange:send', { planId, periodId: period.id, agencyIds: null, dueDate: null }))!;
    expect(sent.packages.map((p) => [p.agency.label, p.actions])).toEqual([['BICMA', 1], ['DITT', 1], ['MoIC', 6]]);
    expect(sent.notSent).toEqual([
      { actionId: groupOnly, code: '5.1.2.4', title: 'Digitise every service form', lead: 'All Government Agencies', reason: 'group' },
      { actionId: nobody, code: '5.1.2.6', title: 'Review the policy', lead: '', reason: 'no lead' },
    ]);
  });

  it('refuses a group chosen by name, writing nothing', async () => {
    dialogs.folder = join(folder, 'group');
    await expect(call('exchange:send', { planId, periodId: period.id, agencyIds: [everyone.id], dueDate: null })).rejects.toThrow(
      '"All Government Agencies" is a group of agencies, not an agency: a workbook cannot be sent to a group',
    );
    expect(existsSync(join(folder, 'group'))).toBe(false);
    expect((await call('exchange:packages', { planId })).map((p) => p.agency.label)).toEqual(['BICMA', 'DITT', 'MoIC']);
  });

  it('reports nothing as not sent when the agencies were chosen', async () => {
    dialogs.folder = join(folder, 'chosen');
    const sent = (await call('exchange:send', { planId, periodId: period.id, agencyIds: [moic.id], dueDate: null }))!;
    expect(sent.notSent).toEqual([]);
  });
});
