// What a laid-out review pack tells whoever prints it about itself, for the PDF's bookmarks and properties: the print
// page knows its sections, chapters and statements and the page each starts on; the printer (the CLI, Save as PDF in
// the app) adds who prints it and when.

/** A bookmark: its title, the page it opens (1-based), and its depth: 1 a section, 2 a chapter, 3 a policy statement. */
export interface PackBookmark {
  readonly title: string;
  readonly page: number;
  readonly level: 1 | 2 | 3;
}

export interface PackDescription {
  /** The document's title, shown in the viewer's title bar. */
  readonly title: string;
  /** The meeting and its date, where the pack names them. */
  readonly subject: string;
  /** The plan and the reporting period. */
  readonly keywords: readonly string[];
  /** The language of the pack's text (BCP 47). */
  readonly language: string;
  readonly bookmarks: readonly PackBookmark[];
}

/** The named destination of page `page` (1-based), which the pack's links (contents, references) name: "#page-12". */
export function pageDestination(page: number): string {
  return `page-${page}`;
}
