// What a laid-out review pack tells whoever prints it about itself, for the PDF's bookmarks, links and properties:
// the print page knows its sections, chapters and statements and where each starts; the printer (the CLI, Save as
// PDF in the app) adds who prints it and when.

/** A place in the pack: a page (1-based), and how far down it, in points from the page's top edge. */
export interface PackPlace {
  readonly page: number;
  readonly top: number;
}

/** A bookmark: its title, where it opens, and its depth: 1 a section, 2 a chapter, 3 a policy statement. */
export interface PackBookmark extends PackPlace {
  readonly title: string;
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
  /** The places the pack's links open, by name: each contents entry (contentsDestination), each section
   *  (sectionDestination). */
  readonly destinations: Readonly<Record<string, PackPlace>>;
}

/** The named destination of contents entry `index` (0-based): where its heading is. */
export function contentsDestination(index: number): string {
  return `contents-${index + 1}`;
}

/** The named destination of a section ("chapters"): where its heading is. */
export function sectionDestination(section: string): string {
  return `section-${section}`;
}
