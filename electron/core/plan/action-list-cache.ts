// The actions grid's rows of the last plan listed, kept while the workspace has not changed since, so that opening
// the Actions view again (or after the Overview read the list) does not read 10,000 actions anew. The packed form (what the Actions
// view asks for) is kept apart, made from the same kept rows.
import type { ActionGridRow } from '../../../shared/domain';
import type { Month } from '../../../shared/months';
import { packActionList, type PackedActionList } from '../../../shared/packed-action-list';
import type { Connection } from '../db/connection';
import { KeptWhileUnchanged } from '../db/kept-while-unchanged';
import { listActionRows } from './action-rows';

export class ActionListCache {
  private readonly kept = new KeptWhileUnchanged<readonly ActionGridRow[]>();
  private readonly keptPacked = new KeptWhileUnchanged<PackedActionList>();

  /** How many times the rows were read from the database (for tests). */
  get queries(): number {
    return this.kept.reads;
  }

  /** The plan's grid rows; the same array as last time while nothing was written. */
  list(connection: Connection, planId: string, currentMonth: Month): Promise<readonly ActionGridRow[]> {
    return this.kept.get(connection, `${planId}|${currentMonth}`, () => listActionRows(connection.db, planId, currentMonth));
  }

  /** The same rows packed; the same list as last time while nothing was written. */
  listPacked(connection: Connection, planId: string, currentMonth: Month): Promise<PackedActionList> {
    return this.keptPacked.get(connection, `${planId}|${currentMonth}`, async () => packActionList(await this.list(connection, planId, currentMonth)));
  }
}
