// pack <out.pmupack>: one plan, with its history, snapshots and progress, as a whole-plan package.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cliChangeContext, planOf, print, printJson, requireOption, showsProgress, UsageError, withCore, type CliCommand } from '../cli-support';

export const packCommand: CliCommand = {
  async run(args) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { db: { type: 'string' }, plan: { type: 'string' }, user: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
    const out = positionals[0];
    if (!out || positionals.length > 1) throw new UsageError('pack takes one output file');
    if (!out.toLowerCase().endsWith('.pmupack')) throw new UsageError(`the package file must end in .pmupack (got "${out}")`);
    const dbPath = requireOption(values, 'db');
    const created = await withCore(
      dbPath,
      async (core) => core.run('packages:pack', { context: await cliChangeContext(core, values.user, 'package', null), planId: await planOf(core, values.plan, dbPath), out: resolve(out) }),
      { progress: showsProgress(values.json) },
    );
    if (values.json) return printJson(created);
    print(`Packed ${created.entries.length} entries into ${created.path} (${created.bytes} bytes) [pack ${created.packId}]`);
  },
};
