// What the handlers need from whoever runs them (the core's worker, app/worker/serve.ts, on behalf of its host: the
// Electron main process, the browser harness or the CLI), and the context every change carries into the history.
import { randomUUID } from 'node:crypto';
import type { ReportRequest } from '../../../shared/contract';
import type { ChangeSource, PaperSize, TimelinePaper } from '../../../shared/domain';
import type { Connection } from '../db/connection';

/** Who is changing the plan, and through what. One per operation (an edit, an import, a merge). */
export interface ChangeContext {
  readonly user: string;
  readonly source: ChangeSource;
  readonly at: string;
  readonly sourceFile?: string | null;
  readonly batchId?: string | null;
}

export interface AppContext {
  /** This PlanDesk's version (the producer of the PDFs it prints). */
  readonly version: string;
  /** The open workspace; the host may switch it (File > Open). */
  connection(): Connection;
  /** The name the user set in preferences, or '' when not set yet (the page then asks for it). */
  userName(): string;
  /** Who the history records while no name is set: the operating system's user name. */
  readonly fallbackUserName: string;
  /** The folder where this host keeps the automatic backups of its workspaces (core/backups); absent: it keeps none. */
  readonly backupsRoot?: string;
  /** Path of the bundled sample plan (resources/sample-plan.tsv). */
  readonly samplePlanPath: string;
  now(): Date;
  /** Desktop only: renders the review pack's pages and saves them as PDF where the user chooses (null: cancelled). */
  saveReportPdf?(pack: PrintedReport): Promise<string | null>;
  /** Desktop only: prints the review pack's pages through the system's print dialog (false: cancelled). */
  printReport?(pack: PrintedReport): Promise<boolean>;
  /** Desktop: the system's open dialog, for files the user picks (null: cancelled). Absent: not available here. */
  chooseFiles?(request: FileDialogRequest): Promise<readonly string[] | null>;
  /** Desktop: the system's save dialog (null: cancelled). Absent: not available here. */
  chooseSavePath?(request: SaveDialogRequest): Promise<string | null>;
  /** Desktop: the system's folder dialog (null: cancelled). Absent: not available here. */
  chooseFolder?(request: { readonly title: string }): Promise<string | null>;
}

export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface FileDialogRequest {
  readonly title: string;
  readonly filters: readonly FileFilter[];
  readonly multiple: boolean;
}

export interface SaveDialogRequest {
  readonly title: string;
  readonly defaultName: string;
  readonly filters: readonly FileFilter[];
}

/** A review pack to render: what it holds, on which paper, and the file name to suggest. */
export interface PrintedReport {
  readonly request: ReportRequest;
  readonly paper: PaperSize;
  readonly timelinePaper: TimelinePaper;
  readonly fileName: string;
  /** The PDF's author (who prints it) and producer ("PlanDesk 1.2.3"). */
  readonly author: string;
  readonly producer: string;
}

export function changeContextOf(app: AppContext, source: ChangeSource, sourceFile: string | null = null): ChangeContext {
  return { user: app.userName().trim() || app.fallbackUserName, source, at: app.now().toISOString(), sourceFile, batchId: randomUUID() };
}
