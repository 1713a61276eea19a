// An error nobody caught, against the Electron stand-in: logged with its stack, shown with "Copy details" and "Open
// log folder" until closed; a window whose page died is offered a reload. The process is not ended.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { LogFile } from '../../../electron/core/log/log-file';
import { errorDetails, reportError, reportPageGone, watchForCrashes } from '../../../electron/main/crash';
import { answers, app, recorded, resetElectron, StandInWebContents } from './electron-stand-in';
import { tempFolder } from '../support/workspace';

describe('an error nobody caught', () => {
  const folder = tempFolder();
  const log = new LogFile({ folder: join(folder, 'logs') });
  const reporting = { log, window: () => null, version: '0.1.0' };
  const error = new Error('Cannot read properties of undefined (reading "planId")');

  beforeEach(() => resetElectron());

  it('is logged with its stack and shown with the three choices; Copy details copies, then the dialog shows again', async () => {
    answers.messageBox.push(0, 2); // Copy details, then Close
    await reportError(reporting, 'the main process', error);
    expect(readFileSync(log.path, 'utf8')).toMatch(/ERROR uncaught error in the main process\n {4}Error: Cannot read properties of undefined \(reading "planId"\)\n {5,}at /);
    expect(recorded.messageBoxes).toHaveLength(2);
    expect(recorded.messageBoxes[0]).toMatchObject({
      type: 'error',
      message: 'Something went wrong in PlanDesk',
      buttons: ['Copy details', 'Open log folder', 'Close'],
      detail: expect.stringContaining('Your work is safe: every change was saved to the workspace as you made it.'),
    });
    expect(recorded.clipboard).toHaveLength(1);
    expect(recorded.clipboard[0]).toMatch(/^PlanDesk 0\.1\.0, \w+ \w+, \d{4}-.*\nError in the main process:\nError: Cannot read properties/);
    expect(recorded.quitCalls).toBe(0);
  });

  it('opens the log folder when asked', async () => {
    answers.messageBox.push(1);
    await reportError(reporting, 'the window', 'a rejected promise with no error');
    expect(recorded.openedPaths).toEqual([log.folder]);
    expect(readFileSync(log.path, 'utf8')).toContain('ERROR uncaught error in the window\n    a rejected promise with no error\n');
  });

  it('gives support the version, the system and the stack', () => {
    expect(errorDetails('the window', error, '0.1.0', new Date('2026-12-06T10:00:00Z'))).toMatch(
      new RegExp(`^PlanDesk 0\\.1\\.0, ${process.platform} ${process.arch}, 2026-12-06T10:00:00\\.000Z\\nError in the window:\\nError: Cannot read`),
    );
  });

  it('offers to reload a window whose page died, and says nothing when it closed normally', async () => {
    const contents = new StandInWebContents();
    answers.messageBox.push(0);
    await reportPageGone(reporting, contents as never, { reason: 'oom', exitCode: 9 });
    expect(recorded.messageBoxes[0]).toMatchObject({ message: 'The PlanDesk window stopped working', detail: expect.stringContaining('Reason: oom.') });
    expect(contents.reloads).toBe(1);
    await reportPageGone(reporting, contents as never, { reason: 'clean-exit', exitCode: 0 });
    expect(recorded.messageBoxes).toHaveLength(1);
    expect(readFileSync(log.path, 'utf8')).toContain('WARN  window page gone reason=oom exitCode=9');
  });

  it('watches the main process and the pages', () => {
    const before = { exception: process.listeners('uncaughtException'), rejection: process.listeners('unhandledRejection') };
    watchForCrashes(reporting);
    const added = {
      exception: process.listeners('uncaughtException').filter((listener) => !before.exception.includes(listener)),
      rejection: process.listeners('unhandledRejection').filter((listener) => !before.rejection.includes(listener)),
    };
    // Only ours are removed: Vitest has its own.
    for (const listener of added.exception) process.removeListener('uncaughtException', listener);
    for (const listener of added.rejection) process.removeListener('unhandledRejection', listener);
    expect(added.exception).toHaveLength(1);
    expect(added.rejection).toHaveLength(1);
    expect(app.listenerCount('render-process-gone')).toBe(1);
  });
});
