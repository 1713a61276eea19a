// The import report saved as CSV quotes the imported file's cells: none of them may run as a formula when the report
// is opened in a spreadsheet, whatever a hostile file put before its = sign (issue 19, item 7).
import { expect, it } from 'vitest';
import type { ImportReportEntry } from '../../../../shared/domain';
import { reportCsv } from '../../../../renderer/src/import/import-model';

const entry = (read: string): ImportReportEntry => ({ sheet: 'Plan', row: 4, column: 'C', severity: 'doubt', topic: 'status', message: 'the status cell holds a sentence', read });

it.each([
  ['=HYPERLINK("http://evil","click")', `"'=HYPERLINK(""http://evil"",""click"")"`],
  [' =1+1', "' =1+1"],
  ['\u3000-2+3', "'\u3000-2+3"],
  ['＝HYPERLINK("http://evil")', `"'＝HYPERLINK(""http://evil"")"`],
  ['＋1', "'＋1"],
  ['－1', "'－1"],
  ['＠SUM(A1)', "'＠SUM(A1)"],
  ['Ongoing', 'Ongoing'],
])('the cell %j is written as %j', (read, written) => {
  const line = reportCsv([entry(read)]).split('\r\n')[1]!;
  expect(line.split(',').slice(6).join(',')).toBe(`${written},`);
});
