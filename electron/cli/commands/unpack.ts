// unpack <file.pmupack>: checks a whole-plan package and shows what differs from the local plan; with --accept,
// merges what is accepted (by internal id, in one transaction).
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cliChangeContext, print, printJson, requireOption, showsProgress, UsageError, withCore, type CliCommand } from '../cli-support';
import { acceptanceOf, printReview } from './exchange';

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
    const accept = values.accept === undefined ? null : acceptanceOf(values.accept);
    const result = await withCore(
      dbPath,
      async (core) => {
        // Checked and compared first: a refused package, or a review alone, writes nothing and needs no name. Only a
        // merge asks who makes it, then reads the package again to merge what is accepted.
        const reviewed = await core.run('packages:unpack', { context: null, path, accept: null, note: '' });
        if (accept === null) return reviewed;
        const context = { ...(await cliChangeContext(core, values.user, 'package', path)), batchId: randomUUID() };
        return core.run('packages:unpack', { context, path, accept, note: values.note ?? '' });
      },
      { progress: showsProgress(values.json), create: true },
    );
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
