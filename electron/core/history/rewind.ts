// The plan's rows as they stood at an earlier moment, rebuilt in memory from the change history: every later
// change is undone on the rows, newest first (as undo would write it back), and rows created later are left out.
// Nothing is written. A row deleted later comes back, since deletes are soft and traced.
import type { ChangeHistoryRow, DbOrTx } from '../db/schema';
import type { HistoryEntity } from './store';
import { typed } from './revert';

/** The history fields that hold an action's agency links (rows of their own, not a column). */
const LINK_FIELDS = { lead_agencies: 'lead', collaborator_agencies: 'collaborator' } as const;

/** What is rewound: the plan's structure, actions and indicators (actuals are recorded per period anyway). */
const REWOUND_ENTITIES: HistoryEntity[] = ['chapter', 'statement', 'action', 'indicator'];

/** The last moment of a day (YYYY-MM-DD) as the history stamps it. */
export function endOfDay(day: string): string {
  return `${day}T23:59:59.999Z`;
}

/**
 * The changes to undo to see a plan's chapters, statements, actions and indicators as they stood at `at`, newest
 * first. What was written when the plan was created (an import writes the plan and everything in it at one moment)
 * is never undone: the history knows nothing of the plan before, so that is the earliest state it can show.
 */
export async function changesSince(db: DbOrTx, planId: string, at: string): Promise<{ changes: ChangeHistoryRow[]; historyBegins: string | null }> {
  const creation = await db
    .selectFrom('change_history')
    .select('at')
    .where('entity', '=', 'plan')
    .where('entity_id', '=', planId)
    .where('field', '=', 'created')
    .orderBy('id')
    .executeTakeFirst();
  const since = creation && creation.at > at ? creation.at : at;
  const changes = await db
    .selectFrom('change_history')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('at', '>', since)
    .where('entity', 'in', REWOUND_ENTITIES)
    .orderBy('id', 'desc')
    .execute();
  return { changes, historyBegins: creation?.at ?? null };
}

/** Rows of one entity as they stood before `changes` (newest first): fields set back, rows created since left out. */
export function rewindRows<T extends { readonly id: string }>(rows: readonly T[], entity: HistoryEntity, changes: readonly ChangeHistoryRow[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, { ...row } as Record<string, unknown>]));
  const createdSince = new Set<string>();
  for (const change of changes) {
    if (change.entity !== entity) continue;
    const row = byId.get(change.entity_id);
    if (!row) continue;
    if (change.field === 'created') createdSince.add(change.entity_id);
    else if (change.field in row) row[change.field] = typed(change.field, change.old_value);
  }
  return rows.filter((row) => !createdSince.has(row.id)).map((row) => byId.get(row.id) as unknown as T);
}

/** Actions' agency links as they stood before `changes` (newest first), in their order. */
export function rewindLinks<T extends { readonly action_id: string; readonly agency_id: string; readonly role: string }>(
  links: readonly T[],
  changes: readonly ChangeHistoryRow[],
): { action_id: string; agency_id: string; role: string }[] {
  const byKey = new Map<string, string[]>();
  for (const link of links) byKey.set(`${link.action_id}|${link.role}`, [...(byKey.get(`${link.action_id}|${link.role}`) ?? []), link.agency_id]);
  for (const change of changes) {
    if (change.entity !== 'action' || !(change.field in LINK_FIELDS)) continue;
    const role = LINK_FIELDS[change.field as keyof typeof LINK_FIELDS];
    byKey.set(`${change.entity_id}|${role}`, JSON.parse(change.old_value ?? '[]') as string[]);
  }
  return [...byKey].flatMap(([key, agencyIds]) => {
    const [actionId, role] = key.split('|') as [string, string];
    return agencyIds.map((agencyId) => ({ action_id: actionId, agency_id: agencyId, role }));
  });
}
