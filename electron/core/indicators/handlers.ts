// The contract's handlers for indicators: their rows with the actual of each reporting period, and their edits.
import type { IndicatorGridRow } from '../../../shared/domain';
import { KeptWhileUnchanged } from '../db/kept-while-unchanged';
import type { Handlers } from '../host/dispatch';
import type { HandlerKit } from '../host/kit';
import { ensurePeriods } from '../reporting/periods';
import { createIndicator, deleteIndicator, setActual, setIndicatorCells, updateIndicator } from './indicator-commands';
import { indicatorRowOf, listIndicatorRows } from './indicator-rows';

type IndicatorChannel = 'indicators:list' | 'indicators:create' | 'indicators:update' | 'indicators:delete' | 'indicators:setActual' | 'indicators:setCells';

export function indicatorHandlers(kit: HandlerKit): Pick<Handlers, IndicatorChannel> {
  const { db, currentMonth, undo } = kit;
  const rowOf = (indicatorId: string) => indicatorRowOf(db(), indicatorId, currentMonth());
  // The Indicators view and the Overview ask for every indicator when they open (10,000 actions: 4 MB): while
  // nothing is written it is the same list, and reading it again would hold up the view opened next.
  const indicatorLists = new KeptWhileUnchanged<IndicatorGridRow[]>();

  return {
    'indicators:list': ({ planId }) =>
      indicatorLists.get(kit.app.connection(), `${planId}|${currentMonth()}`, async () => listIndicatorRows(db(), planId, await ensurePeriods(db(), planId, currentMonth()))),
    'indicators:create': async (input, change) => rowOf(await createIndicator(db(), change, input)),
    'indicators:update': async (input, change) => {
      await updateIndicator(db(), change, input);
      return rowOf(input.indicatorId);
    },
    'indicators:delete': async ({ indicatorId }, change) => {
      await deleteIndicator(db(), change, indicatorId);
      return undo.state;
    },
    'indicators:setActual': async (input, change) => {
      await setActual(db(), change, input);
      return rowOf(input.indicatorId);
    },
    'indicators:setCells': async ({ planId, cells }, change) => {
      const changed = await setIndicatorCells(db(), change, planId, cells);
      return listIndicatorRows(db(), planId, await ensurePeriods(db(), planId, currentMonth()), changed);
    },
  };
}
