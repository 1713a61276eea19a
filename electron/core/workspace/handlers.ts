// The contract's handler for the open workspace as a whole: the summary of its plans. The app's facts, the user's
// name and switching to another workspace file are the host's (app/worker/protocol.ts).
import type { Handlers } from '../host/dispatch';
import type { HandlerKit } from '../host/kit';
import { countAgencies } from '../agencies/registry';
import { listPlanSummaries } from '../plan/plan-queries';

type WorkspaceChannel = 'workspace:summary';

export function workspaceHandlers(kit: HandlerKit): Pick<Handlers, WorkspaceChannel> {
  const { app, db } = kit;
  return {
    'workspace:summary': async () => ({
      workspacePath: app.connection().path,
      agencies: await countAgencies(db()),
      plans: await listPlanSummaries(db(), kit.currentMonth()),
    }),
  };
}
