// The application: loads who and where we are, then shows the first-launch screen for an empty workspace
// or the plan. Reloads everything when the desktop app switches workspace (File > Open / New).
import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, PlanSummary, WorkspaceSummary } from '../../shared/domain';
import { api, request } from './api';
import { AppHeader } from './components/AppHeader';
import { NewPlanDialog } from './components/NewPlanDialog';
import { FirstLaunchScreen } from './screens/FirstLaunchScreen';
import { PlanScreen } from './screens/PlanScreen';
import './styles/app.css';

const LAST_PLAN_KEY = 'plandesk.lastPlan';

interface Loaded {
  readonly info: AppInfo;
  readonly workspace: WorkspaceSummary;
}

async function loadWorkspace(): Promise<Loaded> {
  const [info, workspace] = await Promise.all([request(api().app.info({})), request(api().workspace.summary({}))]);
  return { info, workspace };
}

function lastPlanOf(workspacePath: string): string | null {
  return localStorage.getItem(`${LAST_PLAN_KEY}:${workspacePath}`);
}

function rememberPlan(workspacePath: string, planId: string): void {
  localStorage.setItem(`${LAST_PLAN_KEY}:${workspacePath}`, planId);
}

export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [chosenPlan, setChosenPlan] = useState<string | null>(null);
  const [askingNewPlan, setAskingNewPlan] = useState(false);
  // Bumped on every reload so that open views fetch again.
  const [revision, setRevision] = useState(0);

  const show = useCallback((next: Loaded) => {
    setLoaded(next);
    setProblem(null);
    setRevision((r) => r + 1);
  }, []);
  const fail = useCallback((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)), []);
  const reload = useCallback(() => loadWorkspace().then(show, fail), [show, fail]);

  useEffect(() => {
    loadWorkspace().then(show, fail);
  }, [show, fail]);

  useEffect(
    () =>
      window.desktop?.onMenuCommand((command) => {
        if (command === 'workspace-changed') {
          setChosenPlan(null);
          void reload();
        } else if (command === 'new-plan') {
          setAskingNewPlan(true);
        }
      }),
    [reload],
  );

  if (problem && !loaded) {
    return (
      <div className="screen-message" role="alert">
        <p className="screen-message__title">PlanDesk could not open the workspace</p>
        <p>{problem}</p>
        <button type="button" className="button" onClick={() => void reload()}>
          Try again
        </button>
      </div>
    );
  }
  if (!loaded) return <div className="screen-message muted">Opening the workspace…</div>;

  const { info, workspace } = loaded;
  const setInfo = (next: AppInfo) => setLoaded({ info: next, workspace });
  const plans = workspace.plans;
  const wanted = chosenPlan ?? lastPlanOf(workspace.workspacePath);
  const planId = plans.find((p) => p.id === wanted)?.id ?? plans[0]?.id ?? null;

  const switchPlan = (id: string) => {
    rememberPlan(workspace.workspacePath, id);
    setChosenPlan(id);
  };
  const planOpened = (plan: PlanSummary) => {
    switchPlan(plan.id);
    void reload();
  };

  const newPlanDialog = askingNewPlan && (
    <NewPlanDialog
      onCreated={(plan) => {
        setAskingNewPlan(false);
        planOpened(plan);
      }}
      onClose={() => setAskingNewPlan(false)}
    />
  );

  if (!planId) {
    return (
      <>
        <FirstLaunchScreen info={info} onPlanOpened={planOpened} onWorkspaceChanged={() => void reload()} onInfoChanged={setInfo} />
        {newPlanDialog}
      </>
    );
  }
  return (
    <div className="app">
      <AppHeader info={info} plans={plans} planId={planId} onSwitchPlan={switchPlan} onInfoChanged={setInfo} />
      <PlanScreen key={info.workspacePath} planId={planId} revision={revision} />
      {newPlanDialog}
    </div>
  );
}
