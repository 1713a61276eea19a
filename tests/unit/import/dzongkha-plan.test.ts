// Dzongkha text, first-class (issue 18, item 3): a plan written in Dzongkha and English, as Bhutan's agencies write
// them (tests/fixtures/plans/dzongkha-plan.tsv), imports with every title, agency name and remark exactly as
// written, goes through a plan file and back unchanged, and its titles are matched as distinct words: two titles
// that differ only in vowel signs and stacked consonants are two actions.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSpreadsheet, previewMerge, readSpreadsheet } from '../../../electron/core/import';
import { exportPlanFile } from '../../../electron/core/planfile/export-plan-file';
import { importPlanFile, parsePlanFile } from '../../../electron/core/planfile/import-plan-file';
import type { PlanFile } from '../../../electron/core/planfile/format';
import { FIXTURES, openTempWorkspace, tempFolder, testContext } from '../support/workspace';

const folder = tempFolder();
const DZONGKHA = join(FIXTURES, 'plans', 'dzongkha-plan.tsv');
// "Publish the service hours" and "Publish the service standards": without their vowel signs and subjoined
// letters (ུ ོ under and over ཆ and ཚ) both read ཞབས་ཏག་ག་ཆ་ཚད་…, which is how the old matching saw them.
const SERVICE_HOURS = 'ཞབས་ཏོག་གི་ཆུ་ཚོད་ གསལ་བསྒྲགས་འབད་ནི';
const SERVICE_STANDARDS = 'ཞབས་ཏོག་གི་ཆ་ཚད་ གསལ་བསྒྲགས་འབད་ནི';

function actionsOf(file: PlanFile) {
  return file.plans[0]!.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions));
}

describe('the Dzongkha plan', () => {
  it('imports with its titles, agency names and remarks exactly as written', async () => {
    const { file, report } = await readSpreadsheet(DZONGKHA);
    const plan = file.plans[0]!;
    expect(plan.title).toBe('རྫོང་ཁ་དང་ གློག་རིག་གཞུང་གི་ སྲིད་བྱུས་ ལག་ལེན་འཆར་གཞི (Dzongkha and e-Governance implementation plan)');
    expect(plan.chapters.map((c) => [c.code, c.title])).toEqual([
      ['6.1', 'རྫོང་ཁ་ གློག་རིག་ནང་ (Dzongkha in ICT)'],
      ['6.2', 'ཡོངས་འབྲེལ་ཐོག་ ཞབས་ཏོག (Online services)'],
    ]);
    const actions = actionsOf(file);
    expect(actions.map((a) => [a.code, a.title])).toEqual([
      ['6.1.1.1', 'རྫོང་ཁ་ཡིག་གཟུགས་ ཚད་ལྡན་ གཞུང་གི་ གློག་རིག་ཚུ་ནང་ བཙུགས་ནི'],
      ['6.1.1.2', SERVICE_HOURS],
      ['6.1.1.3', SERVICE_STANDARDS],
      ['6.1.2.1', 'ལས་སྡེ་ཚུ་གི་ ལས་བྱེད་ཚུ་ལུ་ རྫོང་ཁ་ཡིག་དཔར་དང་ ཡིག་ཆ་ བཟོ་ཐངས་ཀྱི་ སྦྱོང་བརྡར་ རྫོང་ཁག་ ཉེར་གསུམ་ཆ་ར་ནང་ བྱིན་ནི'],
      ['6.2.1.1', 'G2C ཞབས་ཏོག་ཚུ་ རྫོང་ཁ་ནང་ སྐད་བསྒྱུར་འབད་ནི (Translate G2C services into Dzongkha)'],
      ['6.2.1.2', 'རྒེད་འོག་ ཞབས་ཏོག་ལྟེ་བ་ཚུ་ནང་ ཡོངས་འབྲེལ་ མཐུད་ནི'],
    ]);
    // Remarks keep their Tibetan digits (༦༠༠) and their two lines; nothing is normalised away.
    expect(actions[0]!.remarks).toBe('རྫོང་ཁ་ཡིག་གཟུགས་ Jomolhari དང་ DDC Uchen གཞུང་གི་ གློག་རིག་ ༦༠༠ ནང་ བཙུགས་ཡོད། Remaining agencies by June 2027.');
    expect(actions[3]!.remarks).toBe('- ཐིམ་ཕུ་དང་ སྤ་རོ་ལུ་ ལས་བྱེད་ ༣༢༠ སྦྱོང་བརྡར་ མཇུག་བསྡུ་ཡོད།\n- Trainers from DDC; next batch in Punakha (སྤུ་ན་ཁ) in March 2027.');
    // The agency written in Dzongkha is DDC, named so in the stakeholder list; Thimphu Thromde, written only in
    // Dzongkha, is a new agency under that name.
    const ddc = file.agencies.find((a) => a.acronym === 'DDC')!;
    expect(ddc.name).toBe('རྫོང་ཁ་གོང་འཕེལ་ལྷན་ཚོགས (Dzongkha Development Commission)');
    expect(actions[3]!.lead).toEqual({ text: 'རྫོང་ཁ་གོང་འཕེལ་ལྷན་ཚོགས', agencies: [ddc.id] });
    const thromde = file.agencies.find((a) => a.name === 'ཐིམ་ཕུ་ཐྲོམ་སྡེ')!;
    expect(thromde).toMatchObject({ acronym: null, confirmed: false });
    expect(actions[1]!.collaborators.agencies[0]).toBe(thromde.id);
    expect(report.entries.filter((e) => e.severity === 'repair').map((e) => e.message)).toEqual([]);
    // The report says what read the file and how its bytes were decoded.
    expect(report).toMatchObject({ reader: 'delimited text (Papa Parse)', encoding: 'utf-8', delimiter: '\t' });
    expect(report.entries[0]).toMatchObject({ severity: 'info', topic: 'file', message: 'read as delimited text (Papa Parse), encoding utf-8, cells separated by tabs' });
  });

  it('goes through a plan file and back unchanged', async () => {
    const original = await openTempWorkspace(folder, 'json-original.sqlite');
    const { planId } = await importSpreadsheet(original.db, testContext({ source: 'import' }), DZONGKHA);
    const before = await exportPlanFile(original.db, [planId]);
    const copy = await openTempWorkspace(folder, 'json-copy.sqlite');
    const { planIds } = await importPlanFile(copy.db, testContext({ source: 'import' }), parsePlanFile(JSON.stringify(before), 'dzongkha.plan.json'));
    const after = await exportPlanFile(copy.db, [planIds[0]!]);
    expect(JSON.stringify(after.plans[0]!.chapters, (key, value: unknown) => (key === 'id' ? undefined : value))).toBe(
      JSON.stringify(before.plans[0]!.chapters, (key, value: unknown) => (key === 'id' ? undefined : value)),
    );
    expect(after.agencies.map((a) => a.name).sort()).toEqual(before.agencies.map((a) => a.name).sort());
    await Promise.all([original.close(), copy.close()]);
  });

  it('matches titles that differ only in vowel signs and stacked consonants to their own actions', async () => {
    const workspace = await openTempWorkspace(folder, 'matching.sqlite');
    const { planId } = await importSpreadsheet(workspace.db, testContext({ source: 'import' }), DZONGKHA);
    // The same plan from another office: the actions' codes left out, and the two service actions in the other order.
    const lines = readFileSync(DZONGKHA, 'utf8').split('\n');
    const hours = lines.findIndex((line) => line.includes(SERVICE_HOURS));
    [lines[hours], lines[hours + 1]] = [lines[hours + 1]!, lines[hours]!];
    const renumbered = join(folder, 'from-another-office.tsv');
    writeFileSync(renumbered, lines.map((line) => line.replace(/\t6\.\d\.\d\.\d /, '\t')).join('\n'));
    const { file } = await readSpreadsheet(renumbered);
    expect(actionsOf(file).map((a) => a.code)).toEqual(['', '', '', '', '', '']);

    const preview = await previewMerge(workspace.db, planId, file, 'all');
    expect(preview.newActions).toEqual([]);
    expect(preview.matches.map((m) => [m.how, m.file.title, m.plan.code])).toEqual([
      ['title', 'རྫོང་ཁ་ཡིག་གཟུགས་ ཚད་ལྡན་ གཞུང་གི་ གློག་རིག་ཚུ་ནང་ བཙུགས་ནི', '6.1.1.1'],
      ['title', SERVICE_STANDARDS, '6.1.1.3'],
      ['title', SERVICE_HOURS, '6.1.1.2'],
      ['title', 'ལས་སྡེ་ཚུ་གི་ ལས་བྱེད་ཚུ་ལུ་ རྫོང་ཁ་ཡིག་དཔར་དང་ ཡིག་ཆ་ བཟོ་ཐངས་ཀྱི་ སྦྱོང་བརྡར་ རྫོང་ཁག་ ཉེར་གསུམ་ཆ་ར་ནང་ བྱིན་ནི', '6.1.2.1'],
      ['title', 'G2C ཞབས་ཏོག་ཚུ་ རྫོང་ཁ་ནང་ སྐད་བསྒྱུར་འབད་ནི (Translate G2C services into Dzongkha)', '6.2.1.1'],
      ['title', 'རྒེད་འོག་ ཞབས་ཏོག་ལྟེ་བ་ཚུ་ནང་ ཡོངས་འབྲེལ་ མཐུད་ནི', '6.2.1.2'],
    ]);
    // Each matched action differs from its own only in nothing but the code the other office left out.
    for (const match of preview.matches) expect(match.differences.map((d) => d.field).filter((f) => f !== 'code')).toEqual([]);
    await workspace.close();
  });
});
