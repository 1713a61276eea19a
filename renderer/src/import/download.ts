// Offering a file the page made (the import report as CSV) for download: the one part of the import dialog's
// helpers that needs the DOM, kept apart so that import-model.ts stays plain and unit-tested.

/** Offers text as a download through a Blob link: the same in the desktop app and the browser. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
