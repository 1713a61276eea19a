// What a review pack is made of before it is cut into pages: sections of blocks. An atom never splits
// (a heading, a paragraph, a chart); a table splits between rows and repeats its header on each page.
import type { CSSProperties, ReactNode } from 'react';
import type { ReportSectionId } from '../../../shared/domain';
import type { Sheet } from './geometry';

export interface TocEntry {
  readonly level: 1 | 2;
  readonly title: string;
}

export interface AtomBlock {
  readonly kind: 'atom';
  readonly key: string;
  readonly node: ReactNode;
  /** A heading: never the last thing on a page. */
  readonly keepWithNext?: boolean;
  /** A contents entry pointing at the page where this block starts. */
  readonly toc?: TocEntry;
}

export interface TableColumn {
  readonly label: ReactNode;
  /** A CSS width (mm or %): tables are laid out fixed, so a row's height depends on that row alone. */
  readonly width: string;
  readonly align?: 'right' | 'center';
}

export interface TableRow {
  readonly key: string;
  /** One node per column, or a single full-width group row (a policy statement). */
  readonly cells: readonly ReactNode[] | { readonly group: ReactNode };
  /** Columns each cell spans, where some span more than one (the indicator lines span four). */
  readonly spans?: readonly number[];
  readonly className?: string | undefined;
  /** Must not end a page: an action row above its remarks line. (Group rows always keep with their next.) */
  readonly keepWithNext?: boolean;
  /** A bookmark in the PDF's outline for long packs, under the section's last contents entry (a policy statement). */
  readonly bookmark?: string;
}

export interface TableBlock {
  readonly kind: 'table';
  readonly key: string;
  readonly caption?: string;
  readonly className?: string;
  readonly style?: CSSProperties;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

export type Block = AtomBlock | TableBlock;

export interface FlowSection {
  readonly id: ReportSectionId;
  /** Shown in the running header and, unless null, in the contents. */
  readonly title: string;
  readonly inContents: boolean;
  readonly sheet: Sheet;
  readonly newPage: boolean;
  /** A page without running header and footer: the cover. */
  readonly bare?: boolean;
  readonly blocks: readonly Block[];
}

export function isGroupRow(row: TableRow): row is TableRow & { cells: { group: ReactNode } } {
  return !Array.isArray(row.cells);
}
