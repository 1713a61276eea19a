// No shortcut means two things (issue 16): the list the Keyboard Shortcuts dialog shows has no keys twice where both
// could be pressed, and no key of the page is also a desktop menu's accelerator (Ctrl+I was both File > Import and
// the Actions view's details).
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenu, type MenuActions } from '../../../../electron/main/menu';
import { SHORTCUTS, keysOf, type ShortcutPlace } from '../../../../renderer/src/app/shortcuts';
import type { StandInMenu } from '../../main/electron-stand-in';

/** Places where keys are pressed at the same time: the whole window with any one of its parts. */
function overlap(a: ShortcutPlace, b: ShortcutPlace): boolean {
  return a === b || a === 'Everywhere' || b === 'Everywhere' || a === 'Menu' || b === 'Menu';
}

function menuAccelerators(): string[] {
  const none = () => undefined;
  const actions: MenuActions = {
    newWorkspace: none,
    openWorkspace: none,
    openRecent: none,
    recentWorkspaces: () => [],
    language: () => 'en',
    importPlanFile: none,
    exportPlanFile: none,
    sendToPage: none,
    print: none,
    about: none,
    checkForUpdates: none,
    openLogFolder: none,
    isDevelopment: true,
  };
  const found: string[] = [];
  const walk = (items: MenuItemConstructorOptions[]) => {
    for (const item of items) {
      if (typeof item.accelerator === 'string') found.push(item.accelerator.replace('CmdOrCtrl', 'Ctrl').replace('Shift+Ctrl', 'Ctrl+Shift'));
      if (Array.isArray(item.submenu)) walk(item.submenu);
    }
  };
  walk((buildMenu(actions) as unknown as StandInMenu).items);
  return found;
}

describe('keyboard shortcuts', () => {
  it('gives no keys two meanings where both could be pressed', () => {
    const clashes: string[] = [];
    SHORTCUTS.forEach((a, i) =>
      SHORTCUTS.slice(i + 1).forEach((b) => {
        const shared = keysOf(a).filter((key) => keysOf(b).includes(key));
        if (shared.length > 0 && overlap(a.where, b.where) && a.what !== b.what) clashes.push(`${shared.join(', ')}: "${a.what}" (${a.where}) and "${b.what}" (${b.where})`);
      }),
    );
    expect(clashes).toEqual([]);
  });

  it('lists every accelerator of the desktop menu under Menu, and the page uses none of them', () => {
    const accelerators = menuAccelerators();
    const listedForMenu = SHORTCUTS.filter((s) => s.where === 'Menu').flatMap(keysOf);
    const ownKeys = new Set(['Ctrl+Z', 'Ctrl+Y', 'Ctrl+Shift+Z']);
    // Edit > Undo / Redo show the page's own keys (listed under Everywhere); every other accelerator is listed under Menu.
    expect(accelerators.filter((key) => !ownKeys.has(key) && !listedForMenu.includes(key))).toEqual([]);
    const pageKeys = SHORTCUTS.filter((s) => s.where !== 'Menu').flatMap(keysOf);
    expect(listedForMenu.filter((key) => pageKeys.includes(key))).toEqual([]);
    expect(accelerators).not.toContain('Ctrl+I');
  });
});
