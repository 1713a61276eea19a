// The application: loads who and where we are, then shows the first-launch screen for an empty workspace
// or the plan. Reloads everything when the desktop app switches workspace (File > Open / New), and shows the
// interface in the language of the preferences (View > Language), switching without a restart.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppInfo, PlanSummary, WorkspaceSummary } from '../../../shared/domain';
import type { Language } from '../../../shared/language/languages';
import { formatNumber, showLanguage, text } from '../language/language';
import { faceLoaded, useLanguage } from '../language/useLanguage';
import { api, attempt, request } from '../data/api';
import { messageOf } from '../data/errors';
import { AppHeader } from './AppHeader';
import { NewPlanDialog } from '../workspace/NewPlanDialog';
import { RestoreBackupDialog } from '../workspace/RestoreBackupDialog';
import { NO_FILTER, type PlanFilter } from '../filters/plan-filter';
import { ViewTabs, panelId, tabId } from './ViewTabs';
import { usePaneKeys } from './usePaneKeys';
import { rememberView, storedView, type ViewId, type ViewProps } from './views';
import { ActionsView } from '../actions/ActionsView';
import { AgenciesView } from '../agencies/AgenciesView';
import { FirstLaunchView } from '../workspace/FirstLaunchView';
import { HistoryView } from '../history/HistoryView';
import { routeDrop } from '../import/drop-routing';
import { DropOverlay, useFileDrop } from '../import/FileDrop';
import { ImportDialog } from '../import/ImportDialog';
import { fileToBase64 } from '../import/import-model';
import { IndicatorsView } from '../indicators/IndicatorsView';
import { OverviewView } from '../overview/OverviewView';
import { TimelineView } from '../timeline/TimelineView';
import { ExchangeView, type DroppedWorkbooks, type ExchangeRequest } from '../exchange/ExchangeView';
import { ReportsView } from '../reports/ReportsView';
import { showNotice } from '../ui/notice';
import { NoticeToast } from '../ui/NoticeToast';
import { ReasonPrompt } from '../ui/ReasonPrompt';
import { ProgressBar } from '../ui/ProgressBar';
import { useUndoKeys } from './useUndoKeys';
import { ShortcutsDialog, useShortcutsKey } from './ShortcutsDialog';

const LAST_PLAN_KEY = 'plandesk.lastPlan';

interface Loaded {
  readonly info: AppInfo;
  readonly workspace: WorkspaceSummary;
}

async function loadWorkspace(): Promise<Loaded> {
  const [info, workspace] = await Promise.all([request(api().app.info({})), request(api().workspace.summary({}))]);
  await faceLoaded(info.language);
  showLanguage(info.language);
  return { info, workspace };
}

function lastPlanOf(workspacePath: string): string | null {
  return localStorage.getItem(`${LAST_PLAN_KEY}:${workspacePath}`);
}

/** The plan shown: the one chosen, else the last one shown in this workspace, else the first. */
function openPlanOf(workspace: WorkspaceSummary, chosenPlan: string | null): string | null {
  const wanted = chosenPlan ?? lastPlanOf(workspace.workspacePath);
  return workspace.plans.find((p) => p.id === wanted)?.id ?? workspace.plans[0]?.id ?? null;
}

function rememberPlan(workspacePath: string, planId: string): void {
  localStorage.setItem(`${LAST_PLAN_KEY}:${workspacePath}`, planId);
}

export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [chosenPlan, setChosenPlan] = useState<string | null>(null);
  const [askingNewPlan, setAskingNewPlan] = useState(false);
  const [restoringBackup, setRestoringBackup] = useState(false);
  const [showingShortcuts, setShowingShortcuts] = useState(false);
  // Bumped on every reload so that open views fetch again.
  const [revision, setRevision] = useState(0);
  const [view, setView] = useState<ViewId>(storedView);
  const [filter, setFilter] = useState<PlanFilter>(NO_FILTER);
  const [focusActionId, setFocusActionId] = useState<string | null>(null);
  // The import dialog, with the file dropped on the window (null: it asks for one).
  const [importing, setImporting] = useState<{ readonly file: File | null } | null>(null);
  const switchView = useCallback((next: ViewId) => {
    rememberView(next);
    setView(next);
  }, []);
  // File > Receive updates… and returned workbooks dropped on the window: the Exchange view receives them; a package
  // opened from the system: the Exchange view opens its review.
  const [exchangeRequest, setExchangeRequest] = useState<ExchangeRequest | null>(null);
  const nextExchangeRequest = useRef(1);
  const receiveUpdates = useCallback(
    (files: DroppedWorkbooks | null) => {
      switchView('exchange');
      setExchangeRequest({ id: nextExchangeRequest.current++, kind: 'receive', files });
    },
    [switchView],
  );
  const openPackage = useCallback(() => {
    switchView('exchange');
    setExchangeRequest({ id: nextExchangeRequest.current++, kind: 'open-package' });
  }, [switchView]);
  const exchangeRequestTaken = useCallback((id: number) => setExchangeRequest((current) => (current?.id === id ? null : current)), []);
  const openPlanId = loaded ? openPlanOf(loaded.workspace, chosenPlan) : null;
  // The core says what each dropped file is, by its content; drop-routing.ts decides where each goes.
  const dragging = useFileDrop(async (files: File[]) => {
    const sent = await Promise.all(files.map(async (file) => ({ fileName: file.name, contentBase64: await fileToBase64(file) })));
    const kinds = await attempt(api().exchange.identifyDropped({ files: sent }));
    if (!kinds) return;
    const route = routeDrop(kinds, openPlanId !== null);
    if (route.receive.length > 0) receiveUpdates(sent.filter((f) => route.receive.includes(f.fileName)));
    else if (route.importFile !== null) setImporting({ file: files.find((f) => f.name === route.importFile)! });
    else if (route.openPackage !== null) {
      switchView('exchange');
      setExchangeRequest({ id: nextExchangeRequest.current++, kind: 'open-dropped-package', file: sent.find((f) => f.fileName === route.openPackage)! });
    }
    if (route.lines.length > 0) showNotice({ message: files.length === 1 ? text()['app.oneFileDropped'] : text()['app.filesDropped'](formatNumber(files.length)), details: route.lines });
  });

  const show = useCallback((next: Loaded) => {
    setLoaded(next);
    setProblem(null);
    setRevision((r) => r + 1);
  }, []);
  const fail = useCallback((error: unknown) => setProblem(messageOf(error)), []);
  const reload = useCallback(() => loadWorkspace().then(show, fail), [show, fail]);
  // Ctrl+Z / Ctrl+Y in every view, and Edit > Undo / Redo; after an undo every view fetches again.
  const undoCommand = useUndoKeys(reload);
  // F6 / Shift+F6: to the next or previous part of the window.
  usePaneKeys();
  // ?: the keyboard shortcuts, as Help > Keyboard Shortcuts.
  useShortcutsKey(() => setShowingShortcuts(true));

  useEffect(() => {
    loadWorkspace().then(show, fail);
  }, [show, fail]);

  // View > Language: kept in the preferences (the desktop menu follows), then shown at once.
  const language = useLanguage();
  const chooseLanguage = useCallback(async (next: Language) => {
    const info = await attempt(api().preferences.setLanguage({ language: next }));
    if (!info) return;
    await faceLoaded(info.language);
    showLanguage(info.language);
    setLoaded((now) => (now ? { ...now, info } : now));
  }, []);

  useEffect(
    () =>
      window.desktop?.onMenuCommand((command) => {
        if (command === 'workspace-changed') {
          setChosenPlan(null);
          void reload();
        } else if (command === 'new-plan') {
          setAskingNewPlan(true);
        } else if (command === 'show-shortcuts') {
          setShowingShortcuts(true);
        } else if (command === 'language-en' || command === 'language-dz') {
          void chooseLanguage(command === 'language-en' ? 'en' : 'dz');
        } else if (command === 'undo' || command === 'redo') {
          undoCommand(command);
        } else if (command === 'restore-backup') {
          setRestoringBackup(true);
        } else if (command === 'import') {
          setImporting({ file: null });
        } else if (command === 'receive-updates') {
          if (openPlanId !== null) receiveUpdates(null);
          else showNotice({ message: text()['app.receiveNeedsPlan'] });
        } else if (command === 'open-package') {
          if (openPlanId !== null) openPackage();
          else showNotice({ message: text()['app.packageNeedsPlan'] });
        }
      }),
    [reload, receiveUpdates, openPackage, openPlanId, undoCommand, chooseLanguage],
  );

  if (problem && !loaded) {
    return (
      <div className="screen-message" role="alert">
        <p className="screen-message__title">{text()['app.openFailed']}</p>
        <p>{problem}</p>
        <button type="button" className="button" onClick={() => void reload()}>
          {text()['app.tryAgain']}
        </button>
      </div>
    );
  }
  if (!loaded) return <div className="screen-message muted">{text()['app.opening']}</div>;

  const { info, workspace } = loaded;
  const setInfo = (next: AppInfo) => setLoaded({ info: next, workspace });
  const plans = workspace.plans;
  const planId = openPlanId;

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

  const restoreBackupDialog = restoringBackup && (
    <RestoreBackupDialog
      onRestored={(path) => {
        setRestoringBackup(false);
        showNotice({ message: text()['app.backupRestored'], details: [path] });
      }}
      onClose={() => setRestoringBackup(false)}
    />
  );

  const shortcutsDialog = showingShortcuts && <ShortcutsDialog onClose={() => setShowingShortcuts(false)} />;

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
  // What the window shows over whichever screen it shows: its dialogs, the drop overlay, notices and progress.
  const overScreen = (
    <>
      {newPlanDialog}
      {importDialog}
      {restoreBackupDialog}
      {shortcutsDialog}
      {dragging && <DropOverlay />}
      <NoticeToast />
      <ReasonPrompt />
      <ProgressBar />
    </>
  );

  if (!planId) {
    return (
      <>
        <FirstLaunchView info={info} onPlanOpened={planOpened} onWorkspaceChanged={() => void reload()} onInfoChanged={setInfo} onImport={openImport} />
        {overScreen}
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
      <nav aria-label={text()['view.navLabel']}>
        <ViewTabs view={view} onChange={switchView} />
      </nav>
      {/* <main> may not be a tab panel: the panel sits inside it, so the page keeps its main landmark. */}
      <main className="app__view">
        <div className="app__panel" id={panelId(view)} role="tabpanel" aria-labelledby={tabId(view)}>
          {renderView(view, viewProps, `${info.workspacePath}|${language}`, { request: exchangeRequest, onRequestTaken: exchangeRequestTaken })}
        </div>
      </main>
      {overScreen}
    </div>
  );
}

/**
 * The open view; each is keyed by workspace, language and plan so that switching any starts it afresh (a view's
 * grid keeps its column names and cell words from when it started).
 */
function renderView(
  view: ViewId,
  props: ViewProps,
  workspaceAndLanguage: string,
  exchange: { readonly request: ExchangeRequest | null; readonly onRequestTaken: (id: number) => void },
) {
  const key = `${workspaceAndLanguage}|${props.planId}`;
  switch (view) {
    case 'overview':
      return <OverviewView key={key} planId={props.planId} revision={props.revision} />;
    case 'actions':
      return <ActionsView key={key} {...props} />;
    case 'indicators':
      return <IndicatorsView key={key} {...props} />;
    case 'timeline':
      return <TimelineView key={key} {...props} />;
    case 'agencies':
      return <AgenciesView key={key} {...props} />;
    case 'history':
      return <HistoryView key={key} {...props} />;
    case 'exchange':
      return <ExchangeView key={key} {...props} {...exchange} />;
    case 'reports':
      return <ReportsView key={key} {...props} />;
    default: {
      const unknown: never = view;
      throw new Error(`Unknown view ${String(unknown)}`);
    }
  }
}
