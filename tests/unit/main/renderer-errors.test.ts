// An error nobody caught in the window's page, against the Electron stand-in: the page's report reaches the support log
// with the page's stack and the crash dialog ("Copy details", "Open log folder"), as the main process's own errors do.
// Reports from other pages, and what is not a report, are not shown; a flood shows one dialog at a time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { PAGE_ERROR_CHANNEL, type PageErrorReport } from '../../../shared/bridge';
import { LogFile } from '../../../electron/core/log/log-file';
import { pageErrorOf, watchPageErrors } from '../../../electron/main/renderer-errors';
import { answers, ipcMain, recorded, resetElectron } from './electron-stand-in';
import { tempFolder } from '../support/workspace';

const APP_PAGE = 'file:///app/out/renderer/index.html';
const STACK = "TypeError: Cannot read properties of undefined (reading 'code')\n    at ActionDetail (file:///app/out/renderer/assets/index-BR7iTClF.js:1:2345)\n    at renderWithHooks (file:///app/out/renderer/assets/index-BR7iTClF.js:9:876)";

/** Lets the dialogs the stand-in answered at once run their course. */
const settled = () => new Promise((done) => setTimeout(done, 20));

describe("the page's uncaught errors", () => {
  const folder = tempFolder();
  let log: LogFile;

  beforeEach(() => {
    resetElectron();
    log = new LogFile({ folder: join(folder, `logs-${Math.random().toString(36).slice(2)}`) });
    watchPageErrors({ log, window: () => null, version: '0.1.0' }, (url) => url === APP_PAGE);
  });

  it('reach the log with the page\'s stack and the crash dialog; Copy details copies the stack', async () => {
    answers.messageBox.push(0, 2); // Copy details, then Close
    const report: PageErrorReport = { kind: 'error', message: "Cannot read properties of undefined (reading 'code')", stack: STACK };
    ipcMain.emitFromPage(PAGE_ERROR_CHANNEL, APP_PAGE, report);
    await settled();
    expect(readFileSync(log.path, 'utf8')).toContain(`ERROR uncaught error in the window\n    ${STACK.replace(/\n/g, '\n    ')}\n`);
    expect(recorded.messageBoxes).toHaveLength(2);
    expect(recorded.messageBoxes[0]).toMatchObject({
      type: 'error',
      message: 'Something went wrong in PlanDesk',
      buttons: ['Copy details', 'Open log folder', 'Close'],
      detail: expect.stringContaining("Cannot read properties of undefined (reading 'code')"),
    });
    expect(recorded.clipboard[0]).toMatch(/^PlanDesk 0\.1\.0, .*\nError in the window:\nTypeError: Cannot read properties of undefined \(reading 'code'\)\n {4}at ActionDetail /);
  });

  it('open the log folder when asked', async () => {
    answers.messageBox.push(1);
    ipcMain.emitFromPage(PAGE_ERROR_CHANNEL, APP_PAGE, { kind: 'unhandledrejection', message: 'no reason given', stack: null });
    await settled();
    expect(recorded.openedPaths).toEqual([log.folder]);
    expect(readFileSync(log.path, 'utf8')).toContain('Rejection in the page: no reason given\n');
  });

  it('are not heard from another page, and what is not a report is logged, never shown', async () => {
    ipcMain.emitFromPage(PAGE_ERROR_CHANNEL, 'https://example.org/', { kind: 'error', message: 'from elsewhere', stack: null });
    ipcMain.emitFromPage(PAGE_ERROR_CHANNEL, APP_PAGE, { kind: 'shutdown', message: 'x', stack: null });
    ipcMain.emitFromPage(PAGE_ERROR_CHANNEL, APP_PAGE, 'just a string');
    await settled();
    expect(recorded.messageBoxes).toEqual([]);
    const written = readFileSync(log.path, 'utf8');
    expect(written).not.toContain('from elsewhere');
    expect(written.match(/WARN {2}a page sent an error report that is not one/g)).toHaveLength(2);
  });

  it('show one dialog at a time when the page fails over and over, logging every one', async () => {
    for (let i = 1; i <= 5; i++) ipcMain.emitFromPage(PAGE_ERROR_CHANNEL, APP_PAGE, { kind: 'error', message: `failure ${i}`, stack: null });
    await settled();
    expect(recorded.messageBoxes).toHaveLength(1);
    const written = readFileSync(log.path, 'utf8');
    for (let i = 1; i <= 5; i++) expect(written).toContain(`Error in the page: failure ${i}`);
  });

  it('are cut to size: a page cannot fill the log with one report', () => {
    const error = pageErrorOf({ kind: 'error', message: 'm'.repeat(10_000), stack: 's'.repeat(100_000) })!;
    expect(error.message).toHaveLength(2_000);
    expect(error.stack).toHaveLength(20_000);
  });
});
