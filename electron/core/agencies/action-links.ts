// An action's links to registry agencies (action_agencies), as a list per role in the order people wrote them. The
// history records a changed list whole (field lead_agencies or collaborator_agencies, ids as JSON), and undo puts
// a list back through LINK_REVERTS: links are rows of their own, not a column revertBatch could write.
import type { DbOrTx } from '../db/schema';

export type LinkRole = 'lead' | 'collaborator';

/** The history field of each role's list. */
export const LINK_FIELDS = { lead: 'lead_agencies', collaborator: 'collaborator_agencies' } as const;

/** Replaces an action's links of one role; their positions follow the list's order (0, 1, …). */
export async function writeLinks(tx: DbOrTx, actionId: string, role: LinkRole, agencyIds: readonly string[]): Promise<void> {
  await tx.deleteFrom('action_agencies').where('action_id', '=', actionId).where('role', '=', role).execute();
  const unique = [...new Set(agencyIds)];
  if (unique.length > 0) {
    await tx.insertInto('action_agencies').values(unique.map((agency_id, position) => ({ action_id: actionId, agency_id, role, position }))).execute();
  }
}

/** An action's agencies of one role, in order. */
export async function linksOf(tx: DbOrTx, actionId: string, role: LinkRole): Promise<string[]> {
  const rows = await tx.selectFrom('action_agencies').select('agency_id').where('action_id', '=', actionId).where('role', '=', role).orderBy('position').execute();
  return rows.map((l) => l.agency_id);
}

/** How undo restores agency links. */
export const LINK_REVERTS = {
  [LINK_FIELDS.lead]: (tx: DbOrTx, entry: { entityId: string; oldValue: string | null }) =>
    writeLinks(tx, entry.entityId, 'lead', JSON.parse(entry.oldValue ?? '[]') as string[]),
  [LINK_FIELDS.collaborator]: (tx: DbOrTx, entry: { entityId: string; oldValue: string | null }) =>
    writeLinks(tx, entry.entityId, 'collaborator', JSON.parse(entry.oldValue ?? '[]') as string[]),
};
