// The views of an open plan, in the order of the tab bar, with their keyboard shortcuts (Ctrl+1 … Ctrl+8); their
// names are the catalogue's view.<id>.
import { text } from '../language/language';

export const VIEWS = [{ id: 'overview' }, { id: 'actions' }, { id: 'indicators' }, { id: 'timeline' }, { id: 'agencies' }, { id: 'history' }, { id: 'reports' }, { id: 'exchange' }] as const;

export type ViewId = (typeof VIEWS)[number]['id'];

/** The view's name in the language shown: its tab. */
export function viewName(view: ViewId): string {
  return text()[`view.${view}`];
}

const VIEW_KEY = 'plandesk.view';

export function storedView(): ViewId {
  const stored = localStorage.getItem(VIEW_KEY);
  return VIEWS.find((v) => v.id === stored)?.id ?? 'overview';
}

export function rememberView(view: ViewId): void {
  localStorage.setItem(VIEW_KEY, view);
}

/** What every view of an open plan receives from the app. */
export interface ViewProps {
  readonly planId: string;
  /** Bumped whenever the plan changed outside the view (undo, another view's edit, workspace switch): refetch. */
  readonly revision: number;
  /** The filters shared by the actions grid and the timeline. */
  readonly filter: import('../filters/plan-filter').PlanFilter;
  readonly onFilterChange: (filter: import('../filters/plan-filter').PlanFilter) => void;
  /** Shows one action in full (the Actions view with its detail panel open on it). */
  readonly openAction: (actionId: string) => void;
  /** The action the app asked this view to show, if any. */
  readonly focusActionId: string | null;
  /** Tells the app this view changed the plan, so that the other views refetch. */
  readonly onPlanChanged: () => void;
}
