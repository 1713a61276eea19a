// The whole-plan package, "plandesk.pack/1": a zip (.pmupack) holding manifest.json (format, pack and plan id,
// who made it and when, the SHA-256 and size of every other entry), plan.json (the plan in the JSON plan
// format), history.json (its change history), snapshots.json (its snapshots) and progress.json (its reporting
// periods and progress updates). Documented in README.md.
import { createHash } from 'node:crypto';
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

export const packHistoryEntry = z
  .object({
    /** The entry's lasting id (historyEntryId): the same on every laptop it reaches. Absent in older packages. */
    id: z.string().max(100).optional(),
    at: moment,
    user: z.string(),
    entity: z.string(),
    entityId: z.string(),
    field: z.string(),
    oldValue: z.string().nullable(),
    newValue: z.string().nullable(),
    source: z.string(),
    sourceFile: z.string().nullable(),
  })
  .strict();
export type PackHistoryEntry = z.output<typeof packHistoryEntry>;

/**
 * A history entry's id across workspaces: the SHA-256 of what it says (when, who, what, old, new, from where).
 * An entry is copied verbatim from laptop to laptop, so its id travels with it without a column of its own,
 * and the same entry arriving twice (in two packages) is recognised and kept once.
 */
export function historyEntryId(e: Omit<PackHistoryEntry, 'id'>): string {
  const content = JSON.stringify([e.at, e.user, e.entity, e.entityId, e.field, e.oldValue, e.newValue, e.source, e.sourceFile]);
  return createHash('sha256').update(content).digest('hex').slice(0, 32);
}

export const packSnapshot = z
  .object({
    id: z.string(),
    name: z.string(),
    takenAt: moment,
    createdBy: z.string(),
    content: z.string().refine(isJson, 'the snapshot is not valid JSON'),
  })
  .strict();
export type PackSnapshot = z.output<typeof packSnapshot>;

export const packProgress = z
  .object({
    periods: z.array(z.object({ id: z.string(), kind: z.string(), label: z.string(), start: z.string(), end: z.string() }).strict()),
    updates: z.array(
      z
        .object({
          id: z.string(),
          actionId: z.string(),
          indicatorId: z.string().nullable(),
          periodId: z.string(),
          status: z.string().nullable(),
          actualText: z.string(),
          actualValue: z.number().nullable(),
          narrative: z.string(),
          supportNeeded: z.string(),
          source: z.string(),
          createdAt: z.string(),
          updatedAt: z.string(),
        })
        .strict(),
    ),
  })
  .strict();
export type PackProgress = z.output<typeof packProgress>;
