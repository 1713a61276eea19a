// A plan's actions as the views use them (ActionGridRow), asked for packed (shared/packed-action-list.ts): half the
// size of actions:list to carry and read, and the main process keeps one packed list while nothing is written, so
// the Actions, Timeline and Agencies views, the add-indicator dialog and the Overview's standing share one read.
import type { ActionGridRow } from '../../../shared/domain';
import { unpackActionList } from '../../../shared/packed-action-list';
import { api, request } from './api';

export async function listActions(planId: string): Promise<ActionGridRow[]> {
  return unpackActionList(await request(api().actions.listPacked({ planId })));
}
