// unpack <file.pmupack>: checks a whole-plan package and shows what differs from the local plan; with --accept,
// merges what is accepted (by internal id, in one transaction).
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/result';
import { mergePack } from '../../core/packages/merge-pack';
import { reviewPack } from '../../core/packages/open-pack';
import { cliChangeContext, print, printJson, requireOption, UsageError, withNewOrExistingWorkspace, type CliCommand } from '../cli-support';
import { decisionsFrom, printReview } from './exchange';

export const unpackCommand: CliCommand = {
  async run(args) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        accept: { type: 'string' },
        note: { type: 'string', default: '' },
        user: { type: 'string' },
      },
    });
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new UsageError('unpack takes one .pmupack file');
    const dbPath = requireOption(values, 'db');
    const path = resolve(file);
    const result = await withNewOrExistingWorkspace(dbPath, async (connection) => {
      const opened = await reviewPack(connection.db, path);
      // A refused package stops here, before anything could be written.
      if (opened.file.refused !== null) throw new AppError('bad_file', opened.file.refused);
      const changes = opened.file.groups.reduce((n, g) => n + g.changes.length, 0);
      const review = {
        files: [opened.file],
        counts: { changes, conflicts: opened.file.groups.reduce((n, g) => n + g.changes.filter((c) => c.conflict !== null).length, 0), problems: opened.file.problems.length, refused: 0 },
      };
      if (values.accept === undefined) return { review, merged: null };
      const merged = await mergePack(connection.db, { ...(await cliChangeContext(connection.db, values.user, 'package', path)), batchId: randomUUID() }, {
        path,
        expectedSha256: opened.file.sha256,
        decisions: decisionsFrom(values.accept, [opened.file], values.note ?? ''),
      });
      return { review, merged };
    });
    if (values.json) return printJson(result);
    printReview(result.review);
    const reviewed = result.review.files[0]!;
    const source = reviewed.source;
    if (source?.kind === 'package' && !source.newPlan && (source.historyEntries > 0 || source.snapshots > 0)) {
      print(`Comes with the merge: ${source.historyEntries} history entr${source.historyEntries === 1 ? 'y' : 'ies'} and ${source.snapshots} snapshot(s) from the other laptop.`);
    }
    for (const kept of reviewed.onlyHere ?? []) print(`  kept here: ${[kept.code, kept.title].filter(Boolean).join(' ')}: ${kept.reason}`);
    if (result.merged) print(`Merged ${result.merged.accepted} change(s), rejected ${result.merged.rejected}.`);
  },
};
