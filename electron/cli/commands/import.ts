// import <file>: a JSON plan file into a workspace.
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/result';
import { importPlanFile, parsePlanFile } from '../../core/planfile/import-plan-file';
import { cliChangeContext, print, printJson, requireOption, UsageError, withWorkspace, type CliCommand } from '../cli-support';

export const importCommand: CliCommand = {
  usage: ['import <file> --db <workspace.sqlite> [--plan-title <title>] [--into <planId>] [--json] [--user <name>]'],
  summary: 'Imports a plan file (.json in the "plandesk.plan/1" format).',
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
    if (extension !== '.json') {
      throw new AppError('bad_file', `${basename(file)}: PlanDesk imports .json plan files here (got "${extension || 'no extension'}")`);
    }
    if (values.into) throw new UsageError('--into applies to spreadsheets; a plan file always creates its plans');
    // Read and check the file completely before the workspace is even opened.
    const text = await readFile(file, 'utf8').catch((error: Error) => {
      throw new AppError('bad_file', `Cannot read ${file}: ${error.message}`);
    });
    const planFile = parsePlanFile(text, basename(file));
    if (values['plan-title'] && planFile.plans.length === 1) planFile.plans[0]!.title = values['plan-title'];
    const outcome = await withWorkspace(db, (connection) =>
      importPlanFile(connection.db, cliChangeContext(values.user, 'import', resolve(file)), planFile),
    );
    if (values.json) {
      printJson({ planIds: outcome.planIds, notes: outcome.notes });
      return;
    }
    print(`Imported ${outcome.planIds.length} plan(s) from ${basename(file)}`);
    for (const note of outcome.notes) print(`  note: ${note}`);
  },
};
