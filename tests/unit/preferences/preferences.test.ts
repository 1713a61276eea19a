import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PreferencesStore } from '../../../electron/core/preferences/preferences';
import { tempFolder } from '../support/workspace';

const folder = tempFolder();

describe('preferences', () => {
  it('remembers the user name, recent workspaces (newest first, no repeats) and the window', () => {
    const path = join(folder, 'prefs', 'preferences.json');
    const store = new PreferencesStore(path);
    expect(store.get()).toEqual({ userName: '', lastWorkspace: null, recentWorkspaces: [], window: null, language: 'en' });
    store.update({ userName: 'Karma Dorji' });
    store.rememberWorkspace('/a.sqlite');
    store.rememberWorkspace('/b.sqlite');
    store.rememberWorkspace('/a.sqlite');
    store.update({ window: { x: 10, y: 20, width: 1366, height: 768, maximized: false } });
    const reread = new PreferencesStore(path).get();
    expect(reread).toEqual({
      userName: 'Karma Dorji',
      lastWorkspace: '/a.sqlite',
      recentWorkspaces: ['/a.sqlite', '/b.sqlite'],
      window: { x: 10, y: 20, width: 1366, height: 768, maximized: false },
      language: 'en',
    });
    expect(JSON.parse(readFileSync(path, 'utf8')).userName).toBe('Karma Dorji');
  });

  it('remembers the interface\'s language, and refuses one it does not speak', () => {
    const path = join(folder, 'language.json');
    new PreferencesStore(path).update({ language: 'dz' });
    expect(new PreferencesStore(path).get().language).toBe('dz');
    expect(() => new PreferencesStore(path).update({ language: 'fr' as 'dz' })).toThrow();
    expect(new PreferencesStore(path).get().language).toBe('dz');
  });

  it('starts from the defaults when the file is damaged', () => {
    const path = join(folder, 'damaged.json');
    writeFileSync(path, '{"userName": 42, ');
    expect(new PreferencesStore(path).get().userName).toBe('');
  });
});
