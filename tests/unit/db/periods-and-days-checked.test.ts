// Reporting periods' months and due dates checked by the database itself (migration
// 2026-12-06-4-periods-and-days-checked): bad values already stored are repaired (or, for a period nothing refers
// to, removed) with a history entry keeping them, and a bad value written later is refused whatever wrote it.
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createMigrator, openDatabase } from '../../../electron/core/db/connection';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import type { Database } from '../../../electron/core/db/schema';
import { tempFolder } from '../support/workspace';

const folder = tempFolder();
const AT = '2026-11-27T10:00:00.000Z';

/* eslint-disable @typescript-eslint/no-explicit-any */
async function planWithAgency(db: Kysely<any>): Promise<void> {
  await sql`insert into plans (id, title, fiscal_year_start_month, created_at, updated_at) values ('p', 'Plan', 7, ${AT}, ${AT})`.execute(db);
  await sql`insert into agencies (id, name, created_at, updated_at) values ('moic', 'MoIC', ${AT}, ${AT})`.execute(db);
}

function period(db: Kysely<any>, id: string, kind: string, label: string, start: string, end: string) {
  return sql`insert into reporting_periods (id, plan_id, kind, label, start_month, end_month, position) values (${id}, 'p', ${kind}, ${label}, ${start}, ${end}, 0)`.execute(db);
}

function updateWorkbook(db: Kysely<any>, id: string, periodId: string, due: string | null) {
  return sql`insert into exchange_packages (id, plan_id, send_id, agency_id, agency_label, period_id, period_label, issued_at, issued_by, due_date, file_name)
    values (${id}, 'p', 'send', 'moic', 'MoIC', ${periodId}, 'FY 2024-25', ${AT}, 'Tester', ${due}, ${`${id}.xlsx`})`.execute(db);
}

async function historyOf(db: Kysely<Database>) {
  return db
    .selectFrom('change_history')
    .select(['plan_id', 'entity', 'entity_id', 'field', 'old_value', 'new_value', 'source', 'user_name'])
    .orderBy('entity_id')
    .orderBy('field')
    .execute();
}

describe('reporting periods and due dates checked by the database', () => {
  it('repairs the bad months and days a workspace already holds, each with a history entry keeping the old value', async () => {
    const path = join(folder, 'bad-periods.sqlite');
    const old = await openDatabase(path, { migrate: false });
    const names = Object.keys(MIGRATIONS);
    const before = names[names.indexOf('2026-12-06-4-periods-and-days-checked') - 1]!;
    expect((await createMigrator(old.db).migrateTo(before)).error).toBeUndefined();
    await planWithAgency(old.db);
    await period(old.db, 'good', 'fiscal_year', 'FY 2024-25', '2024-07', '2025-06');
    await period(old.db, 'start-typed', 'quarter', 'FY 2025-26 Q1', '20250-07', '2025-09');
    await period(old.db, 'end-typed', 'fiscal_year', 'FY 2025-26', '2025-07', '2026-13');
    await period(old.db, 'both-bad', 'half', 'FY 2023-24 H2', 'Jan 2024', 'June 2024');
    await period(old.db, 'unreadable-unused', 'quarter', 'some quarter', 'x', 'y');
    await period(old.db, 'unreadable-used', 'quarter', 'another quarter', 'a', 'b');
    // Both months bad, and its label's months are those of a period the plan already has.
    await period(old.db, 'clashing', 'fiscal_year', 'FY 2024-25', '?', '?');
    await updateWorkbook(old.db, 'due-fine', 'good', '2027-01-31');
    await updateWorkbook(old.db, 'due-30-february', 'good', '2027-02-30');
    await updateWorkbook(old.db, 'due-five-digit-year', 'good', '20270-01-31');
    await updateWorkbook(old.db, 'due-words', 'good', '31 January 2027');
    await updateWorkbook(old.db, 'refers-to-unreadable', 'unreadable-used', null);
    await old.close();

    const upgraded = await openDatabase(path);
    const periods = await upgraded.db.selectFrom('reporting_periods').select(['id', 'start_month', 'end_month']).orderBy('id').execute();
    expect(periods).toEqual([
      { id: 'both-bad', start_month: '2024-01', end_month: '2024-06' },
      { id: 'end-typed', start_month: '2025-07', end_month: '2026-06' },
      { id: 'good', start_month: '2024-07', end_month: '2025-06' },
      { id: 'start-typed', start_month: '2025-07', end_month: '2025-09' },
      { id: 'unreadable-used', start_month: 'a', end_month: 'b' },
    ]);
    const dues = await upgraded.db.selectFrom('exchange_packages').select(['id', 'due_date']).orderBy('id').execute();
    expect(dues).toEqual([
      { id: 'due-30-february', due_date: null },
      { id: 'due-fine', due_date: '2027-01-31' },
      { id: 'due-five-digit-year', due_date: null },
      { id: 'due-words', due_date: null },
      { id: 'refers-to-unreadable', due_date: null },
    ]);
    const system = { plan_id: 'p', source: 'system', user_name: 'PlanDesk' };
    expect(await historyOf(upgraded.db)).toEqual([
      { ...system, entity: 'reporting_period', entity_id: 'both-bad', field: 'end_month', old_value: 'June 2024', new_value: '2024-06' },
      { ...system, entity: 'reporting_period', entity_id: 'both-bad', field: 'start_month', old_value: 'Jan 2024', new_value: '2024-01' },
      { ...system, entity: 'reporting_period', entity_id: 'clashing', field: 'removed', old_value: 'FY 2024-25 (? to ?)', new_value: null },
      { ...system, entity: 'exchange_package', entity_id: 'due-30-february', field: 'due_date', old_value: '2027-02-30', new_value: null },
      { ...system, entity: 'exchange_package', entity_id: 'due-five-digit-year', field: 'due_date', old_value: '20270-01-31', new_value: null },
      { ...system, entity: 'exchange_package', entity_id: 'due-words', field: 'due_date', old_value: '31 January 2027', new_value: null },
      { ...system, entity: 'reporting_period', entity_id: 'end-typed', field: 'end_month', old_value: '2026-13', new_value: '2026-06' },
      { ...system, entity: 'reporting_period', entity_id: 'start-typed', field: 'start_month', old_value: '20250-07', new_value: '2025-07' },
      { ...system, entity: 'reporting_period', entity_id: 'unreadable-unused', field: 'removed', old_value: 'some quarter (x to y)', new_value: null },
      { ...system, entity: 'reporting_period', entity_id: 'unreadable-used', field: 'months_unreadable', old_value: 'another quarter (a to b)', new_value: 'another quarter (a to b)' },
    ]);
    await upgraded.close();
  });

  it.each([
    ['a five-digit year', 'start_month', '20250-07'],
    ['a year past 2200', 'end_month', '9999-06'],
    ['month 13', 'end_month', '2026-13'],
    ['words', 'start_month', 'July 2025'],
  ])('refuses a period month with %s, on insert and on update', async (_name, column, value) => {
    const connection = await openDatabase(join(folder, `period-${column}-${value}.sqlite`));
    const db = connection.db;
    await planWithAgency(db);
    const refusal = 'the first and last months of a reporting period must be months written YYYY-MM, in the years 1900 to 2200';
    const months = { start_month: '2025-07', end_month: '2026-06', [column]: value };
    await expect(period(db, 'bad', 'fiscal_year', 'FY 2025-26', months.start_month, months.end_month)).rejects.toThrow(refusal);
    await period(db, 'fine', 'fiscal_year', 'FY 2025-26', '2025-07', '2026-06');
    await expect(sql`update reporting_periods set ${sql.ref(column)} = ${value} where id = 'fine'`.execute(db)).rejects.toThrow(refusal);
    await connection.close();
  });

  it.each([
    ['30 February', '2027-02-30'],
    ['a five-digit year', '20270-01-31'],
    ['a year before 1900', '0001-01-31'],
    ['a day first', '31/01/2027'],
    ['a time after the day', '2027-01-31T00:00'],
  ])('refuses a due date with %s, on insert and on update', async (_name, value) => {
    const connection = await openDatabase(join(folder, `due-${value.replace(/\W/g, '')}.sqlite`));
    const db = connection.db;
    await planWithAgency(db);
    await period(db, 'fy', 'fiscal_year', 'FY 2025-26', '2025-07', '2026-06');
    const refusal = 'the due date of an update workbook must be a date written YYYY-MM-DD: a real day, in the years 1900 to 2200';
    await expect(updateWorkbook(db, 'bad', 'fy', value)).rejects.toThrow(refusal);
    await updateWorkbook(db, 'fine', 'fy', '2028-02-29');
    await expect(sql`update exchange_packages set due_date = ${value} where id = 'fine'`.execute(db)).rejects.toThrow(refusal);
    await connection.close();
  });
});
