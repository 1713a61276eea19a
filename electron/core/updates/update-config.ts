// Where PlanDesk looks for updates: a small JSON file that a government IT office puts on the laptops it manages
// (README, "Updates"). Without one, PlanDesk never contacts any server. The machine-wide file, where only
// administrators write, wins over the user's own, so that an IT office's setting cannot be replaced by a user.
//
//   { "url": "https://updates.example.gov/plandesk/", "checkOnStart": true }
//
// `url` is the folder of a generic update server (electron-builder's latest.yml, latest-mac.yml, latest-linux.yml
// and the installers beside them); it must be https, or http on this computer itself (localhost) for testing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const UPDATE_CONFIG_NAME = 'update.json';

export interface UpdateConfig {
  readonly url: string;
  readonly checkOnStart: boolean;
  /** The file it was read from. */
  readonly source: string;
}

/** What the updater may do: nothing (no file), check with a config, or say what is wrong with the file it found. */
export type UpdateSetting =
  | { readonly kind: 'off' }
  | { readonly kind: 'on'; readonly config: UpdateConfig }
  | { readonly kind: 'invalid'; readonly source: string; readonly problem: string };

function isAllowedUrl(text: string): boolean {
  try {
    const url = new URL(text);
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}

const fileSchema = z.strictObject({
  url: z.string().refine(isAllowedUrl, { message: 'not an https:// address (http:// only for localhost)' }),
  checkOnStart: z.boolean().default(true),
});

/** The folders an update.json is read from, first found wins: the machine's (IT office), then the user's. */
export function updateConfigPlaces(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, userDataFolder: string): string[] {
  const machine =
    platform === 'win32'
      ? join(env['ProgramData'] ?? 'C:\\ProgramData', 'PlanDesk')
      : platform === 'darwin'
        ? '/Library/Application Support/PlanDesk'
        : '/etc/plandesk';
  return [join(machine, UPDATE_CONFIG_NAME), join(userDataFolder, UPDATE_CONFIG_NAME)];
}

/** Reads the first update.json of `places` that exists. */
export function readUpdateSetting(places: readonly string[]): UpdateSetting {
  const source = places.find((place) => existsSync(place));
  if (!source) return { kind: 'off' };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(source, 'utf8'));
  } catch (error) {
    return { kind: 'invalid', source, problem: `${source} is not valid JSON (${(error as Error).message})` };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the file';
    return { kind: 'invalid', source, problem: `${source}: ${where}: ${issue.message}` };
  }
  return { kind: 'on', config: { url: parsed.data.url.endsWith('/') ? parsed.data.url : `${parsed.data.url}/`, checkOnStart: parsed.data.checkOnStart, source } };
}
