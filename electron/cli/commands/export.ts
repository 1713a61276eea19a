// export <out>: the workspace's plans, or one plan, as a file.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/result';
import { exportPlanFile } from '../../core/planfile/export-plan-file';
import { requireOption, UsageError, withWorkspace, type CliCommand } from '../cli-support';

export const exportCommand: CliCommand = {
  usage: ['export <out-file> --db <workspace.sqlite> --format json [--plan <planId>]'],
  summary: "Writes the workspace's plans (or one plan) as a plan file.",
  async run(args) {
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
  },
};
