// Reading a JSON plan file: parse, validate against "plandesk.plan/1", then write it in one transaction.
// Any problem is reported with where it is, and nothing is written.
import { ZodError } from 'zod';
import { AppError } from '../../../shared/result';
import type { Db } from '../db/schema';
import type { ChangeContext } from '../host/context';
import { MAX_PLAN_FILE_BYTES, planFile, type PlanFile } from './format';
import { refuseIdentityProblems } from './identity';
import { writePlanFile, type WritePlanResult } from './write-plan-file';

/** Where an element is, as a reader of the file finds it: `plans[0].chapters[2].title`. */
export function describePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

/** An issue in words; a record's key (an unmapped cell's column name) is named as such, with what is wrong with it. */
function messageOf(issue: ZodError['issues'][number]): string {
  if (issue.code === 'invalid_key') return `the column name ${issue.issues[0]?.message ?? 'is not valid'}`;
  return issue.message;
}

/** Refuses a plan file larger than MAX_PLAN_FILE_BYTES (README, "Limits"), before it is read or parsed. */
export function refuseOversizedPlanFile(fileName: string, bytes: number): void {
  if (bytes <= MAX_PLAN_FILE_BYTES) return;
  const mb = (size: number) => `${(size / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
  throw new AppError('bad_file', `${fileName} is ${mb(bytes)}; a PlanDesk plan file holds at most ${mb(MAX_PLAN_FILE_BYTES)}, far more than any plan (about 1.5 KB an action), so it is not read`);
}

export function parsePlanFile(text: string, fileName: string): PlanFile {
  // Characters first: only a text that could be too large is measured in bytes.
  if (text.length * 3 > MAX_PLAN_FILE_BYTES) refuseOversizedPlanFile(fileName, Buffer.byteLength(text, 'utf8'));
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new AppError('bad_file', `${fileName} is not valid JSON: ${(error as Error).message}`);
  }
  let file: PlanFile;
  try {
    file = planFile.parse(json);
  } catch (error) {
    if (error instanceof ZodError) {
      const first = error.issues[0];
      const where = first ? describePath(first.path) || 'the top level' : 'the file';
      const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem(s))` : '';
      throw new AppError('bad_file', `${fileName} is not a PlanDesk plan file: at ${where}, ${first ? messageOf(first) : 'invalid'}${more}`, {
        issues: error.issues.slice(0, 50).map((i) => ({ path: describePath(i.path), message: i.message })),
      });
    }
    throw error;
  }
  refuseIdentityProblems(file, fileName);
  return file;
}

export async function importPlanFile(db: Db, context: ChangeContext, file: PlanFile): Promise<WritePlanResult> {
  return db.transaction().execute((tx) => writePlanFile(tx, file, context));
}
