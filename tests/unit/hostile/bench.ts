// The hostile suite's bench: a fresh workspace per case (empty, with a plan, or with update workbooks sent), the
// entry points a hostile file can come in by, and a fingerprint of everything the workspace holds, so that a case
// can check that a refusal left the data exactly as it was.
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Connection } from '../../../electron/core/db/connection';
import { receiveReturns } from '../../../electron/core/exchange/receive-returns';
import { sendForUpdate } from '../../../electron/core/exchange/send-updates';
import { importSpreadsheet } from '../../../electron/core/import';
import { reviewPack } from '../../../electron/core/packages/open-pack';
import { importPlanFile, parsePlanFile } from '../../../electron/core/planfile/import-plan-file';
import { ensurePeriods } from '../../../electron/core/reporting/periods';
import { AppError } from '../../../shared/result';
import { importTwoChapterPlan, openTempWorkspace, testContext } from '../support/workspace';

/** What a case starts from: an empty workspace, one holding the two-chapter plan, or that plan with MoIC's update workbook sent. */
export type Start = 'empty' | 'plan' | 'sent';

export interface Bench {
  /** A folder of the case's own, for the files it makes. */
  readonly folder: string;
  readonly connection: Connection;
  /** The two-chapter plan's id ('plan' and 'sent'). */
  readonly planId: string | null;
  /** MoIC's update workbook as PlanDesk sent it ('sent'). */
  readonly sentWorkbook: string | null;
}

export async function startBench(root: string, start: Start): Promise<Bench> {
  const folder = mkdtempSync(join(root, 'case-'));
  const connection = await openTempWorkspace(folder);
  if (start === 'empty') return { folder, connection, planId: null, sentWorkbook: null };
  const planId = await importTwoChapterPlan(connection);
  if (start === 'plan') return { folder, connection, planId, sentWorkbook: null };
  const db = connection.db;
  const period = (await ensurePeriods(db, planId, '2026-11')).find((p) => p.label === 'FY 2025-26')!;
  const moic = (await db.selectFrom('agencies').select('id').where('acronym', '=', 'MoIC').executeTakeFirstOrThrow()).id;
  const sent = await sendForUpdate(db, testContext({ batchId: randomUUID() }), {
    planId,
    periodId: period.id,
    agencyIds: [moic],
    dueDate: '2027-01-31',
    contact: 'Karma, e-Gov PMU',
    folder: join(folder, 'sent'),
  });
  return { folder, connection, planId, sentWorkbook: sent.files[0]! };
}

/** Everything the workspace holds, table by table, as one SHA-256 (WAL or not, closed or open). */
export function workspaceFingerprint(connection: Connection): string {
  const hash = createHash('sha256');
  const tables = connection.sqlite.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all() as string[];
  for (const table of tables) {
    hash.update(`\u0000${table}\u0000`);
    for (const row of connection.sqlite.prepare(`select * from "${table}" order by rowid`).iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

/** What an entry point made of the input: its refusal (the message a person reads), or what it returned. */
export type Outcome = { readonly refused: string } | { readonly refused: null; readonly value: unknown };

/** A way in for a hostile file, as the CLI and the app take it. Anything but a refusal (an AppError, a refused file) fails the case. */
export type EntryPoint = (bench: Bench, path: string) => Promise<Outcome>;

async function refusalOf(work: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { refused: null, value: await work() };
  } catch (error) {
    if (error instanceof AppError) return { refused: error.message };
    throw error;
  }
}

export const ENTRY_POINTS = {
  /** `plandesk import <file>`: a spreadsheet, or a JSON plan file, as a new plan. */
  import: (bench, path) =>
    refusalOf(async () => {
      const context = testContext({ source: 'import', sourceFile: path });
      if (!path.endsWith('.json')) return importSpreadsheet(bench.connection.db, context, path);
      const file = parsePlanFile(readFileSync(path, 'utf8'), basename(path));
      return importPlanFile(bench.connection.db, context, file);
    }),
  /** `plandesk exchange receive <returned.xlsx>` for the bench's plan. */
  receive: async (bench, path) => {
    const received = await receiveReturns(bench.connection.db, bench.planId!, [path]);
    const file = received.files[0]!;
    return file.refused !== null ? { refused: file.refused } : { refused: null, value: file };
  },
  /** `plandesk unpack <file.pmupack>`, without --accept: the package's review. */
  unpack: async (bench, path) => {
    const opened = await reviewPack(bench.connection.db, path);
    return opened.file.refused !== null ? { refused: opened.file.refused } : { refused: null, value: opened };
  },
} satisfies Record<string, EntryPoint>;

export type EntryName = keyof typeof ENTRY_POINTS;

/**
 * One adversarial case. `make` writes the hostile input in the bench's folder and returns its path; the entry point
 * reads it; then either the refusal matches `refused` (and the workspace is exactly as it was), or `outcome` checks
 * what came back (with the workspace unchanged unless `writes` says the case is meant to write).
 */
export interface HostileCase {
  /** What the attacker or the clumsy user does, in a sentence. */
  readonly name: string;
  readonly start: Start;
  readonly entry: EntryName;
  make(bench: Bench): Promise<string> | string;
  readonly expect:
    | { readonly refused: RegExp }
    | { readonly outcome: (value: unknown, bench: Bench) => void | Promise<void>; readonly writes?: boolean };
}
