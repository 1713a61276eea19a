// export <out>: the workspace's plans, or one plan, as a file.
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/result';
import { writeFileWhole } from '../../core/files/write-file';
import { plansOf, requireOption, UsageError, withCore, type CliCommand } from '../cli-support';

export const exportCommand: CliCommand = {
  async run(args) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { db: { type: 'string' }, format: { type: 'string', default: 'json' }, plan: { type: 'string' } },
    });
    const out = positionals[0];
    if (!out || positionals.length > 1) throw new UsageError('export takes one output file');
    const db = requireOption(values, 'db');
    const format = values.format;
    if (format !== 'json' && format !== 'csv' && format !== 'xlsx') throw new UsageError(`--format ${format} is not supported (json, csv, xlsx)`);
    const content = await withCore(db, async (core) => {
      const plans = await plansOf(core);
      if (values.plan && !plans.some((p) => p.id === values.plan)) throw new AppError('not_found', `No plan with id ${values.plan} in ${db}`);
      if (format === 'json') return `${JSON.stringify(await core.run('planfile:export', values.plan ? { planIds: [values.plan] } : {}), null, 2)}\n`;
      const planIds = values.plan ? [values.plan] : plans.map((p) => p.id);
      if (format === 'csv' && planIds.length !== 1) throw new UsageError(`--format csv writes one plan: give --plan (the workspace holds ${planIds.length})`);
      return core.run('exports:planLayout', { format, planIds });
    });
    // Whole or not at all: a full disk leaves the previous export as it was.
    await writeFileWhole(out, content);
  },
};
