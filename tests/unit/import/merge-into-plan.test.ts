// Importing into an existing plan, and the preview's column re-mapping: actions are matched by code and title,
// differences become changes in the history (source 'import', with the file), nothing is duplicated or deleted,
// an empty cell never blanks a value, and bad input leaves the workspace byte for byte as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitImport, decodeUpload, MAX_IMPORT_BYTES, previewImport, titleSimilarity } from '../../../electron/core/import';
import type { Connection } from '../../../electron/core/db/connection';
import { AppError } from '../../../shared/result';
import { FIXTURES, handlersFor, openTempWorkspace, sha256Of, tempFolder, testContext } from '../support/workspace';

const folder = tempFolder();
let n = 0;
const bytesOf = (rows: string[][]) => new TextEncoder().encode(rows.map((r) => r.join('\t')).join('\n'));
const importContext = (file: string) => testContext({ source: 'import', sourceFile: file, batchId: `batch-${++n}` });

const HEADER = ['Chapter', 'Policy statement', 'Action', 'Indicator', 'Baseline', 'Target', 'Start date', 'End date', 'Lead Agency', 'Status', 'Remarks'];
const V1 = [
  ['National e-Gov plan'],
  HEADER,
  ['1 Digital by Default', '1.1 Go digital.', '1.1.1 Ensure reliable connectivity at all times', '% of uptime', '95%', '98%', 'Jan 2018', 'Dec 2020', 'MoIC', 'Ongoing', 'Links to 20 dzongkhags'],
  ['', '', '1.1.2 Expand the government network', 'No. of agencies', '500', '765', 'Jul 2017', 'Jul 2022', 'DITT', 'Not started', ''],
  ['', '', '1.1.3 Issue an executive order for going digital', '', '', '', '2019', '2020', 'Cabinet', 'Not started', 'Draft ready'],
];

async function workspace(): Promise<Connection> {
  return openTempWorkspace(folder, `merge-${++n}.sqlite`);
}

async function liveActions(connection: Connection, planId: string) {
  return connection.db
    .selectFrom('actions as a')
    .innerJoin('policy_statements as s', 's.id', 'a.statement_id')
    .innerJoin('chapters as c', 'c.id', 's.chapter_id')
    .select(['a.id', 'a.code', 'a.title', 'a.status', 'a.status_text', 'a.remarks', 'a.lead_text', 's.code as statementCode', 'a.unmapped'])
    .where('c.plan_id', '=', planId)
    .where('a.deleted_at', 'is', null)
    .orderBy('c.position')
    .orderBy('s.position')
    .orderBy('a.position')
    .execute();
}

async function importV1(connection: Connection): Promise<string> {
  const { planId } = await commitImport(connection.db, importContext('plan-v1.tsv'), { fileName: 'plan-v1.tsv', bytes: bytesOf(V1) });
  return planId;
}

describe('titles that match', () => {
  it.each([
    ['Ensure reliable connectivity at all times', 'Ensure reliable connectivity, at all times.', true],
    ['Expand the government network', 'Expand the Government network coverage', true],
    ['Issue an executive order for going digital', 'Issue executive order for going digital', true],
    ['Ensure reliable connectivity at all times', 'Publish a catalogue of shared ICT assets', false],
    ['Develop a data policy', 'Develop a cloud policy for agencies and ministries', false],
  ])('"%s" and "%s": similar %s', (a, b, similar) => {
    expect(titleSimilarity(a, b) >= 0.6).toBe(similar);
  });
});

describe('importing into an existing plan', () => {
  it('matches by code and title, shows the differences, applies them as changes in the history, adds new actions, deletes nothing', async () => {
    const connection = await workspace();
    const planId = await importV1(connection);
    const v2 = [
      ['National e-Gov plan'],
      HEADER,
      // Status and remarks changed; the title reworded a little.
      ['1 Digital by Default', '1.1 Go digital.', '1.1.1 Ensure reliable connectivity, at all times', '% of uptime', '95%', '99%', 'Jan 2018', 'Dec 2020', 'MoIC', 'Completed', 'Links to all 20 dzongkhags'],
      // Renumbered, same title; an empty status cell says nothing.
      ['', '', '1.1.5 Expand the government network', 'No. of agencies', '500', '765', 'Jul 2017', 'Jul 2022', 'DITT and GovTech', '', ''],
      // A new action in a new statement.
      ['', '1.2 Reuse data.', '1.2.1 Establish the national data exchange', '', '', '', '2023', 'Continue', 'GovTech', 'Ongoing', 'Pilot'],
    ];
    const request = { fileName: 'plan-v2.tsv', bytes: bytesOf(v2), intoPlanId: planId };
    const before = sha256Of(connection.path);

    const preview = await previewImport(connection.db, request);
    expect(sha256Of(connection.path)).toBe(before);
    const merge = preview.merge!;
    expect(merge.matches.map((m) => [m.file.code, m.plan.code, m.how, m.proposed])).toEqual([
      ['1.1.1', '1.1.1', 'code_and_title', true],
      ['1.1.5', '1.1.2', 'title', true],
    ]);
    expect(merge.matches[0]!.differences.map((d) => [d.label, d.before, d.after])).toEqual([
      ['Title', 'Ensure reliable connectivity at all times', 'Ensure reliable connectivity, at all times'],
      ['Status', 'Ongoing', 'Completed'],
      ['Remarks', 'Links to 20 dzongkhags', 'Links to all 20 dzongkhags'],
      ['Indicator "% of uptime" target', '98%', '99%'],
    ]);
    expect(merge.matches[1]!.differences.map((d) => [d.label, d.before, d.after])).toEqual([
      ['Code', '1.1.2', '1.1.5'],
      ['Lead agency', 'DITT', 'DITT and GovTech'],
    ]);
    expect(merge.newActions.map((a) => a.code)).toEqual(['1.2.1']);
    expect([merge.newChapters, merge.newStatements, merge.untouchedActions]).toEqual([0, 1, 1]);

    const outcome = await commitImport(connection.db, importContext('plan-v2.tsv'), request);
    expect(outcome.counts).toMatchObject({ added: 1, changed: 2, unchanged: 0, addedStatements: 1, addedChapters: 0 });

    const actions = await liveActions(connection, planId);
    expect(actions.map((a) => [a.statementCode, a.code, a.title, a.status, a.remarks])).toEqual([
      ['1.1', '1.1.1', 'Ensure reliable connectivity, at all times', 'completed', 'Links to all 20 dzongkhags'],
      ['1.1', '1.1.5', 'Expand the government network', 'not_started', ''],
      ['1.1', '1.1.3', 'Issue an executive order for going digital', 'not_started', 'Draft ready'],
      ['1.2', '1.2.1', 'Establish the national data exchange', 'ongoing', 'Pilot'],
    ]);
    const history = await connection.db
      .selectFrom('change_history')
      .select(['entity', 'entity_id', 'field', 'old_value', 'new_value', 'source', 'source_file'])
      .where('source_file', '=', 'plan-v2.tsv')
      .orderBy('id')
      .execute();
    expect(history.every((h) => h.source === 'import')).toBe(true);
    const first = actions[0]!.id;
    expect(history.filter((h) => h.entity_id === first).map((h) => [h.field, h.old_value, h.new_value])).toEqual([
      ['title', 'Ensure reliable connectivity at all times', 'Ensure reliable connectivity, at all times'],
      ['status', 'ongoing', 'completed'],
      ['status_text', 'Ongoing', 'Completed'],
      ['remarks', 'Links to 20 dzongkhags', 'Links to all 20 dzongkhags'],
    ]);
    expect(history.filter((h) => h.entity === 'indicator').map((h) => [h.field, h.old_value, h.new_value])).toEqual([
      ['target_text', '98%', '99%'],
      ['target_value', '98', '99'],
    ]);
    // The lead's links follow its text: GovTech (new, unconfirmed) joins DITT.
    const renumbered = actions[1]!.id;
    expect(history.filter((h) => h.entity_id === renumbered).map((h) => h.field)).toEqual(['code', 'lead_text', 'lead_agencies']);
    const leads = await connection.db
      .selectFrom('action_agencies as l')
      .innerJoin('agencies as g', 'g.id', 'l.agency_id')
      .select('g.acronym')
      .where('l.action_id', '=', renumbered)
      .where('l.role', '=', 'lead')
      .orderBy('l.position')
      .execute();
    expect(leads.map((l) => l.acronym)).toEqual(['DITT', 'GovTech']);
    expect(history.filter((h) => h.field === 'created' && h.entity !== 'agency').map((h) => [h.entity, h.new_value])).toEqual([
      ['statement', '1.2 Reuse data.'],
      ['action', '1.2.1 Establish the national data exchange'],
    ]);
    await connection.close();
  });

  it('importing the sample plan into the plan it made changes nothing and adds nothing', async () => {
    const connection = await workspace();
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'egov-monitoring-plan.tsv')));
    const { planId, counts } = await commitImport(connection.db, importContext('egov.tsv'), { fileName: 'egov-monitoring-plan.tsv', bytes });
    const historyBefore = await connection.db.selectFrom('change_history').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();

    const preview = await previewImport(connection.db, { fileName: 'egov-monitoring-plan.tsv', bytes, intoPlanId: planId });
    expect(preview.merge!.matches).toHaveLength(counts.actions);
    expect(preview.merge!.matches.filter((m) => m.differences.length > 0)).toEqual([]);
    expect(preview.merge!.newActions).toEqual([]);

    const again = await commitImport(connection.db, importContext('egov.tsv'), { fileName: 'egov-monitoring-plan.tsv', bytes, intoPlanId: planId });
    expect(again.counts).toMatchObject({ added: 0, changed: 0, unchanged: counts.actions, changes: 0 });
    expect((await liveActions(connection, planId)).length).toBe(counts.actions);
    const historyAfter = await connection.db.selectFrom('change_history').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(historyAfter.n).toBe(historyBefore.n);
    await connection.close();
  });

  it('offers a match by code alone without proposing it; an unaccepted match is added as a new action', async () => {
    const connection = await workspace();
    const planId = await importV1(connection);
    const v2 = [HEADER, ['1 Digital by Default', '1.1 Go digital.', '1.1.3 Publish the open data portal', '', '', '', '', '', 'MoIC', 'Ongoing', '']];
    const request = { fileName: 'v2.tsv', bytes: bytesOf(v2), intoPlanId: planId };
    const preview = await previewImport(connection.db, request);
    expect(preview.merge!.matches.map((m) => [m.how, m.proposed, m.plan.title])).toEqual([['code', false, 'Issue an executive order for going digital']]);

    await commitImport(connection.db, importContext('v2.tsv'), request);
    expect((await liveActions(connection, planId)).map((a) => [a.code, a.title])).toEqual([
      ['1.1.1', 'Ensure reliable connectivity at all times'],
      ['1.1.2', 'Expand the government network'],
      ['1.1.3', 'Issue an executive order for going digital'],
      ['1.1.3', 'Publish the open data portal'],
    ]);

    // Accepted this time: the title of the plan's 1.1.3 changes instead.
    const other = await importV1(connection);
    await commitImport(connection.db, importContext('v2.tsv'), { ...request, intoPlanId: other, acceptedMatches: [preview.merge!.matches[0]!.ref] });
    expect((await liveActions(connection, other)).map((a) => a.title)).toEqual(['Ensure reliable connectivity at all times', 'Expand the government network', 'Publish the open data portal']);
    await connection.close();
  });

  it('leaves the workspace byte for byte as it was when the file is bad or the plan is missing', async () => {
    const connection = await workspace();
    const planId = await importV1(connection);
    connection.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const before = sha256Of(connection.path);
    const garbage = new Uint8Array(5000).map((_, i) => (i * 7919) % 251);
    const cases = [
      { fileName: 'garbage.xlsx', bytes: garbage },
      { fileName: 'garbage.csv', bytes: garbage, intoPlanId: planId },
      { fileName: 'plan.json', bytes: new TextEncoder().encode('{"format":"nope"}') },
      { fileName: 'v1.tsv', bytes: bytesOf(V1), intoPlanId: 'no-such-plan' },
    ];
    for (const request of cases) {
      const error = await commitImport(connection.db, importContext(request.fileName), request).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toMatch(/garbage\.xlsx: this is not an \.xlsx workbook|garbage\.csv: |plan\.json is not a PlanDesk plan file|No plan with id no-such-plan/);
    }
    connection.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(sha256Of(connection.path)).toBe(before);
    await connection.close();
  });

  it('imports a JSON plan file into an existing plan through the same matching', async () => {
    const connection = await workspace();
    const planId = await importV1(connection);
    const json = JSON.stringify({
      format: 'plandesk.plan/1',
      plans: [{ title: 'x', chapters: [{ code: '1', title: 'Digital by Default', statements: [{ code: '1.1', text: 'Go digital.', actions: [{ code: '1.1.2', title: 'Expand the government network', status: 'completed', statusText: 'Completed' }] }] }] }],
    });
    const outcome = await commitImport(connection.db, importContext('plan.json'), { fileName: 'plan.json', bytes: new TextEncoder().encode(json), intoPlanId: planId });
    expect(outcome.counts).toMatchObject({ added: 0, changed: 1 });
    expect((await liveActions(connection, planId))[1]).toMatchObject({ code: '1.1.2', status: 'completed', remarks: '' });
    await connection.close();
  });
});

describe('re-mapping columns in the preview', () => {
  const rows = [
    ['Chapter', 'Policy statement', 'Action', 'Agency feedback', 'Status', 'Progress'],
    ['1 Digital', '1.1 Go digital.', '1.1.1 Ensure connectivity', 'Links to all dzongkhags', 'Ongoing', 'Q3 report received'],
  ];

  it('reads a column the header did not name as the analyst chooses, and keeps a column as unmapped on request', async () => {
    const connection = await workspace();
    const auto = await previewImport(connection.db, { fileName: 'feedback.tsv', bytes: bytesOf(rows) });
    expect(auto.columns.map((c) => [c.column, c.header, c.field])).toEqual([
      ['A', 'Chapter', 'chapter'],
      ['B', 'Policy statement', 'statement'],
      ['C', 'Action', 'action'],
      ['D', 'Agency feedback', null],
      ['E', 'Status', 'status'],
      // "Progress" also reads as a status: the second column of one meaning is kept as unmapped.
      ['F', 'Progress', null],
    ]);
    expect(auto.columns[3]!.samples).toEqual(['Links to all dzongkhags']);

    const mapping = [
      { sheet: null, column: 'D', field: 'remarks' as const },
      { sheet: null, column: 'E', field: null },
    ];
    const chosen = await previewImport(connection.db, { fileName: 'feedback.tsv', bytes: bytesOf(rows), mapping });
    expect(chosen.columns.map((c) => [c.column, c.field, c.detected])).toEqual([
      ['A', 'chapter', 'chapter'],
      ['B', 'statement', 'statement'],
      ['C', 'action', 'action'],
      ['D', 'remarks', null],
      ['E', null, 'status'],
      ['F', null, null],
    ]);
    expect(chosen.report!.entries.filter((e) => e.column === 'D' || e.column === 'E').map((e) => e.message)).toEqual([
      'column D ("Agency feedback") read as Remarks, as chosen in the import preview',
      'column E ("Status") not imported, as chosen in the import preview (its header says Status)',
    ]);

    const { planId } = await commitImport(connection.db, importContext('feedback.tsv'), { fileName: 'feedback.tsv', bytes: bytesOf(rows), mapping });
    const [action] = await liveActions(connection, planId);
    expect(action).toMatchObject({ remarks: 'Links to all dzongkhags', status: null, status_text: '' });
    expect(JSON.parse(action!.unmapped)).toEqual({ Status: 'Ongoing', Progress: 'Q3 report received' });
    await connection.close();
  });

  it('gives a meaning to one column only: the column whose header had it is kept as unmapped, two choices of one meaning are refused', async () => {
    const connection = await workspace();
    const moved = await previewImport(connection.db, { fileName: 'f.tsv', bytes: bytesOf(rows), mapping: [{ sheet: null, column: 'F', field: 'status' }] });
    expect(moved.columns.map((c) => c.field)).toEqual(['chapter', 'statement', 'action', null, null, 'status']);
    expect(moved.report!.entries.find((e) => e.column === 'E')?.message).toBe(
      'column E ("Status") would be Status, a meaning given to column F in the import preview; its cells are kept in each action\'s unmapped field as "Status"',
    );
    const twice = await previewImport(connection.db, {
      fileName: 'f.tsv',
      bytes: bytesOf(rows),
      mapping: [
        { sheet: null, column: 'D', field: 'remarks' },
        { sheet: null, column: 'F', field: 'remarks' },
      ],
    }).catch((e: unknown) => e);
    expect((twice as AppError).message).toBe('Columns D and F are both given the meaning Remarks; give it to one column and mark the other "not imported".');
    await connection.close();
  });
});

describe('the upload', () => {
  it('refuses a file over the size limit before decoding it, and content that is not base64', () => {
    const tooLarge = 'A'.repeat(Math.ceil(((MAX_IMPORT_BYTES + 1024) * 4) / 3));
    expect(() => decodeUpload('huge.xlsx', tooLarge)).toThrow(/huge\.xlsx is 60 MB; PlanDesk imports files of up to 60 MB/);
    expect(() => decodeUpload('plan.csv', 'not base64!')).toThrow(/did not arrive intact/);
    expect(new TextDecoder().decode(decodeUpload('plan.csv', Buffer.from('a,b').toString('base64')))).toBe('a,b');
  });
});

describe('through the contract, as the window calls it', () => {
  it('previews and commits a file sent as base64, recording the import with the file name', async () => {
    const connection = await workspace();
    const call = handlersFor(connection, { user: 'Karma Wangmo' });
    const contentBase64 = Buffer.from(bytesOf(V1)).toString('base64');
    const preview = await call('import:preview', { fileName: 'plan-v1.tsv', contentBase64 });
    expect(preview).toMatchObject({ kind: 'spreadsheet', planTitle: 'National e-Gov plan', counts: { chapters: 1, statements: 1, actions: 3 }, merge: null });
    expect(await connection.db.selectFrom('plans').select('id').execute()).toEqual([]);
    const outcome = await call('import:commit', { fileName: 'plan-v1.tsv', contentBase64, planTitle: 'Plan as imported' });
    const plan = await connection.db.selectFrom('plans').select(['id', 'title']).executeTakeFirstOrThrow();
    expect(plan).toEqual({ id: outcome.planId, title: 'Plan as imported' });
    const entry = await connection.db.selectFrom('change_history').select(['user_name', 'source', 'source_file']).where('entity', '=', 'plan').executeTakeFirstOrThrow();
    expect(entry).toEqual({ user_name: 'Karma Wangmo', source: 'import', source_file: 'plan-v1.tsv' });
    await expect(call('import:preview', { fileName: 'plan.tsv', contentBase64, mapping: [{ sheet: null, column: 'f1', field: 'status' }] })).rejects.toThrow(/mapping\.0\.column: must be a column letter/);
    await connection.close();
  });
});

describe('importing into an approved plan', () => {
  it('keeps the planned dates as the baseline: a new end becomes a revised end with the import as its reason', async () => {
    const connection = await workspace();
    const planId = await importV1(connection);
    await handlersFor(connection)('plans:approve', { planId, on: '2026-07-01' });
    const v2 = V1.map((row) => [...row]);
    v2[2]![6] = 'Mar 2018'; // a planned start moved: not taken
    v2[2]![7] = 'Jun 2022'; // a later end: a revised end
    const request = { fileName: 'plan-v2.tsv', bytes: bytesOf(v2), intoPlanId: planId };
    const preview = await previewImport(connection.db, request);
    const match = preview.merge!.matches.find((m) => m.plan.code === '1.1.1')!;
    expect(match.differences.map((d) => [d.label, d.before, d.after])).toContainEqual(['Revised end (the plan is approved)', 'Dec 2020', 'Jun 2022']);
    await commitImport(connection.db, importContext('plan-v2.tsv'), { ...request, acceptedMatches: preview.merge!.matches.map((m) => m.ref) });
    const row = await connection.db.selectFrom('actions').selectAll().where('code', '=', '1.1.1').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ start_month: '2018-01', end_month: '2020-12', revised_end_month: '2022-06', revised_end_reason: 'Imported into the approved plan (import into this plan)' });
    // The same file again changes nothing.
    const again = await previewImport(connection.db, request);
    expect(again.merge!.matches.find((m) => m.plan.code === '1.1.1')!.differences.map((d) => d.label)).not.toContain('Revised end (the plan is approved)');
  });
});
