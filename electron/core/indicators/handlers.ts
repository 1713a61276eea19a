// The contract's handlers for indicators: their rows with the actual of each reporting period, and their edits.
import { AppError } from '../../../shared/result';
import type { Handlers } from '../host/dispatch';
import type { HandlerKit } from '../host/kit';
import { planIdOf } from '../plan/plan-queries';
import { ensurePeriods } from '../reporting/periods';
import { createIndicator, deleteIndicator, setActual, updateIndicator } from './indicator-commands';
import { listIndicatorRows } from './indicator-rows';

type IndicatorChannel = 'indicators:list' | 'indicators:create' | 'indicators:update' | 'indicators:delete' | 'indicators:setActual';

export function indicatorHandlers(kit: HandlerKit): Pick<Handlers, IndicatorChannel> {
  const { db, currentMonth, undo } = kit;
  const indicatorRowOf = async (indicatorId: string) => {
    const indicator = await db().selectFrom('indicators').select('action_id').where('id', '=', indicatorId).executeTakeFirstOrThrow();
    const planId = await planIdOf(db(), 'action', indicator.action_id);
    const [row] = await listIndicatorRows(db(), planId, await ensurePeriods(db(), planId, currentMonth()), [indicatorId]);
    if (!row) throw new AppError('not_found', `No indicator with id ${indicatorId} in this workspace`);
    return row;
  };

  return {
    'indicators:list': async ({ planId }) => listIndicatorRows(db(), planId, await ensurePeriods(db(), planId, currentMonth())),
    'indicators:create': async (input, change) => indicatorRowOf(await createIndicator(db(), change, input)),
    'indicators:update': async (input, change) => {
      await updateIndicator(db(), change, input);
      return indicatorRowOf(input.indicatorId);
    },
    'indicators:delete': async ({ indicatorId }, change) => {
      await deleteIndicator(db(), change, indicatorId);
      return undo.state;
    },
    'indicators:setActual': async (input, change) => {
      await setActual(db(), change, input);
      return indicatorRowOf(input.indicatorId);
    },
  };
}
