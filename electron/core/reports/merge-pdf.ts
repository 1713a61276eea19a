// Joins the parts of a long review pack into one PDF. Chromium prints a document of thousands of pages slowly
// (its print layout grows faster than the page count) and past some size fails ("Printing failed"); printed in
// parts of a few hundred pages, each part is quick, and the parts keep their global "Page X of Y".
import { PDFDocument } from 'pdf-lib';

export async function mergePdfParts(parts: readonly Uint8Array[], title: string): Promise<Uint8Array> {
  if (parts.length === 1) return parts[0]!;
  const merged = await PDFDocument.create();
  for (const part of parts) {
    const source = await PDFDocument.load(part);
    const pages = await merged.copyPages(source, source.getPageIndices());
    for (const page of pages) merged.addPage(page);
  }
  merged.setTitle(title);
  merged.setProducer('PlanDesk');
  // Object streams keep the file small; pdf-lib writes them in one pass.
  return merged.save({ useObjectStreams: true });
}
