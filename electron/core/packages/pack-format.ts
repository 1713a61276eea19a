// The whole-plan package, "plandesk.pack/1": a zip (.pmupack) holding manifest.json (format, pack and plan id,
// who made it and when, the SHA-256 and size of every other entry), plan.json (the plan in the JSON plan
// format), history.json (its change history), snapshots.json (its snapshots) and progress.json (its reporting
// periods and progress updates). Documented in README.md.
import { createHash } from 'node:crypto';
import { userInfo } from 'node:os';
import { fileNameOf } from '../text/file-names';
import { month } from '../planfile/format';
import { z } from 'zod';

export const PACK_FORMAT = 'plandesk.pack/1';
export const PACK_ENTRIES = ['plan.json', 'history.json', 'snapshots.json', 'progress.json'] as const;

/** A moment as PlanDesk writes it (ISO 8601 with its offset): the History sorts by it and prints it. */
const moment = z.iso.datetime({ offset: true, error: 'not a date and time (PlanDesk writes e.g. 2026-11-27T16:39:28.000Z)' });

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export const packManifest = z
  .object({
    format: z.literal(PACK_FORMAT),
    packId: z.string().min(1).max(100),
    planId: z.string().min(1).max(100),
    planTitle: z.string().max(300),
    createdBy: z.string().max(300),
    createdAt: moment,
    /** The workspace the plan was packed from. */
    workspaceId: z.string().max(100).nullable(),
    entries: z.array(z.object({ path: z.string().max(200), size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict()).max(16),
  })
  .strict();
export type PackManifest = z.output<typeof packManifest>;

/**
 * The size caps of a package's parts (README, "Limits"): far above what a plan of 10,000 actions and years of its
 * history need, far below what would make a laptop struggle. A history value holds at most one whole action
 * (its remarks alone may have 100,000 characters, its unmapped cells 1,000,000).
 */
export const PACK_LIMITS = {
  id: 100,
  name: 300,
  user: 300,
  word: 100,
  fileName: 300,
  historyValue: 2_000_000,
  historyEntries: 2_000_000,
  snapshots: 10_000,
  periods: 1_000,
  updates: 1_000_000,
  actualText: 2_000,
  narrative: 100_000,
} as const;

const capped = (max: number) => z.string().max(max, `is longer than ${max.toLocaleString('en')} characters`);
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max, `holds more than ${max.toLocaleString('en')} items`);

export const packHistoryEntry = z
  .object({
    /** The entry's lasting id (historyEntryId): the same on every laptop it reaches. Absent in older packages. */
    id: capped(PACK_LIMITS.id).optional(),
    at: moment,
    user: capped(PACK_LIMITS.user),
    entity: capped(PACK_LIMITS.word),
    entityId: capped(PACK_LIMITS.id),
    field: capped(PACK_LIMITS.word),
    oldValue: capped(PACK_LIMITS.historyValue).nullable(),
    newValue: capped(PACK_LIMITS.historyValue).nullable(),
    source: capped(PACK_LIMITS.word),
    /** The file a change came from, by name: a path from an older package loses its folders here. */
    sourceFile: z.string().max(2000).transform(fileNameOf).pipe(capped(PACK_LIMITS.fileName)).nullable(),
  })
  .strict();
export const packHistory = list(packHistoryEntry, PACK_LIMITS.historyEntries);
export type PackHistoryEntry = z.output<typeof packHistoryEntry>;

/** Who a package names in place of this computer's login, which the app and the CLI record when no name was set. */
export const UNNAMED_USER = 'a PlanDesk user (name not set)';

/** This computer's login name, read once; null where the system has none to give. */
let login: string | null | undefined;
function loginName(): string | null {
  if (login === undefined) {
    try {
      login = userInfo().username;
    } catch {
      login = null;
    }
  }
  return login;
}

/**
 * Who a history entry, a snapshot or a package names as it leaves this laptop: never the computer's login name
 * (private, and meaningless elsewhere). Entries from other laptops arrive already named this way.
 */
export function travellingUser(user: string): string {
  return user === loginName() ? UNNAMED_USER : user;
}

/** A history entry as it leaves this laptop: its file by name, without the folders (fileNameOf), its user as travellingUser. */
export function travellingEntry<E extends Omit<PackHistoryEntry, 'id'>>(e: E): E {
  return { ...e, user: travellingUser(e.user), sourceFile: e.sourceFile === null ? null : fileNameOf(e.sourceFile) };
}

/**
 * A history entry's id across workspaces: the SHA-256 of what it says (when, who, what, old, new, from where),
 * as it travels (travellingEntry), so that the copy here and the copy in a package have the same id.
 * An entry is copied verbatim from laptop to laptop, so its id travels with it without a column of its own,
 * and the same entry arriving twice (in two packages) is recognised and kept once.
 */
export function historyEntryId(entry: Omit<PackHistoryEntry, 'id'>): string {
  const e = travellingEntry(entry);
  const content = JSON.stringify([e.at, e.user, e.entity, e.entityId, e.field, e.oldValue, e.newValue, e.source, e.sourceFile]);
  return createHash('sha256').update(content).digest('hex').slice(0, 32);
}

export const packSnapshot = z
  .object({
    id: capped(PACK_LIMITS.id),
    name: capped(PACK_LIMITS.name),
    takenAt: moment,
    createdBy: capped(PACK_LIMITS.user),
    // Its size is weighed against the plan's in readPack: a snapshot records the plan, so it is not far larger.
    content: z.string().refine(isJson, 'the snapshot is not valid JSON'),
  })
  .strict();
export const packSnapshots = list(packSnapshot, PACK_LIMITS.snapshots);
export type PackSnapshot = z.output<typeof packSnapshot>;

export const packProgress = z
  .object({
    periods: list(
      z.object({ id: capped(PACK_LIMITS.id), kind: capped(PACK_LIMITS.word), label: capped(PACK_LIMITS.word), start: month, end: month }).strict(),
      PACK_LIMITS.periods,
    ),
    updates: list(
      z
        .object({
          id: capped(PACK_LIMITS.id),
          actionId: capped(PACK_LIMITS.id),
          indicatorId: capped(PACK_LIMITS.id).nullable(),
          periodId: capped(PACK_LIMITS.id),
          status: capped(PACK_LIMITS.word).nullable(),
          actualText: capped(PACK_LIMITS.actualText),
          actualValue: z.number().nullable(),
          narrative: capped(PACK_LIMITS.narrative),
          supportNeeded: capped(PACK_LIMITS.narrative),
          source: capped(PACK_LIMITS.word),
          createdAt: capped(PACK_LIMITS.word),
          updatedAt: capped(PACK_LIMITS.word),
        })
        .strict(),
      PACK_LIMITS.updates,
    ),
  })
  .strict();
export type PackProgress = z.output<typeof packProgress>;
