// actions:listPacked: the Actions view's rows sent packed must come back, unpacked, exactly as actions:list gives them.
import { describe, expect, it } from 'vitest';
import type { ActionGridRow } from '../../../shared/domain';
import { packActionList, unpackActionList } from '../../../shared/packed-action-list';
import { getPlanTree } from '../../../electron/core/plan/plan-queries';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
const call = handlersFor(connection, { now: () => new Date('2026-11-27T11:00:00.000Z') });

/** Rows carried as the harness carries them (JSON), so that nothing but plain values can pass. */
const carried = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('the packed actions list', () => {
  it('unpacks to the rows of actions:list, field for field, in the same order', async () => {
    const rows = await call('actions:list', { planId });
    expect(rows.length).toBeGreaterThan(2);
    // The plan has actions with collaborators, indicators and several actions under one statement.
    expect(rows.some((r) => r.collaboratorAgencyIds.length > 1)).toBe(true);
    expect(rows.some((r) => r.indicators.length > 0)).toBe(true);
    expect(new Set(rows.map((r) => r.statementId)).size).toBeLessThan(rows.length);
    const packed = carried(await call('actions:listPacked', { planId }));
    expect(unpackActionList(packed)).toEqual(rows);
  });

  it('shows an edit at once, like actions:list', async () => {
    const action = (await getPlanTree(connection.db, planId, '2026-11')).chapters[0]!.statements[0]!.actions[0]!;
    const remarksOf = async () => unpackActionList(await call('actions:listPacked', { planId })).find((r) => r.id === action.id)!.remarks;
    expect(await remarksOf()).not.toBe('Edited in the grid');
    await call('actions:update', { actionId: action.id, field: 'remarks', value: 'Edited in the grid' });
    expect(await remarksOf()).toBe('Edited in the grid');
    await call('history:undo', {});
    expect(await remarksOf()).not.toBe('Edited in the grid');
  });

  it('sends each chapter, statement and agency once, so a large plan is about half the size', async () => {
    const [first] = await call('actions:list', { planId });
    // 500 actions under 5 statements, each led by one of 3 agencies, with one indicator.
    const many: ActionGridRow[] = Array.from({ length: 500 }, (_, n) => ({
      ...first!,
      id: `action-${n}-00000000-0000-0000-0000-000000000000`,
      statementId: `statement-${n % 5}`,
      statementCode: `1.${n % 5}`,
      statementText: `Statement ${n % 5}, which every action under it repeats when not packed.`,
      order: [1, n % 5, n],
      code: `1.${n % 5}.${n}`,
      leadAgencyIds: [`agency-${n % 3}-0000-0000-0000-000000000000`],
      collaboratorAgencyIds: [],
    }));
    const packed = carried(packActionList(many));
    expect(packed.places).toHaveLength(5);
    expect(packed.agencyIds).toHaveLength(3);
    expect(unpackActionList(packed)).toEqual(many);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(many).length * 0.6);
  });

  it('refuses a row naming a place or an agency the list does not hold', () => {
    expect(() => unpackActionList({ places: [], agencyIds: [], rows: [['a', 0, 1, '', '', [], null, 'month', null, 'month', false, null, '', [], '', [], null, '', null, '', '', false, '', null]] })).toThrow(
      /place 0/,
    );
  });
});
