// The command line, for automation and tests, on the same core as the app:
//   npm run --silent cli -- <command> [options]
// On bad input a command prints one clear line to stderr, exits non-zero, and leaves the workspace untouched.
// Each command lives in commands/<name>.ts; add new ones to COMMANDS.
import { AppError } from '../../shared/result';
import { UsageError, type CliCommand } from './cli-support';
import { exchangeCommand } from './commands/exchange';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { packCommand } from './commands/pack';
import { reportCommand } from './commands/report';
import { summaryCommand } from './commands/summary';
import { unpackCommand } from './commands/unpack';

const COMMANDS: Readonly<Record<string, CliCommand>> = {
  import: importCommand,
  export: exportCommand,
  summary: summaryCommand,
  report: reportCommand,
  exchange: exchangeCommand,
  pack: packCommand,
  unpack: unpackCommand,
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
    await command.run(rest);
    return 0;
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
