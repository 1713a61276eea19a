// import <file>: a JSON plan file, or a spreadsheet (.tsv, .csv, .xlsx) read by the importer, into a workspace.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/result';
import { parsePlanFile, refuseOversizedPlanFile } from '../../core/planfile/import-plan-file';
import { cliChangeContext, print, printJson, requireOption, showsProgress, UsageError, withCore, type CliCommand } from '../cli-support';

export const importCommand: CliCommand = {
  async run(args) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        'plan-title': { type: 'string' },
        into: { type: 'string' },
        user: { type: 'string' },
      },
    });
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new UsageError('import takes one file');
    const db = requireOption(values, 'db');
    const extension = extname(file).toLowerCase();
    if (SPREADSHEETS.has(extension)) {
      await importSpreadsheetCommand(file, db, values);
      return;
    }
    if (extension !== '.json') {
      throw new AppError('bad_file', `${basename(file)}: PlanDesk imports .tsv, .csv, .xlsx and .json files (got "${extension || 'no extension'}")`);
    }
    if (values.into) throw new UsageError('--into applies to spreadsheets; a plan file always creates its plans');
    // Read and check the file completely before the workspace is even opened; one too large is not even read.
    const size = await stat(file).then(
      (info) => info.size,
      (error: Error) => {
        throw new AppError('bad_file', `Cannot read ${file}: ${error.message}`);
      },
    );
    refuseOversizedPlanFile(basename(file), size);
    const text = await readFile(file, 'utf8').catch((error: Error) => {
      throw new AppError('bad_file', `Cannot read ${file}: ${error.message}`);
    });
    const planFile = parsePlanFile(text, basename(file));
    if (values['plan-title'] && planFile.plans.length === 1) planFile.plans[0]!.title = values['plan-title'];
    const outcome = await withCore(db, async (core) => core.run('import:planFile', { file: planFile, context: await cliChangeContext(core, values.user, 'import', resolve(file)) }), {
      progress: showsProgress(values.json),
      create: true,
    });
    if (values.json) {
      printJson({ planIds: outcome.planIds, notes: outcome.notes });
      return;
    }
    print(`Imported ${outcome.planIds.length} plan(s) from ${basename(file)}`);
    for (const note of outcome.notes) print(`  note: ${note}`);
  },
};

const SPREADSHEETS = new Set(['.tsv', '.csv', '.txt', '.xlsx']);

async function importSpreadsheetCommand(
  file: string,
  db: string,
  values: { json?: boolean; 'plan-title'?: string; into?: string; user?: string },
): Promise<void> {
  const path = resolve(file);
  const result = await withCore(
    db,
    async (core) =>
      core.run('import:spreadsheet', {
        path,
        context: await cliChangeContext(core, values.user, 'import', path),
        ...(values['plan-title'] ? { planTitle: values['plan-title'] } : {}),
        ...(values.into ? { intoPlanId: values.into } : {}),
      }),
    { progress: showsProgress(values.json), create: true },
  );
  if (values.json) {
    printJson(result);
    return;
  }
  const { counts, report } = result;
  print(`Imported ${basename(file)} as plan ${result.planId}: ${counts.chapters} chapters, ${counts.statements} statements, ${counts.actions} actions, ${counts.indicators} indicators`);
  const repairs = report.entries.filter((e) => e.severity === 'repair').length;
  const doubts = report.entries.filter((e) => e.severity === 'doubt').length;
  print(`${repairs} repair(s) and ${doubts} doubt(s) in the import report (--json prints it)`);
}
