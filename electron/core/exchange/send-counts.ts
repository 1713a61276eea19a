// What a send for update will carry, before it is sent: how many workbooks, how many rows they hold together,
// how many distinct actions go out (an action two agencies lead is in two workbooks but is one action), and
// which actions no workbook carries and why. The Send panel shows these, so that its figures add up to the plan.
import type { SendCounts } from '../../../shared/domain';
import type { DbOrTx } from '../db/schema';
import { live } from '../db/live';
import { actionsOfPlan } from '../plan/actions-of-plan';
import { actionsWithoutAgencyLead, listLeadAgencies } from './plan-now';

/** agencyIds null: every lead agency (what "All lead agencies" sends). */
export async function sendCounts(db: DbOrTx, planId: string, agencyIds: readonly string[] | null): Promise<SendCounts> {
  const agencies = (await listLeadAgencies(db, planId)).filter((a) => a.kind === 'agency');
  const chosen = agencyIds === null ? agencies : agencies.filter((a) => agencyIds.includes(a.id));
  const led = await actionsOfPlan(db, planId, 'live')
    .innerJoin('action_agencies', 'action_agencies.action_id', 'actions.id')
    .innerJoin('agencies', 'agencies.id', 'action_agencies.agency_id')
    .select(['actions.id as actionId', 'agencies.id as agencyId'])
    .where('action_agencies.role', '=', 'lead')
    .where(live('agencies'))
    .where('agencies.kind', '!=', 'group')
    .execute();
  const chosenIds = new Set(chosen.map((a) => a.id));
  const going = led.filter((row) => chosenIds.has(row.agencyId));
  const distinct = new Set(going.map((row) => row.actionId));
  const all = await actionsOfPlan(db, planId, 'live').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const notSent = (await actionsWithoutAgencyLead(db, planId)).map(({ groupIds: _groupIds, ...action }) => action);
  const actions = Number(all.n);
  return {
    workbooks: chosen.length,
    rows: new Set(going.map((row) => `${row.agencyId}\u0000${row.actionId}`)).size,
    actionsOut: distinct.size,
    jointlyLed: [...distinct].filter((id) => going.filter((row) => row.actionId === id).length > 1).length,
    planActions: actions,
    notSent,
    // Led by an agency that was not chosen this time (0 when sending to every lead agency).
    otherAgencies: actions - distinct.size - notSent.length,
  };
}
