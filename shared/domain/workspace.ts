// The open workspace and the app: what the window shows in its header and on the start page.
import type { PlanSummary } from './plan';

export interface AppInfo {
  readonly version: string;
  readonly workspacePath: string;
  readonly userName: string;
  /** 'electron' in the desktop app, 'browser' in the test harness (no native dialogs). */
  readonly shell: 'electron' | 'browser';
}

export interface WorkspaceSummary {
  readonly workspacePath: string;
  readonly agencies: number;
  readonly plans: readonly PlanSummary[];
}
