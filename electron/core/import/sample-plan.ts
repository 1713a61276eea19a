// The bundled sample: the e-Gov policy plan, opened through the spreadsheet importer.
import type { Db } from '../db/schema';
import type { ChangeContext } from '../host/context';
import { importSpreadsheet } from './import-spreadsheet';

/** Imports resources/sample-plan.tsv in one transaction and returns the new plan's id. */
export async function importSamplePlan(db: Db, context: ChangeContext, samplePath: string): Promise<string> {
  const { planId } = await importSpreadsheet(db, context, samplePath);
  return planId;
}
