// The top of the core: one handler per contract method, combined from the capabilities' own handlers, with the kit
// they share. Hosts (the Electron main process, the browser harness) wrap these with registerContract or
// createDispatcher (host/dispatch.ts), which treat each method by its kind. Nothing below imports this folder.
import { agencyHandlers } from '../agencies/handlers';
import { committeeHandlers } from '../committee/handlers';
import { exchangeHandlers } from '../exchange/handlers';
import { exportHandlers } from '../exports/handlers';
import { historyHandlers } from '../history/handlers';
import type { AppContext } from '../host/context';
import type { HostedCore } from '../host/dispatch';
import { createKit } from '../host/kit';
import { importHandlers } from '../import/handlers';
import { indicatorHandlers } from '../indicators/handlers';
import { packageHandlers } from '../packages/handlers';
import { SPECIAL_REVERTS } from '../packages/special-reverts';
import { planHandlers } from '../plan/handlers';
import { ratingHandlers } from '../ratings/handlers';
import { reportHandlers } from '../reports/handlers';
import { snapshotHandlers } from '../snapshots/handlers';
import { backupHandlers } from '../workspace/backup-handlers';
import { workspaceHandlers } from '../workspace/handlers';

export function createHandlers(app: AppContext): HostedCore {
  const kit = createKit(app);
  const handlers = {
    ...workspaceHandlers(kit),
    ...backupHandlers(kit),
    ...planHandlers(kit),
    ...indicatorHandlers(kit),
    ...agencyHandlers(kit),
    ...historyHandlers(kit, SPECIAL_REVERTS),
    ...snapshotHandlers(kit),
    ...ratingHandlers(kit),
    ...committeeHandlers(kit),
    ...reportHandlers(kit),
    ...exchangeHandlers(kit),
    ...packageHandlers(kit),
    ...exportHandlers(kit),
    ...importHandlers(kit),
  };
  return { handlers, kit };
}
