// The contract's handlers for the open workspace as a whole: the app's facts, the user's name, the summary of
// its plans, and switching to another workspace file.
import type { Handlers } from '../host/dispatch';
import type { HandlerKit } from '../host/kit';
import { countAgencies } from '../agencies/registry';
import { setWorkspaceUserName } from '../db/workspace-user';
import { listPlanSummaries } from '../plan/plan-queries';

type WorkspaceChannel = 'app:info' | 'preferences:setUserName' | 'workspace:summary' | 'workspace:chooseFile';

export function workspaceHandlers(kit: HandlerKit): Pick<Handlers, WorkspaceChannel> {
  const { app, db } = kit;
  const info = () => ({ version: app.version, workspacePath: app.connection().path, userName: app.userName(), shell: app.shell });
  return {
    'app:info': () => info(),
    'preferences:setUserName': async ({ name }) => {
      await app.setUserName(name);
      // Kept in the workspace too, so that the command line records the same author on this file (cli-support).
      await setWorkspaceUserName(db(), name);
      return info();
    },
    'workspace:summary': async () => ({
      workspacePath: app.connection().path,
      agencies: await countAgencies(db()),
      plans: await listPlanSummaries(db(), kit.currentMonth()),
    }),
    'workspace:chooseFile': ({ mode }) => app.chooseWorkspaceFile(mode),
  };
}
