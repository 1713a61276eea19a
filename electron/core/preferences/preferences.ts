// The user's preferences, kept apart from any workspace: their name for the change history, recent
// workspace files, the window's size and position, the interface's language. One JSON file in the app's user-data folder.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { LANGUAGES } from '../../../shared/language/languages';

const windowBounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean(),
});

const preferencesSchema = z.object({
  userName: z.string().max(120).default(''),
  lastWorkspace: z.string().nullable().default(null),
  recentWorkspaces: z.array(z.string()).max(20).default([]),
  window: windowBounds.nullable().default(null),
  language: z.enum(LANGUAGES).default('en'),
});

export type Preferences = z.output<typeof preferencesSchema>;
export type WindowBounds = z.output<typeof windowBounds>;

const RECENT_LIMIT = 10;

export class PreferencesStore {
  private current: Preferences;

  constructor(private readonly path: string) {
    this.current = PreferencesStore.read(path);
  }

  /** A missing or damaged file gives the defaults: preferences are a convenience, never a reason not to start. */
  private static read(path: string): Preferences {
    try {
      return preferencesSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    } catch {
      return preferencesSchema.parse({});
    }
  }

  get(): Preferences {
    return this.current;
  }

  update(change: Partial<Preferences>): Preferences {
    this.current = preferencesSchema.parse({ ...this.current, ...change });
    mkdirSync(dirname(this.path), { recursive: true });
    // Write then rename, so a crash mid-write never leaves a half file.
    const temporary = `${this.path}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.current, null, 2));
    renameSync(temporary, this.path);
    return this.current;
  }

  rememberWorkspace(path: string): Preferences {
    const recent = [path, ...this.current.recentWorkspaces.filter((p) => p !== path)].slice(0, RECENT_LIMIT);
    return this.update({ lastWorkspace: path, recentWorkspaces: recent });
  }
}
