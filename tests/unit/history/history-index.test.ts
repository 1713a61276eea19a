// The History's query reads through the time index (plan_id, at) in each of its two parts, newest first, without
// sorting the plan's whole history: EXPLAIN QUERY PLAN says so. Both parts together still list the plan's entries and
// its agencies' changes, newest first.
import { CompiledQuery } from 'kysely';
import { describe, expect, it } from 'vitest';
import { historyQuery, listHistory } from '../../../electron/core/history/store';
import { importTwoChapterPlan, openTempWorkspace, tempFolder } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);

async function planOf(part: 0 | 1): Promise<string[]> {
  const compiled = historyQuery(connection.db, { planId, limit: 200 }, part).compile();
  const result = await connection.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`EXPLAIN QUERY PLAN ${compiled.sql}`, [...compiled.parameters]));
  return result.rows.map((r) => r.detail);
}

describe('the History query and its index', () => {
  it('reads the plan\'s entries through history_by_time, newest first, with no sort of its own', async () => {
    const plan = await planOf(0);
    expect(plan[0]).toMatch(/^SEARCH change_history USING INDEX history_by_time \(plan_id=\?\)$/);
    expect(plan.some((line) => line.includes('TEMP B-TREE'))).toBe(false);
  });

  it('reads the agencies\' entries (no plan) through the same index', async () => {
    const plan = await planOf(1);
    expect(plan[0]).toMatch(/^SEARCH change_history USING INDEX history_by_time \(plan_id=\?\)$/);
    expect(plan.some((line) => line.includes('FOR ORDER BY'))).toBe(false);
  });

  it('lists the plan\'s entries and its agencies\' changes together, newest first', async () => {
    const entries = await listHistory(connection.db, { planId, limit: 1000 });
    expect(entries.length).toBeGreaterThan(16);
    expect(entries.some((e) => e.entity === 'agency')).toBe(true);
    const times = entries.map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
  });
});
