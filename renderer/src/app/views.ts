// The views of an open plan, in the order of the tab bar, with their keyboard shortcuts (Ctrl+1 … Ctrl+8).
export const VIEWS = [
  { id: 'overview', label: 'Overview' },
  { id: 'actions', label: 'Actions' },
  { id: 'indicators', label: 'Indicators' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'agencies', label: 'Agencies' },
  { id: 'history', label: 'History' },
  { id: 'reports', label: 'Reports' },
  { id: 'exchange', label: 'Exchange' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];

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
