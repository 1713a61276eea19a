// One handler per contract method, on top of the core services. Hosts wrap these with registerContract.
import { monthOfDate } from '../../../shared/months';
import { AppError } from '../../../shared/result';
import { countAgencies } from '../agencies/registry';
import { listPlanHistory } from '../history/history';
import { createPlan, updateActionField } from '../plan/plan-commands';
import { getActionDetail, getPlanTree, listPlanSummaries } from '../plan/plan-queries';
import { importSamplePlan } from '../import/sample-plan';
import { changeContextOf, type AppContext } from './app-context';
import type { Handlers } from './dispatch';

export function createHandlers(app: AppContext): Handlers {
  const db = () => app.connection().db;
  const currentMonth = () => monthOfDate(app.now());
  const info = () => ({
    version: app.version,
    workspacePath: app.connection().path,
    userName: app.userName(),
    shell: app.shell,
  });
  const summaryOf = async (planId: string) => {
    const plan = (await listPlanSummaries(db(), currentMonth())).find((p) => p.id === planId);
    if (!plan) throw new AppError('not_found', `No plan with id ${planId} in this workspace`);
    return plan;
  };

  return {
    'app:info': () => info(),
    'preferences:setUserName': async ({ name }) => {
      await app.setUserName(name);
      return info();
    },
    'workspace:summary': async () => ({
      workspacePath: app.connection().path,
      agencies: await countAgencies(db()),
      plans: await listPlanSummaries(db(), currentMonth()),
    }),
    'workspace:chooseFile': ({ mode }) => app.chooseWorkspaceFile(mode),
    'plans:create': async ({ title, description }) =>
      summaryOf(await createPlan(db(), changeContextOf(app, 'edit'), { title, description })),
    'plans:openSample': async () =>
      summaryOf(await importSamplePlan(db(), changeContextOf(app, 'import', app.samplePlanPath), app.samplePlanPath)),
    'plans:tree': ({ planId }) => getPlanTree(db(), planId, currentMonth()),
    'actions:get': ({ actionId }) => getActionDetail(db(), actionId, currentMonth()),
    'actions:update': (input) => updateActionField(db(), changeContextOf(app, 'edit'), input, currentMonth()),
    'history:list': ({ planId, limit }) => listPlanHistory(db(), planId, limit),
  };
}
