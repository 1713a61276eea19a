// Opening a whole-plan package: the archive is checked (safe paths, entry count, sizes and ratios), every entry
// must match the SHA-256 the manifest gives it, every part must parse; then the package's plan is compared with
// the local plan of the same id (compare/compare.ts) into the same review model as returned workbooks.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import type { ProposedChange, ReviewFile, ReviewGroup } from '../../../shared/domain';
import { AppError } from '../../../shared/result';
import { NO_PROGRESS, type Progress } from '../progress/progress';
import type { DbOrTx } from '../db/schema';
import { exportPlanFile } from '../planfile/export-plan-file';
import type { PlanFile, PlanFilePlan } from '../planfile/format';
import { describePath, parsePlanFile } from '../planfile/import-plan-file';
import { changeIdOf } from '../review/change-id';
import { snapshotIdsOf } from '../snapshots/snapshots';
import { comparePack } from './compare/compare';
import { packHistoryWithIds } from './compare/history-sides';
import type { PlannedChange } from './compare/planned-change';
import { PACK_ENTRIES, packHistory, packManifest, packProgress, packSnapshots, type PackHistoryEntry, type PackManifest, type PackProgress, type PackSnapshot } from './pack-format';
import { PACKAGE_RULES, readSafeZip } from '../zip/safe-zip';
import { live } from '../db/live';

const MAX_PACK_BYTES = 256 * 1024 * 1024;

export interface PackContents {
  readonly manifest: PackManifest;
  readonly planFile: PlanFile;
  readonly plan: PlanFilePlan;
  readonly history: readonly PackHistoryEntry[];
  readonly snapshots: readonly PackSnapshot[];
  readonly progress: PackProgress;
}

export interface OpenedPack {
  readonly file: ReviewFile;
  readonly contents: PackContents | null;
  /** What each proposed change writes, by change id. */
  readonly planned: ReadonlyMap<string, PlannedChange>;
}

function parsePart<T>(schema: z.ZodType<T>, bytes: Uint8Array | undefined, entry: string, fileName: string): T {
  if (!bytes) throw new AppError('bad_file', `${fileName}: the package has no ${entry}`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new AppError('bad_file', `${fileName}: ${entry} is not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('bad_file', `${fileName}: ${entry} is not in the PlanDesk package format (at ${(issue && describePath(issue.path)) || 'the top level'}: ${issue?.message ?? 'invalid'})`);
  }
  return parsed.data;
}

/** Reads and checks a .pmupack file completely; throws AppError('bad_file') saying what is wrong. */
export async function readPack(path: string): Promise<{ contents: PackContents; sha256: string }> {
  const fileName = basename(path);
  const size = await stat(path).then(
    (s) => s.size,
    (error: NodeJS.ErrnoException) => {
      throw new AppError('bad_file', `${fileName}: cannot be read (${error.code ?? error.message})`);
    },
  );
  if (size > MAX_PACK_BYTES) throw new AppError('bad_file', `${fileName}: the package is ${Math.round(size / 1024 / 1024)} MB, more than PlanDesk opens (${MAX_PACK_BYTES / 1024 / 1024} MB)`);
  const bytes = new Uint8Array(await readFile(path));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const entries = readSafeZip(bytes, fileName, PACKAGE_RULES);
  const manifest = parsePart(packManifest, entries.get('manifest.json'), 'manifest.json', fileName);
  for (const name of entries.keys()) {
    if (name !== 'manifest.json' && !manifest.entries.some((e) => e.path === name)) {
      throw new AppError('bad_file', `${fileName}: it holds "${name}", which its manifest does not list; the package was edited, refused`);
    }
  }
  for (const listed of manifest.entries) {
    const content = entries.get(listed.path);
    if (!content) throw new AppError('bad_file', `${fileName}: its manifest lists "${listed.path}" but the package does not hold it; refused`);
    const actual = createHash('sha256').update(content).digest('hex');
    if (actual !== listed.sha256 || content.length !== listed.size) {
      throw new AppError('bad_file', `${fileName}: "${listed.path}" does not match its checksum in the manifest; the package was damaged or edited, refused`);
    }
  }
  for (const required of PACK_ENTRIES) if (!entries.has(required)) throw new AppError('bad_file', `${fileName}: the package has no ${required}; refused`);
  const planFile = parsePlanFile(new TextDecoder().decode(entries.get('plan.json')), `${fileName} (plan.json)`);
  const plan = planFile.plans[0];
  if (planFile.plans.length !== 1 || !plan || plan.id !== manifest.planId) {
    throw new AppError('bad_file', `${fileName}: plan.json does not hold the one plan its manifest names (${manifest.planId}); refused`);
  }
  const contents: PackContents = {
    manifest,
    planFile,
    plan,
    history: parsePart(packHistory, entries.get('history.json'), 'history.json', fileName),
    snapshots: parsePart(packSnapshots, entries.get('snapshots.json'), 'snapshots.json', fileName),
    progress: parsePart(packProgress, entries.get('progress.json'), 'progress.json', fileName),
  };
  refuseImplausible(contents, entries.get('plan.json')!.length, fileName);
  return { sha256, contents };
}

/** Laptops' clocks differ a little; a day more than that is a date no change can have had yet. */
const CLOCK_SLACK_MS = 24 * 3600 * 1000;
/** A snapshot records the plan: it may have been larger then, but not by this much. */
const SNAPSHOT_PLAN_RATIO = 10;
const SNAPSHOT_MIN_ALLOWANCE = 5 * 1024 * 1024;

/** Refuses what no genuine package holds: moments in the future, snapshots far larger than the plan they record. */
function refuseImplausible(contents: PackContents, planBytes: number, fileName: string): void {
  const latest = Date.now() + CLOCK_SLACK_MS;
  const future = (moment: string) => Date.parse(moment) > latest;
  const refuse = (what: string) => {
    throw new AppError('bad_file', `${fileName}: ${what}; refused`);
  };
  const today = new Date().toISOString().slice(0, 10);
  if (future(contents.manifest.createdAt)) refuse(`manifest.json says the package was made on ${contents.manifest.createdAt}, after today (${today})`);
  contents.history.forEach((entry, i) => {
    if (future(entry.at)) refuse(`history.json entry [${i}] (${entry.entity} ${entry.field}) is dated ${entry.at}, after today (${today}); a package cannot hold changes from the future`);
  });
  contents.snapshots.forEach((snapshot, i) => {
    if (future(snapshot.takenAt)) refuse(`snapshots.json [${i}] ("${snapshot.name}") is dated ${snapshot.takenAt}, after today (${today})`);
    const allowance = Math.max(SNAPSHOT_PLAN_RATIO * planBytes, SNAPSHOT_MIN_ALLOWANCE);
    if (snapshot.content.length > allowance) {
      refuse(`snapshots.json [${i}] ("${snapshot.name}") holds ${megabytes(snapshot.content.length)}, far more than the plan it records (${megabytes(planBytes)})`);
    }
  });
}

function megabytes(size: number): string {
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

/** Compares an opened package with the workspace; reads only. */
export async function reviewPack(db: DbOrTx, path: string, progress: Progress = NO_PROGRESS): Promise<OpenedPack> {
  const fileName = basename(path);
  let read: { contents: PackContents; sha256: string };
  progress.phase(`Reading ${fileName}`);
  try {
    read = await readPack(path);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { file: { fileId: null, path, fileName, sha256: '', source: null, refused: error.message, problems: [], groups: [] }, contents: null, planned: new Map() };
  }
  const { contents, sha256 } = read;
  const { manifest, plan } = contents;
  const local = (await exportPlanFile(db, [manifest.planId])).plans[0];
  // A merge undone since no longer counts: the package can be merged again.
  const packed = await db.selectFrom('plan_packages_merged').select(['merged_at', 'merged_by']).where('pack_id', '=', manifest.packId).where(live()).executeTakeFirst();
  const knownSnapshots = await snapshotIdsOf(db, manifest.planId);
  const source = {
    kind: 'package' as const,
    packId: manifest.packId,
    planTitle: manifest.planTitle,
    createdBy: manifest.createdBy,
    createdAt: manifest.createdAt,
    newPlan: !local,
    snapshots: contents.snapshots.filter((s) => !knownSnapshots.has(s.id)).length,
    historyEntries: packHistoryWithIds(contents.history).length,
  };
  if (packed) {
    return {
      file: { fileId: manifest.packId, path, fileName, sha256, source, refused: `${fileName}: this package was already merged on ${packed.merged_at.slice(0, 10)} by ${packed.merged_by}`, problems: [], groups: [] },
      contents,
      planned: new Map(),
    };
  }

  if (!local) {
    const chapters = plan.chapters.length;
    const statements = plan.chapters.reduce((n, c) => n + c.statements.length, 0);
    const actions = plan.chapters.reduce((n, c) => n + c.statements.reduce((m, s) => m + s.actions.length, 0), 0);
    const id = changeIdOf(manifest.packId, manifest.planId, 'added');
    const change: ProposedChange = {
      id,
      entity: 'plan',
      entityId: manifest.planId,
      field: 'added',
      label: 'New plan',
      oldValue: null,
      newValue: `${plan.title}: ${chapters} chapters, ${statements} statements, ${actions} actions, ${contents.snapshots.length} snapshots, ${contents.history.length} history entries`,
      sentValue: null,
      conflict: null,
      note: null,
      cell: null,
      kind: 'added',
    };
    const group: ReviewGroup = { key: manifest.planId, entity: 'plan', entityId: manifest.planId, code: '', title: plan.title, changes: [change] };
    return {
      file: { fileId: manifest.packId, path, fileName, sha256, source, refused: null, problems: [], groups: [group] },
      contents,
      planned: new Map([[id, { write: { kind: 'newPlan' }, sequence: 0, covers: [] }]]),
    };
  }

  progress.phase('Comparing the package with the plan here');
  const compared = await comparePack(db, { packId: manifest.packId, plan, history: contents.history, progress: contents.progress }, local);
  progress.step(1);
  return {
    file: { fileId: manifest.packId, path, fileName, sha256, source: { ...source, historyEntries: compared.newHistoryEntries }, refused: null, problems: compared.problems, groups: compared.groups, onlyHere: compared.onlyHere },
    contents,
    planned: compared.planned,
  };
}
