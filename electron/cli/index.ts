// The command line, for automation and tests, on the same core as the app:
//   npm run --silent cli -- <command> [options]
// On bad input a command prints one clear line to stderr, exits non-zero, and leaves the workspace untouched.
import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { monthOfDate } from '../../shared/months';
import { AppError } from '../../shared/result';
import { STATUS_LABELS, IMPLEMENTATION_STATUSES } from '../../shared/status';
import { countAgencies } from '../core/agencies/registry';
import { openDatabase, type Connection } from '../core/db/connection';
import type { ChangeContext } from '../core/history/history';
import { exportPlanFile } from '../core/planfile/export-plan-file';
import { importPlanFile, parsePlanFile } from '../core/planfile/import-plan-file';
import { listPlanSummaries } from '../core/plan/plan-queries';

const USAGE = `PlanDesk command line

  import <file> --db <workspace.sqlite> [--plan-title <title>] [--into <planId>] [--json] [--user <name>]
      Imports a plan file (.json in the "plandesk.plan/1" format).
  export <out-file> --db <workspace.sqlite> --format json [--plan <planId>]
      Writes the workspace's plans (or one plan) as a plan file.
  summary --db <workspace.sqlite> [--json]
      Lists the plans with their counts of chapters, statements, actions, indicators, agencies and actions by status.
`;

class UsageError extends Error {}

function requireOption(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required`);
  return value;
}

function changeContext(user: string | undefined, sourceFile: string): ChangeContext {
  return {
    user: user ?? process.env['PLANDESK_USER'] ?? userInfo().username,
    source: 'import',
    at: new Date().toISOString(),
    sourceFile,
    batchId: null,
  };
}

async function withWorkspace<T>(path: string, work: (connection: Connection) => Promise<T>): Promise<T> {
  const connection = await openDatabase(resolve(path));
  try {
    return await work(connection);
  } finally {
    await connection.close();
  }
}

async function importCommand(args: readonly string[]): Promise<void> {
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
    importPlanFile(connection.db, changeContext(values.user, resolve(file)), planFile),
  );
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ planIds: outcome.planIds, notes: outcome.notes }, null, 2)}\n`);
  } else {
    process.stdout.write(`Imported ${outcome.planIds.length} plan(s) from ${basename(file)}\n`);
    for (const note of outcome.notes) process.stdout.write(`  note: ${note}\n`);
  }
}

async function exportCommand(args: readonly string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { db: { type: 'string' }, format: { type: 'string', default: 'json' }, plan: { type: 'string' } },
  });
  const out = positionals[0];
  if (!out || positionals.length > 1) throw new UsageError('export takes one output file');
  const db = requireOption(values, 'db');
  if (values.format !== 'json') throw new UsageError(`--format ${values.format} is not supported yet (json)`);
  const file = await withWorkspace(db, async (connection) => {
    if (values.plan) {
      const exists = await connection.db.selectFrom('plans').select('id').where('id', '=', values.plan).executeTakeFirst();
      if (!exists) throw new AppError('not_found', `No plan with id ${values.plan} in ${db}`);
    }
    return exportPlanFile(connection.db, values.plan ? [values.plan] : undefined);
  });
  await writeFile(out, `${JSON.stringify(file, null, 2)}\n`, 'utf8');
}

async function summaryCommand(args: readonly string[]): Promise<void> {
  const { values } = parseArgs({ args: [...args], options: { db: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const db = requireOption(values, 'db');
  const summary = await withWorkspace(db, async (connection) => ({
    workspace: connection.path,
    agencies: await countAgencies(connection.db),
    plans: await listPlanSummaries(connection.db, monthOfDate(new Date())),
  }));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return;
  }
  process.stdout.write(`Workspace ${summary.workspace}: ${summary.plans.length} plan(s), ${summary.agencies} agencies\n`);
  for (const plan of summary.plans) {
    process.stdout.write(
      `\n${plan.title}  [${plan.id}]\n  ${plan.chapters} chapters, ${plan.statements} statements, ${plan.actions} actions, ` +
        `${plan.indicators} indicators, ${plan.agencies} agencies, ${plan.overdue} overdue\n  ` +
        IMPLEMENTATION_STATUSES.map((s) => `${STATUS_LABELS[s]}: ${plan.actionsByStatus[s]}`).join(', ') +
        `, No status: ${plan.actionsByStatus.unknown}\n`,
    );
  }
}

const COMMANDS: Readonly<Record<string, (args: readonly string[]) => Promise<void>>> = {
  import: importCommand,
  export: exportCommand,
  summary: summaryCommand,
};

export async function runCli(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}" (try: ${Object.keys(COMMANDS).join(', ')})`);
    await command(rest);
    return 0;
  } catch (error) {
    const message =
      error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
        ? `plandesk ${name}: ${error.message}. Run "npm run cli -- help" for usage.`
        : error instanceof AppError
          ? `plandesk ${name}: ${error.message}`
          : `plandesk ${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

process.exitCode = await runCli(process.argv.slice(2));
