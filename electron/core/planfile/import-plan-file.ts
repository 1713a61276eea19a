// Reading a JSON plan file: parse, validate against "plandesk.plan/1", then write it in one transaction.
// Any problem is reported with where it is, and nothing is written.
import { ZodError } from 'zod';
import { AppError } from '../../../shared/result';
import type { Db } from '../db/schema';
import type { ChangeContext } from '../host/context';
import { planFile, type PlanFile } from './format';
import { writePlanFile, type WritePlanResult } from './write-plan-file';

function describePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

export function parsePlanFile(text: string, fileName: string): PlanFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new AppError('bad_file', `${fileName} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    return planFile.parse(json);
  } catch (error) {
    if (error instanceof ZodError) {
      const first = error.issues[0];
      const where = first ? describePath(first.path) || 'the top level' : 'the file';
      const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem(s))` : '';
      throw new AppError('bad_file', `${fileName} is not a PlanDesk plan file: at ${where}, ${first?.message ?? 'invalid'}${more}`, {
        issues: error.issues.slice(0, 50).map((i) => ({ path: describePath(i.path), message: i.message })),
      });
    }
    throw error;
  }
}

export async function importPlanFile(db: Db, context: ChangeContext, file: PlanFile): Promise<WritePlanResult> {
  return db.transaction().execute((tx) => writePlanFile(tx, file, context));
}
