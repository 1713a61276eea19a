// The bundled sample: the e-Gov policy plan, opened through the spreadsheet importer.
import { AppError } from '../../../shared/result';
import type { Db } from '../db/schema';
import type { ChangeContext } from '../history/history';

export async function importSamplePlan(_db: Db, _context: ChangeContext, samplePath: string): Promise<string> {
  throw new AppError('not_available', `Opening the sample plan (${samplePath}) needs the spreadsheet importer, which is not built yet`);
}
