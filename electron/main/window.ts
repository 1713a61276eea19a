// The main window with the security defaults: isolated, sandboxed, no Node in the page, navigation and
// new windows denied, permissions denied, its size and position remembered.
import { BrowserWindow, screen, session, shell, type WebContents } from 'electron';
import { join } from 'node:path';
import type { PreferencesStore, WindowBounds } from '../core/preferences/preferences';
import { isAllowedNavigation, isSafeExternalUrl, secureWebPreferences } from './security-policy';

const DEFAULT_SIZE = { width: 1366, height: 860 };

function onSomeDisplay(bounds: WindowBounds): boolean {
  return screen.getAllDisplays().some(({ workArea: a }) =>
    bounds.x < a.x + a.width && bounds.x + bounds.width > a.x && bounds.y < a.y + a.height && bounds.y + bounds.height > a.y,
  );
}

export function rendererUrl(): string {
  const devServer = process.env['ELECTRON_RENDERER_URL'];
  if (devServer) return devServer;
  return new URL(`file://${join(import.meta.dirname, '../renderer/index.html')}`).toString();
}

export function lockDownSession(): void {
  // Nothing the app needs asks for a permission (camera, notifications, geolocation...): deny all.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/**
 * A window's page stays the app's own page: navigation and redirects elsewhere are stopped, no window opens (https
 * links the user clicks go to the system browser), no webview attaches.
 */
export function guardWebContents(contents: WebContents, appUrl: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, appUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function createMainWindow(preferences: PreferencesStore): BrowserWindow {
  const saved = preferences.get().window;
  const bounds = saved && onSomeDisplay(saved) ? saved : null;
  const window = new BrowserWindow({
    ...(bounds ? { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height } : DEFAULT_SIZE),
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'PlanDesk',
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  });
  if (bounds?.maximized) window.maximize();

  const appUrl = rendererUrl();
  guardWebContents(window.webContents, appUrl);

  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const normal = window.getNormalBounds();
    preferences.update({ window: { ...normal, maximized: window.isMaximized() } });
  });

  if (appUrl.startsWith('file:')) void window.loadFile(join(import.meta.dirname, '../renderer/index.html'));
  else void window.loadURL(appUrl);
  return window;
}
