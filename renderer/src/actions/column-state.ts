// Which columns the user shows, in what order and how wide, remembered per plan (not the sort: a plan reopens
// in the document's order, with its chapters and statements).
import type { ColumnState } from 'ag-grid-community';

const KEY = 'plandesk.actions.columns';

export function storedColumns(planId: string): ColumnState[] | null {
  try {
    const text = localStorage.getItem(`${KEY}:${planId}`);
    const parsed: unknown = text ? JSON.parse(text) : null;
    return Array.isArray(parsed) ? (parsed as ColumnState[]) : null;
  } catch {
    return null;
  }
}

export function rememberColumns(planId: string, state: readonly ColumnState[]): void {
  const kept = state.map(({ colId, width, hide, pinned }) => ({ colId, width, hide, pinned }));
  localStorage.setItem(`${KEY}:${planId}`, JSON.stringify(kept));
}

export function forgetColumns(planId: string): void {
  localStorage.removeItem(`${KEY}:${planId}`);
}

const PANEL_KEY = 'plandesk.actions.panel';

export function storedPanelOpen(): boolean {
  const stored = localStorage.getItem(PANEL_KEY);
  return stored === null ? window.innerWidth >= 1600 : stored === 'open';
}

export function rememberPanelOpen(open: boolean): void {
  localStorage.setItem(PANEL_KEY, open ? 'open' : 'closed');
}
