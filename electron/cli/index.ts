// The command line, for automation and tests, on the same core as the app:
//   npm run --silent cli -- <command> [options]
// On bad input a command prints one clear line to stderr, exits non-zero, and leaves the workspace untouched.
// Each command lives in commands/<name>.ts; add new ones to COMMANDS with their help. A command's module (and the
// core and libraries it needs) is loaded only when that command runs: `--help` loads none, so it answers at once.
import { AppError } from '../../shared/result';
import type { CliCommand } from './cli-support';
import { UsageError } from './usage-error';

interface CommandEntry {
  /** One line per form of the command, for the help text. */
  readonly usage: readonly string[];
  readonly summary: string;
  readonly load: () => Promise<CliCommand>;
}

const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  import: {
    usage: ['import <file> --db <workspace.sqlite> [--plan-title <title>] [--into <planId>] [--json] [--user <name>]'],
    summary:
      'Imports a spreadsheet (.tsv, .csv, .xlsx) as a new plan, or into an existing plan with --into, printing the import report; or a plan file (.json, "plandesk.plan/1").',
    load: async () => (await import('./commands/import')).importCommand,
  },
  export: {
    usage: ['export <out-file> --db <workspace.sqlite> --format json|csv|xlsx [--plan <planId>]'],
    summary: "Writes the workspace's plans (or one plan) as a JSON plan file, or in the plan's own spreadsheet layout (.xlsx, one sheet per plan; .csv, one plan).",
    load: async () => (await import('./commands/export')).exportCommand,
  },
  summary: {
    usage: ['summary --db <workspace.sqlite> [--json]'],
    summary: 'Lists the plans with their counts of chapters, statements, actions, indicators, agencies and actions by status.',
    load: async () => (await import('./commands/summary')).summaryCommand,
  },
  plan: {
    usage: [
      'plan approve --db <workspace.sqlite> [--on YYYY-MM-DD] [--plan <planId>] [--user <name>] [--json]',
      'plan rebaseline --db <workspace.sqlite> --reason <text> [--plan <planId>] [--user <name>] [--json]',
    ],
    summary:
      "Marks the plan approved (its planned dates become the baseline: a later end is then a revised end with a reason), or rebaselines it: every revised end becomes the planned end, with the reason (both kept in the history).",
    load: async () => (await import('./commands/plan')).planCommand,
  },
  rating: {
    usage: ['rating set --db <workspace.sqlite> --action <code|id> --period <label> --rating red|amber|green --reason <text> [--plan <planId>] [--user <name>] [--json]'],
    summary: "Sets the analyst's delivery rating of an action for a reporting period, with its reason (kept in the history, shown beside the computed rating, lasting that period).",
    load: async () => (await import('./commands/rating')).ratingCommand,
  },
  report: {
    usage: [
      'report --db <workspace.sqlite> --preset <steering-committee|agency-scorecard|overdue> --out <pack.pdf|pack.xlsx> [--plan <id>] [--agency <acronym|id>]',
      '       [--chapter <code|id>]... [--snapshot <id|none>] [--period <label>] [--as-of YYYY-MM-DD] [--meeting <name>] [--meeting-date <date>] [--prepared-by <name>]',
      '       [--paper A4|Letter] [--timeline-paper a3|a4] [--chromium <path>] [--user <name>]',
    ],
    summary:
      'Writes a review pack: as PDF through headless Chromium (--chromium, or PLANDESK_CHROMIUM, else /usr/bin/chromium), or its tables as .xlsx. --timeline-paper a3 prints the timeline pages on A3 landscape (the others stay on --paper; a4, the default, keeps them on it, letter with --paper Letter). Compares with the newest snapshot taken by the as-of date unless --snapshot says otherwise. --period (a label such as "FY 2026-27 Q2") chooses the reporting period whose ministry reports it shows, and the as-of date (its end) unless --as-of is given.',
    load: async () => (await import('./commands/report')).reportCommand,
  },
  exchange: {
    usage: [
      'exchange send --db <workspace.sqlite> --period <label> --out <folder> [--agency <acronym|id>]... [--plan <planId>] [--due YYYY-MM-DD] [--contact <text>] [--user <name>] [--json]',
      'exchange receive <workbook.xlsx>... --db <workspace.sqlite> [--plan <planId>] [--json]',
      'exchange merge <workbook.xlsx>... --db <workspace.sqlite> --accept all|none|<id,id,...> [--note <text>] [--plan <planId>] [--user <name>] [--json]',
      'exchange status --db <workspace.sqlite> --period <label> [--plan <planId>] [--today YYYY-MM-DD] [--json]',
      'exchange chase --db <workspace.sqlite> --period <label> --agency <acronym|id> --out <folder> [--plan <planId>] [--today YYYY-MM-DD] [--user <name>] [--json]',
    ],
    summary:
      'Sends update workbooks to lead agencies, reads returned ones (changes and problems, nothing written; exits 1 when any file is refused), shows who has returned the workbooks of a period (sent, returned, merged, overdue with days late, when last chased), chases an agency that has not (writes a reminder as .eml, the text with the due date and the actions missing, the workbook as sent attached and beside it; records the chase in the history), and merges accepted changes ("all" leaves conflicts out unless named; refused files are left out and listed, and only when every file is refused does merge fail).',
    load: async () => (await import('./commands/exchange')).exchangeCommand,
  },
  pack: {
    usage: ['pack <out.pmupack> --db <workspace.sqlite> --plan <planId> [--user <name>] [--json]'],
    summary: 'Writes a whole-plan package (.pmupack): the plan, its history, snapshots and progress, with SHA-256 checksums.',
    load: async () => (await import('./commands/pack')).packCommand,
  },
  unpack: {
    usage: ['unpack <file.pmupack> --db <workspace.sqlite> [--json] [--accept all|none|<id,id,...>] [--note <text>] [--user <name>]'],
    summary: 'Checks a whole-plan package and lists what differs from the local plan; --accept merges ("all" leaves conflicts out unless named).',
    load: async () => (await import('./commands/unpack')).unpackCommand,
  },
};

function usage(): string {
  const lines = Object.values(COMMANDS).flatMap((command) => [...command.usage.map((u) => `  ${u}`), `      ${command.summary}`]);
  return `PlanDesk command line: npm run --silent cli -- <command> [options]\n\n${lines.join('\n')}\n`;
}

function isUsageMistake(error: unknown): error is Error {
  return error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
}

export async function runCli(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}" (try: ${Object.keys(COMMANDS).join(', ')})`);
    return (await (await command.load()).run(rest)) ?? 0;
  } catch (error) {
    const message = isUsageMistake(error)
      ? `plandesk ${name}: ${error.message}. Run "npm run cli -- help" for usage.`
      : error instanceof AppError
        ? `plandesk ${name}: ${error.message}`
        : `plandesk ${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return isUsageMistake(error) ? 2 : 1;
  }
}

// A reader that stops early (`plandesk summary --json | head -1`) closes the pipe: the output ends there, which is the
// reader's choice and no error of ours, so no stack trace. The exit code stays what the command made it.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit();
});

process.exitCode = await runCli(process.argv.slice(2));
