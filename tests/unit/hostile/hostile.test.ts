// The adversarial cases, one table: each makes a hostile or clumsy input, sends it in by an entry point, and checks
// the clear refusal (with the workspace exactly as it was) or the correct outcome. A new format or a new way in
// joins by adding its cases to a file of cases/ (and, if needed, its entry point to bench.ts): see cases/index.ts.
// Each case must finish quickly: the time limit below is the bound on work a hostile file can cause.
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../support/workspace';
import { exportPlanFile } from '../../../electron/core/planfile/export-plan-file';
import { parsePlanFile } from '../../../electron/core/planfile/import-plan-file';
import { ENTRY_POINTS, startBench, workspaceFingerprint } from './bench';
import { HOSTILE_CASES } from './cases';

const root = tempFolder();

describe('hostile input', () => {
  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('%s', { timeout: 30_000 }, async (_name, hostile) => {
    const bench = await startBench(root, hostile.start);
    try {
      const path = await hostile.make(bench);
      const before = workspaceFingerprint(bench.connection);
      const outcome = await ENTRY_POINTS[hostile.entry](bench, path);
      if ('refused' in hostile.expect) {
        expect(outcome.refused).toMatch(hostile.expect.refused);
        expect(workspaceFingerprint(bench.connection)).toBe(before);
        return;
      }
      expect(outcome.refused).toBeNull();
      await hostile.expect.outcome(outcome.refused === null ? outcome.value : undefined, bench);
      if (!hostile.expect.writes) expect(workspaceFingerprint(bench.connection)).toBe(before);
      // Whatever a hostile file leaves in the workspace exports as a plan file PlanDesk reads back: the importers
      // keep to the plan file's caps where they read each part (import/build/builder.ts does not check its result
      // against the schema again).
      const exported = JSON.stringify(await exportPlanFile(bench.connection.db));
      expect(() => parsePlanFile(exported, 'exported.plan.json')).not.toThrow();
    } finally {
      await bench.connection.close();
    }
  });
});
