// Pasting a block of cells copied from a spreadsheet: the clipboard holds tab-separated text, one line per row,
// with quoted cells where a cell holds a tab, a quote or a line break (as Excel and LibreOffice write it).

/** Reads tab-separated clipboard text into rows of cells. A trailing line break does not make an empty row. */
export function parseClipboardTable(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const source = text.replace(/\r\n?/g, '\n');
  let atCellStart = true;
  while (i < source.length) {
    const ch = source[i]!;
    if (atCellStart && ch === '"') {
      // A quoted cell: up to the closing quote; "" is a quote.
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < source.length) {
        if (source[j] === '"') {
          if (source[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = true;
          j += 1;
          break;
        }
        value += source[j];
        j += 1;
      }
      // Only a quote that closes right before a separator makes a quoted cell; otherwise the quote is text.
      if (closed && (j === source.length || source[j] === '\t' || source[j] === '\n')) {
        cell = value;
        i = j;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += ch;
    }
    i += 1;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
