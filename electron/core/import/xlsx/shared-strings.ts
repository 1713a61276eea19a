// The workbook's shared strings (xl/sharedStrings.xml): cells of type "s" hold an index into this list.
import type { StreamedZip } from '../../zip/safe-zip';
import { StringItem } from './string-item';
import { readXmlPart } from './xml-part';

export function readSharedStrings(zip: StreamedZip, part: string | null, fileName: string): string[] {
  const strings: string[] = [];
  if (!part) return strings;
  const item = new StringItem();
  let inItem = false;
  readXmlPart(zip, part, fileName, 'spreadsheet', {
    open(name) {
      if (inItem) item.open(name);
      else if (name === 'si') inItem = true;
    },
    close(name) {
      if (inItem && name === 'si') {
        strings.push(item.take());
        inItem = false;
      } else if (inItem) item.close(name);
    },
    text(text) {
      if (inItem) item.text(text);
    },
  });
  return strings;
}
