// pack <out.pmupack>: one plan, with its history, snapshots and progress, as a whole-plan package.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createPack } from '../../core/packages/create-pack';
import { cliChangeContext, print, printJson, requireOption, UsageError, withWorkspace, type CliCommand } from '../cli-support';
import { planOf } from './exchange';

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
    const created = await withWorkspace(dbPath, async (connection) =>
      createPack(connection.db, await cliChangeContext(connection.db, values.user, 'package', null), await planOf(connection.db, values.plan, dbPath), resolve(out)),
    );
    if (values.json) return printJson(created);
    print(`Packed ${created.entries.length} entries into ${created.path} (${created.bytes} bytes) [pack ${created.packId}]`);
  },
};
