// Codes in columns of their own ("Code", "Action No.") are joined to the text of their level; without a column
// for a level, a row's level is told by its code's depth ("5.1" in the Action column is a chapter).
import type { ImportField } from '../headers';
import { readLeadingCode } from '../codes';
import type { CodeDepths } from '../realign';
import { LEVELS, type Level } from './code-depths';
import type { RowRecord } from './row-record';

export function bindCodes(record: RowRecord, fields: readonly (ImportField | null)[], depths: CodeDepths, headerFields: ReadonlySet<ImportField>): void {
  for (const code of record.codes) {
    let level: Level | null = null;
    for (let c = code.column + 1; c < Math.min(fields.length, code.column + 3); c++) {
      const f = fields[c];
      if (f === 'chapter' || f === 'statement' || f === 'action') {
        level = f;
        break;
      }
    }
    const codeColumns = fields.filter((f) => f === 'code').length;
    if (!level || codeColumns === 1) level = [...LEVELS].reverse().find((l) => record.fields[l]) ?? level ?? 'action';
    const target = record.fields[level];
    record.fields[level] = { text: target ? `${code.text.trim()} ${target.text}` : code.text.trim(), column: target?.column ?? code.column };
  }
  for (const level of LEVELS) {
    const cell = record.fields[level];
    if (!cell) continue;
    const code = readLeadingCode(cell.text);
    if (!code) continue;
    const byDepth = LEVELS.find((l) => depths[l] === code.depth);
    if (byDepth && byDepth !== level && !headerFields.has(byDepth) && !record.fields[byDepth]) {
      record.fields[byDepth] = cell;
      delete record.fields[level];
    }
  }
}
