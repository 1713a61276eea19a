// Indicators of actions: their rows with the actual of each reporting period, and their edits.
import { z } from 'zod';
import type { IndicatorGridRow, UndoState } from '../domain';
import { id, returns, shortText, title, type DomainSchemas } from './common';

export const indicatorsContract = {
  'indicators:list': { input: z.object({ planId: id }).strict(), result: returns<readonly IndicatorGridRow[]>() },
  'indicators:create': {
    input: z.object({ actionId: id, name: title('the indicator name').default('New indicator') }).strict(),
    result: returns<IndicatorGridRow>(),
  },
  'indicators:update': {
    input: z.object({ indicatorId: id, field: z.enum(['name', 'kind', 'unit', 'baseline', 'target']), value: shortText }).strict(),
    result: returns<IndicatorGridRow>(),
  },
  'indicators:delete': { input: z.object({ indicatorId: id }).strict(), result: returns<UndoState>() },
  'indicators:setActual': {
    input: z.object({ indicatorId: id, periodId: id, value: shortText }).strict(),
    result: returns<IndicatorGridRow>(),
  },
  /** Many cells at once (a block cleared or filled down): all checked as typed values, all written or none, one undo. */
  'indicators:setCells': {
    input: z
      .object({
        planId: id,
        cells: z
          .array(
            z.union([
              z.object({ indicatorId: id, field: z.enum(['name', 'kind', 'baseline', 'target']), value: shortText }).strict(),
              z.object({ indicatorId: id, periodId: id, value: shortText }).strict(),
            ]),
          )
          .min(1, 'no cells to change')
          .max(50_000, 'at most 50,000 cells at once'),
      })
      .strict(),
    result: returns<readonly IndicatorGridRow[]>(),
  },
} as const satisfies DomainSchemas<'indicators'>;
