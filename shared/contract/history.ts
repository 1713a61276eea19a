// The change history, and undo and redo of the window's edits.
import { z } from 'zod';
import type { ChangeEntry, UndoOutcome, UndoState } from '../domain';
import { calendarDate, id, noInput, returns, type DomainSchemas } from './common';

export const historyContract = {
  'history:list': {
    input: z
      .object({
        planId: id,
        from: calendarDate.optional(),
        to: calendarDate.optional(),
        user: z.string().max(120).optional(),
        agencyId: id.optional(),
        source: z.enum(['edit', 'import', 'exchange', 'package', 'undo', 'system']).optional(),
        entityId: id.optional(),
        limit: z.number().int().min(1).max(10_000).default(500),
      })
      .strict(),
    result: returns<readonly ChangeEntry[]>(),
  },
  'history:users': { input: z.object({ planId: id }).strict(), result: returns<readonly string[]>() },
  'history:undo': { input: noInput, result: returns<UndoOutcome>() },
  'history:redo': { input: noInput, result: returns<UndoOutcome>() },
  'history:undoState': { input: noInput, result: returns<UndoState>() },
} as const satisfies DomainSchemas<'history'>;
