// The contract's handlers for importing a plan: the preview of a spreadsheet or plan file, its commit, the report
// kept with an import, and the bundled sample plan offered at first launch.
import type { Handlers } from '../host/dispatch';
import type { HandlerKit } from '../host/kit';
import { planSummary } from '../plan/plan-queries';
import { commitImport, decodeUpload, previewImport } from './import-preview';
import { importSamplePlan } from './sample-plan';
import { keptImportReport } from './kept-reports';

export function importHandlers(kit: HandlerKit): Pick<Handlers, 'import:preview' | 'import:commit' | 'import:report' | 'plans:openSample'> {
  const { app, db } = kit;
  return {
    'import:preview': ({ fileName, contentBase64, ...request }, progress) => previewImport(db(), { ...request, fileName, bytes: decodeUpload(fileName, contentBase64) }, progress),
    'import:commit': ({ fileName, contentBase64, ...request }, change, progress) =>
      commitImport(db(), { ...change, sourceFile: fileName }, { ...request, fileName, bytes: decodeUpload(fileName, contentBase64) }, progress),
    'import:report': ({ batchId }) => keptImportReport(db(), batchId),
    'plans:openSample': async (_input, change) =>
      planSummary(db(), await importSamplePlan(db(), { ...change, sourceFile: app.samplePlanPath }, app.samplePlanPath), kit.currentMonth()),
  };
}
