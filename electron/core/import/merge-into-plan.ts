import { AppError } from '../../../shared/result';
import type { DbOrTx } from '../db/schema';
import type { ChangeContext } from '../history/history';
import type { PlanFile } from '../planfile/format';

export async function mergeIntoPlan(_db: DbOrTx, _context: ChangeContext, _planId: string, _file: PlanFile): Promise<{ added: number; changed: number; unchanged: number }> {
  throw new AppError('not_available', 'Importing into an existing plan is not built yet');
}
