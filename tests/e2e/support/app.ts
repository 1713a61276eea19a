// The app as an end-to-end test file drives it: a workspace in a fresh folder, the browser harness serving it (as
// `npm run serve:web` does) and Chromium, started before the file's tests and stopped after them. Call it at the
// top of a file or of a describe block; its parts are there inside the tests and any later beforeAll:
//
//   const app = startApp({ name: 'exchange', user: 'Karma Wangdi', dialogs: {} });
//   it('sends DITT its workbook', async () => {
//     await app.page.goto(app.harness.url);
//     …
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { PlanFile } from '../../../electron/core/planfile/format';
import type { Channel, MethodInput, MethodResult } from '../../../shared/contract';
import { openBrowser, type OpenBrowser } from './browser';
import { callHarness, startHarness, type RunningHarness } from './harness';
import { prepareWorkspace, samplePlanFile, tempDir } from './sample-workspace';

export interface AppOptions {
  /** Names the temporary folder, to find it after a failure. */
  readonly name: string;
  /** What the workspace holds: the sample plan (the default), another plan file, or nothing (null). */
  readonly plan?: PlanFile | null;
  /** Who records the changes; none: the header asks for a name, as on a first launch. */
  readonly user?: string;
  /** The workspace file's name in the folder (workspace.plandesk). */
  readonly workspaceFile?: string;
  /**
   * The harness answers the file dialogs (save, open, choose a folder) from a file, as the desktop app's dialogs
   * would: these are its first answers; the tests give the next ones with `app.answerDialogs`.
   */
  readonly dialogs?: Record<string, unknown>;
  /** A stand-in for the desktop's window.desktop, so that tests can send menu commands (window.sendMenuCommand('import')) and read uncaught-error reports (window.uncaughtReports). */
  readonly desktopMenu?: boolean;
  /** false: the harness only, no browser (tests of the harness's HTTP answers). */
  readonly browser?: boolean;
}

export class RunningApp {
  /** The test file's own folder (the workspace, the dialog answers, files the test writes). */
  readonly folder: string;
  /** The workspace file, to read what was stored (tests/e2e/actions/support.ts readDb). */
  readonly db: string;
  /** The file the harness reads the dialogs' answers from. */
  readonly answers: string;
  #harness: RunningHarness | undefined;
  #browser: OpenBrowser | undefined;

  constructor(name: string, workspaceFile = 'workspace.plandesk') {
    this.folder = tempDir(name);
    this.db = join(this.folder, workspaceFile);
    this.answers = join(this.folder, 'dialog-answers.json');
  }

  get harness(): RunningHarness {
    if (!this.#harness) throw new Error('The app starts in beforeAll: use it inside tests and later hooks');
    return this.#harness;
  }

  get browser(): OpenBrowser {
    if (!this.#browser) throw new Error('No browser: the app was started without one, or has not started yet');
    return this.#browser;
  }

  get page(): Page {
    return this.browser.page;
  }

  /** Calls a contract method as the page does: for setting up and checking what the UI cannot show. */
  call<C extends Channel>(channel: C, input: MethodInput<C>): Promise<MethodResult<C>> {
    return callHarness(this.harness, channel, input);
  }

  /** What the next file dialogs answer: { chooseSavePath }, { chooseFolder }, { chooseFiles }. */
  answerDialogs(answers: Record<string, unknown>): void {
    writeFileSync(this.answers, JSON.stringify(answers));
  }

  async start(options: AppOptions): Promise<void> {
    await prepareWorkspace(this.db, options.plan === null ? undefined : (options.plan ?? samplePlanFile()));
    const user = options.user === undefined ? {} : { user: options.user };
    if (options.dialogs) {
      this.answerDialogs(options.dialogs);
      process.env.PLANDESK_DIALOG_ANSWERS = this.answers;
      try {
        this.#harness = await startHarness({ db: this.db, ...user });
      } finally {
        delete process.env.PLANDESK_DIALOG_ANSWERS;
      }
    } else {
      this.#harness = await startHarness({ db: this.db, ...user });
    }
    if (options.browser === false) return;
    this.#browser = await openBrowser();
    // window.desktop exists only in Electron: the stand-in keeps the page's menu listener for the test to call.
    if (options.desktopMenu) {
      // Its uncaught-error reports are kept in window.uncaughtReports, for the tests to read.
      await this.#browser.page.addInitScript({
        content: 'window.desktop = { onMenuCommand(listener) { window.sendMenuCommand = listener; return () => {}; }, reportUncaughtError(report) { (window.uncaughtReports ??= []).push(report); } };',
      });
    }
  }

  async stop(): Promise<void> {
    await this.#browser?.close();
    await this.#harness?.stop();
  }
}

/** Starts the app before the tests of the file (or describe block) it is called in, and stops it after them. */
export function startApp(options: AppOptions): RunningApp {
  const app = new RunningApp(options.name, options.workspaceFile);
  beforeAll(() => app.start(options));
  afterAll(() => app.stop());
  return app;
}
