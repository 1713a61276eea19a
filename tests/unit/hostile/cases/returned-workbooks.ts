// Returned update workbooks (issue 19, item 2): read as a stream, up to the last row with a value, never past a row
// limit far above any real workbook.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate } from 'fflate';
import { expect } from 'vitest';
import type { ReviewFile } from '../../../../shared/domain';
import type { HostileCase } from '../bench';
import { fillIn, loadWorkbook } from '../../exchange/support';

/** The worksheet part that holds the Update sheet, through the workbook's relationships. */
export function updateSheetPart(parts: Record<string, Uint8Array>): string {
  const sheet = /<sheet [^>]*name="Update"[^>]*r:id="([^"]+)"/.exec(strFromU8(parts['xl/workbook.xml']!));
  const target = sheet && new RegExp(`<Relationship [^>]*Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(strFromU8(parts['xl/_rels/workbook.xml.rels']!));
  if (!target) throw new Error('no Update sheet in the sent workbook');
  return target[1]!.startsWith('/') ? target[1]!.slice(1) : `xl/${target[1]}`;
}

export const RETURNED_WORKBOOK_CASES: readonly HostileCase[] = [
  {
    name: 'a returned workbook padded with 1,048,576 rows of styled empty cells is read to its last value, quickly',
    start: 'sent',
    entry: 'receive',
    make: async ({ folder, sentWorkbook }) => {
      const workbook = await loadWorkbook(sentWorkbook!);
      fillIn(workbook, [{ code: '5.1.1.1', cells: { 'Status now': 'Completed' } }]);
      const filled = join(folder, 'filled.xlsx');
      await workbook.xlsx.writeFile(filled);
      const parts = unzipSync(new Uint8Array(readFileSync(filled)));
      const part = updateSheetPart(parts);
      const [head, tail] = strFromU8(parts[part]!).replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:N1048576"/>').split('</sheetData>');
      // Every row to Excel's last, each with formatted cells and nothing in them, as "format to the end" leaves it;
      // deflated as it is made, 10,000 rows at a time.
      const padded = join(folder, 'MoIC - padded.xlsx');
      const out: Uint8Array[] = [];
      const zip = new Zip((error, chunk) => {
        if (error) throw error;
        out.push(chunk);
      });
      for (const [name, bytes] of Object.entries(parts)) {
        const entry = new ZipDeflate(name, { level: 1 });
        zip.add(entry);
        if (name !== part) {
          entry.push(bytes, true);
          continue;
        }
        entry.push(strToU8(head!));
        for (let from = 20; from <= 1_048_576; from += 10_000) {
          const rows: string[] = [];
          for (let r = from; r < Math.min(from + 10_000, 1_048_577); r++) rows.push(`<row r="${r}" s="1" customFormat="1"><c r="A${r}" s="1"/><c r="K${r}" s="1"/></row>`);
          entry.push(strToU8(rows.join('')));
        }
        entry.push(strToU8(`</sheetData>${tail}`), true);
      }
      zip.end();
      writeFileSync(padded, Buffer.concat(out));
      return padded;
    },
    expect: {
      outcome: (value) => {
        const file = value as ReviewFile;
        expect(file.groups.flatMap((g) => g.changes.map((c) => [g.code, c.field, c.newValue]))).toEqual([['5.1.1.1', 'status', 'Completed']]);
        expect(file.problems.map((p) => p.message)).toContain(
          'the sheet goes on past row 100,000 (rows of empty formatted cells, most likely); nothing from row 100,001 on was read, since no update workbook is that long',
        );
      },
    },
  },
];
