// File names made from what people typed (a plan's title, an agency's name, a period's label).

/** A name every file system accepts: no reserved or control characters, no leading or trailing dots, 80 at most. */
export function safeFileName(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what file names must not hold
  const cleaned = text.replace(/[<>:"/\\|?*\u0000-\u001f]+/g, '-').replace(/\s+/g, ' ').trim().replace(/^[.-]+|[.-]+$/g, '');
  return cleaned.slice(0, 80) || 'agency';
}

/**
 * The name of a file without the folders of its path, whichever system wrote it ("C:\Users\karma\plan.xlsx" →
 * "plan.xlsx"): the history says which file a change came from, never where it lay on someone's disk.
 */
export function fileNameOf(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
