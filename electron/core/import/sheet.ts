// A sheet as the import reads it, whatever file it came from: cell texts by row, merged areas and unreadable cells.
// Apart from read-cells.ts and read-xlsx.ts so that neither has to import the other for it.
export interface MergedRange {
  /** 0-based, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Sheet {
  /** The worksheet's name; null for TSV and CSV files. */
  readonly name: string | null;
  readonly rows: string[][];
  /** Merged areas: only their top-left cell holds the text. */
  readonly merges: readonly MergedRange[];
  /** Cells a spreadsheet could not compute (error values, formulas without a saved result). */
  readonly problems: readonly { readonly row: number; readonly column: number; readonly problem: string }[];
  /** A workbook's sheet may be hidden from its readers (or very hidden: only a program shows it). */
  readonly state: 'visible' | 'hidden' | 'veryHidden';
}
