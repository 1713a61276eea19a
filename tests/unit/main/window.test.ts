// The main window and the review pack's print window against the recording stand-in of Electron: the page's
// security settings, navigation, redirects, new windows and webviews denied, permissions denied.
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { reportRequest } from '../../../shared/contract';
import { PreferencesStore } from '../../../electron/core/preferences/preferences';
import { printReport, saveReportPdf } from '../../../electron/main/report-pdf';
import { createMainWindow, lockDownSession, rendererUrl } from '../../../electron/main/window';
import { onNewWindow, recorded, resetElectron, type StandInBrowserWindow } from './electron-stand-in';
import { tempFolder } from '../support/workspace';

describe('the main window', () => {
  const folder = tempFolder();
  let window: StandInBrowserWindow;

  beforeEach(() => {
    resetElectron();
    createMainWindow(new PreferencesStore(join(folder, 'preferences.json')));
    window = recorded.windows[0]!;
  });

  it('runs the page isolated, sandboxed, without Node, with the app preload only', () => {
    expect(window.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(String((window.options['webPreferences'] as { preload: string }).preload)).toMatch(/preload[/\\]index\.cjs$/);
    expect(window.webContents.loaded).toEqual([expect.stringMatching(/^file:.*renderer[/\\]index\.html$/)]);
  });

  it('lets the page navigate within the app only, and guards redirects alike', () => {
    const app = rendererUrl();
    expect(window.webContents.navigate('will-navigate', `${app}#/plan`)).toBe(true);
    for (const event of ['will-navigate', 'will-redirect'] as const) {
      expect(window.webContents.navigate(event, 'https://evil.example/')).toBe(false);
      expect(window.webContents.navigate(event, 'file:///etc/passwd')).toBe(false);
      expect(window.webContents.navigate(event, 'javascript:alert(1)')).toBe(false);
    }
  });

  it('opens no window: https links go to the system browser, anything else nowhere', () => {
    const open = window.webContents.windowOpenHandler!;
    expect(open({ url: 'https://www.gov.bt/' })).toEqual({ action: 'deny' });
    expect(open({ url: 'http://www.gov.bt/' })).toEqual({ action: 'deny' });
    expect(open({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(recorded.openedExternal).toEqual(['https://www.gov.bt/']);
  });

  it('refuses webviews', () => {
    let prevented = false;
    window.webContents.emit('will-attach-webview', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('remembers where it was when closed', () => {
    window.close();
    const store = new PreferencesStore(join(folder, 'preferences.json'));
    expect(store.get().window).toMatchObject({ width: 1366, height: 860, maximized: false });
  });
});

describe('the session', () => {
  it('denies every permission a page may ask for, and answers every check with no', () => {
    resetElectron();
    lockDownSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | null = null;
      recorded.permissionRequestHandler!(null, permission, (answer) => (granted = answer));
      expect(granted, permission).toBe(false);
      expect(recorded.permissionCheckHandler!(null, permission), permission).toBe(false);
    }
  });
});

describe("the review pack's print window", () => {
  const pack = { request: reportRequest.parse({ planId: 'plan-1', preset: 'overdue' }), paper: 'A4', timelinePaper: 'pack', fileName: 'overdue.pdf', author: 'Dechen', producer: 'PlanDesk 0.1.0' } as const;

  beforeEach(() => resetElectron());

  it('is hidden, locked down like the main window, prints through the system dialog, and is gone afterwards', async () => {
    onNewWindow.prepare = (contents) => (contents.answerScript = (code) => (code.includes('reportState') ? 'ready' : ''));
    await expect(printReport(pack)).resolves.toBe(true);
    const window = recorded.windows[0]!;
    expect(window.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(window.webContents.loaded).toEqual([expect.stringMatching(/^file:.*renderer[/\\]print\.html$/)]);
    for (const event of ['will-navigate', 'will-redirect'] as const) expect(window.webContents.navigate(event, 'https://evil.example/')).toBe(false);
    expect(window.webContents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(window.destroyed).toBe(true);
  });

  it('says why when the page could not lay the pack out, and closes its window', async () => {
    onNewWindow.prepare = (contents) =>
      (contents.answerScript = (code) => (code.includes('reportState') ? 'error' : code.includes('reportError') ? 'No plan plan-1' : ''));
    await expect(printReport(pack)).rejects.toThrow('The review pack could not be prepared: No plan plan-1');
    expect(recorded.windows[0]!.destroyed).toBe(true);
  });

  it('asks where to save a PDF first, and renders nothing when the person cancels', async () => {
    await expect(saveReportPdf(pack, null)).resolves.toBeNull();
    expect(recorded.saveDialogs).toEqual([expect.objectContaining({ title: 'Save review pack as PDF', defaultPath: 'overdue.pdf' })]);
    expect(recorded.windows).toEqual([]);
  });
});
