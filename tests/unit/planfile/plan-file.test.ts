import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPlanFile } from '../../../electron/core/planfile/export-plan-file';
import { importPlanFile, parsePlanFile } from '../../../electron/core/planfile/import-plan-file';
import { FIXTURES, importTwoChapterPlan, openTempWorkspace, tempFolder, testContext } from '../support/workspace';

const folder = tempFolder();
const fixtureText = readFileSync(join(FIXTURES, 'plans', 'two-chapters.plan.json'), 'utf8');

describe('JSON plan files', () => {
  it('import → export → import again reproduces the same plan, ids included', async () => {
    const first = await openTempWorkspace(folder, 'first.sqlite');
    await importTwoChapterPlan(first);
    const exported = await exportPlanFile(first.db);
    const second = await openTempWorkspace(folder, 'second.sqlite');
    await importPlanFile(second.db, testContext({ source: 'import' }), parsePlanFile(JSON.stringify(exported), 'exported.json'));
    expect(await exportPlanFile(second.db)).toEqual(exported);
    await first.close();
    await second.close();
  });

  it('keeps every field of an action through the export', async () => {
    const connection = await openTempWorkspace(folder, 'fields.sqlite');
    await importTwoChapterPlan(connection);
    const file = await exportPlanFile(connection.db);
    const action = file.plans[0]!.chapters[0]!.statements[0]!.actions[0]!;
    expect(action).toMatchObject({
      code: '5.1.1.1',
      title: 'Ensure reliable connectivity at all times',
      start: '2018-01',
      end: '2020-12',
      endOpen: false,
      lead: { text: 'BICMA/MoIC', agencies: ['BICMA', 'MoIC'] },
      collaborators: { text: 'ISPs, BPC', agencies: ['ISPs', 'BPC'] },
      fund: { status: 'partially_committed' },
      status: 'ongoing',
      statusText: 'O&M ongoing',
      indicators: [{ name: '% of uptime', kind: 'percent', baseline: { text: '95%', value: 95 }, target: { text: '98%', value: 98 } }],
    });
    const open = file.plans[0]!.chapters[0]!.statements[1]!.actions[0]!;
    expect(open).toMatchObject({ code: '5.1.2.3', end: null, endOpen: true });
    await connection.close();
  });

  it('keeps two agencies that share an acronym apart, and refers to them by id', async () => {
    const connection = await openTempWorkspace(folder, 'doi.sqlite');
    await importTwoChapterPlan(connection);
    const file = await exportPlanFile(connection.db);
    const doi = file.agencies.filter((a) => a.acronym === 'DOI');
    expect(doi.map((a) => a.name).sort()).toEqual(['Department of Immigration', 'Department of Industries']);
    const ditt = file.agencies.find((a) => a.acronym === 'DITT');
    expect(ditt?.parent).toBe(file.agencies.find((a) => a.acronym === 'MoIC')?.id);
    expect(file.agencies.find((a) => a.acronym === 'BICMA')?.confirmed).toBe(false);
    await connection.close();
  });

  it('records every created entity in the change history with the source file', async () => {
    const connection = await openTempWorkspace(folder, 'history.sqlite');
    const planId = await importTwoChapterPlan(connection);
    const entries = await connection.db.selectFrom('change_history').selectAll().where('plan_id', '=', planId).execute();
    expect(entries.filter((e) => e.entity === 'action').length).toBe(5);
    expect(entries.filter((e) => e.entity === 'chapter').length).toBe(2);
    expect(new Set(entries.map((e) => e.source))).toEqual(new Set(['import']));
    expect(entries.every((e) => e.source_file?.endsWith('two-chapters.plan.json') && e.user_name === 'Test Analyst')).toBe(true);
    await connection.close();
  });

  it.each([
    ['not JSON', '{"format": "plandesk.plan/1", "plans": [', /^bad\.json is not valid JSON: /],
    ['another format', '{"format": "someone-else/2", "plans": []}', /^bad\.json is not a PlanDesk plan file: at format, format must be "plandesk\.plan\/1"/],
    ['a plan without title', '{"format": "plandesk.plan/1", "plans": [{"title": ""}]}', /at plans\[0\]\.title, a plan needs a title/],
    [
      'a month that is not a month',
      '{"format": "plandesk.plan/1", "plans": [{"title": "P", "chapters": [{"title": "C", "statements": [{"text": "S", "actions": [{"title": "A", "start": "January 2018"}]}]}]}]}',
      /at plans\[0\]\.chapters\[0\]\.statements\[0\]\.actions\[0\]\.start, must be a month written YYYY-MM/,
    ],
    [
      'a status outside the list',
      '{"format": "plandesk.plan/1", "plans": [{"title": "P", "chapters": [{"title": "C", "statements": [{"text": "S", "actions": [{"title": "A", "status": "Done"}]}]}]}]}',
      /actions\[0\]\.status/,
    ],
  ])('refuses %s, saying where', (_name, text, message) => {
    expect(() => parsePlanFile(text, 'bad.json')).toThrow(message);
  });

  it('accepts a byte-order mark and the minimal documented form', () => {
    const file = parsePlanFile(`\uFEFF${fixtureText}`, 'bom.json');
    expect(file.plans[0]!.chapters.length).toBe(2);
  });
});
