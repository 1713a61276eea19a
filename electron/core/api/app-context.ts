// What the handlers need from whoever hosts them (the Electron main process, or the browser harness).
import { randomUUID } from 'node:crypto';
import type { ChangeSource } from '../../../shared/domain';
import type { Connection } from '../db/connection';
import type { ChangeContext } from '../history/history';

export interface AppContext {
  readonly version: string;
  readonly shell: 'electron' | 'browser';
  /** The open workspace; the host may switch it (File > Open). */
  connection(): Connection;
  userName(): string;
  setUserName(name: string): Promise<void>;
  /** Shows the system's file dialog and switches workspace; the harness answers not_available. */
  chooseWorkspaceFile(mode: 'new' | 'open'): Promise<boolean>;
  /** Path of the bundled sample plan (resources/sample-plan.tsv). */
  readonly samplePlanPath: string;
  now(): Date;
}

export function changeContextOf(app: AppContext, source: ChangeSource, sourceFile: string | null = null): ChangeContext {
  return { user: app.userName(), source, at: app.now().toISOString(), sourceFile, batchId: randomUUID() };
}
