// The application: loads who and where we are, then shows the first-launch screen for an empty workspace
// or the plan. Reloads everything when the desktop app switches workspace (File > Open / New).
import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, PlanSummary, WorkspaceSummary } from '../../shared/domain';
import { api, request } from './api';
import { AppHeader } from './components/AppHeader';
import { NewPlanDialog } from './components/NewPlanDialog';
import { NO_FILTER, type PlanFilter } from './filters/plan-filter';
import { ViewTabs, panelId, tabId } from './navigation/ViewTabs';
import { usePaneKeys } from './navigation/usePaneKeys';
import { rememberView, storedView, type ViewId, type ViewProps } from './navigation/views';
import { ActionsScreen } from './screens/ActionsScreen';
import { AgenciesScreen } from './screens/AgenciesScreen';
import { FirstLaunchScreen } from './screens/FirstLaunchScreen';
import { HistoryScreen } from './screens/HistoryScreen';
import { DropOverlay, useFileDrop } from './import/FileDrop';
import { ImportDialog } from './import/ImportDialog';
import { IndicatorsScreen } from './screens/IndicatorsScreen';
import { PlanScreen } from './screens/PlanScreen';
import { TimelineScreen } from './timeline/TimelineScreen';
import { ExchangeScreen } from './exchange/ExchangeScreen';
import { ReportsScreen } from './reports/ReportsScreen';
import { NoticeToast } from './undo/NoticeToast';
import { useUndoKeys } from './undo/useUndoKeys';
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
  const [view, setView] = useState<ViewId>(storedView);
  const [filter, setFilter] = useState<PlanFilter>(NO_FILTER);
  const [focusActionId, setFocusActionId] = useState<string | null>(null);
  // The import dialog, with the file dropped on the window (null: it asks for one).
  const [importing, setImporting] = useState<{ readonly file: File | null } | null>(null);
  const dragging = useFileDrop(useCallback((file: File) => setImporting({ file }), []));
  const switchView = useCallback((next: ViewId) => {
    rememberView(next);
    setView(next);
  }, []);

  const show = useCallback((next: Loaded) => {
    setLoaded(next);
    setProblem(null);
    setRevision((r) => r + 1);
  }, []);
  const fail = useCallback((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)), []);
  const reload = useCallback(() => loadWorkspace().then(show, fail), [show, fail]);
  // Ctrl+Z / Ctrl+Y in every view; after an undo every view fetches again.
  useUndoKeys(reload);
  // F6 / Shift+F6: to the next or previous part of the window.
  usePaneKeys();

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
        } else if (command === 'import') {
          setImporting({ file: null });
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

  const importDialog = importing && (
    <ImportDialog
      plans={plans}
      currentPlanId={planId}
      droppedFile={importing.file}
      onImported={(outcome) => {
        setImporting(null);
        switchPlan(outcome.planId);
        void reload();
      }}
      onClose={() => setImporting(null)}
    />
  );
  const openImport = () => setImporting({ file: null });

  if (!planId) {
    return (
      <>
        <FirstLaunchScreen info={info} onPlanOpened={planOpened} onWorkspaceChanged={() => void reload()} onInfoChanged={setInfo} onImport={openImport} />
        {newPlanDialog}
        {importDialog}
        {dragging && <DropOverlay />}
      </>
    );
  }
  const viewProps: ViewProps = {
    planId,
    revision,
    filter,
    onFilterChange: setFilter,
    openAction: (actionId) => {
      setFocusActionId(actionId);
      switchView('actions');
    },
    focusActionId,
    onPlanChanged: () => void reload(),
  };
  return (
    <div className="app">
      <AppHeader info={info} plans={plans} planId={planId} onSwitchPlan={switchPlan} onInfoChanged={setInfo} onImport={openImport} />
      <nav aria-label="Views">
        <ViewTabs view={view} onChange={switchView} />
      </nav>
      {/* <main> may not be a tab panel: the panel sits inside it, so the page keeps its main landmark. */}
      <main className="app__view">
        <div className="app__panel" id={panelId(view)} role="tabpanel" aria-labelledby={tabId(view)}>
          {renderView(view, viewProps, info.workspacePath)}
        </div>
      </main>
      {newPlanDialog}
      {importDialog}
      {dragging && <DropOverlay />}
      <NoticeToast />
    </div>
  );
}

/** The open view; each is keyed by workspace and plan so that switching either starts it afresh. */
function renderView(view: ViewId, props: ViewProps, workspacePath: string) {
  const key = `${workspacePath}|${props.planId}`;
  switch (view) {
    case 'overview':
      return <PlanScreen key={key} planId={props.planId} revision={props.revision} />;
    case 'actions':
      return <ActionsScreen key={key} {...props} />;
    case 'indicators':
      return <IndicatorsScreen key={key} {...props} />;
    case 'timeline':
      return <TimelineScreen key={key} {...props} />;
    case 'agencies':
      return <AgenciesScreen key={key} {...props} />;
    case 'history':
      return <HistoryScreen key={key} {...props} />;
    case 'exchange':
      return <ExchangeScreen key={key} {...props} />;
    case 'reports':
      return <ReportsScreen key={key} {...props} />;
    default: {
      const unknown: never = view;
      throw new Error(`Unknown view ${String(unknown)}`);
    }
  }
}
