// The PDF syntax the join reads and writes, and how it rewrites one object of a part: the cases Chromium's parts hold
// (references alone or in arrays and dictionaries, strings with parentheses, hex strings, parent tree keys, ids).
import { describe, expect, it } from 'vitest';
import { parseValue, pdfDate, PdfRef, PdfString, textString, valueEnd, writeValue } from '../../../electron/core/reports/pdf/pdf-syntax';
import { renumberValue } from '../../../electron/core/reports/pdf/renumber';

describe('PDF values', () => {
  it.each([
    ['12 0 R', 6],
    ['12 0 R ', 6],
    ['12', 2],
    ['/Name /Other', 5],
    ['(a (nested) string \\) with an escape) /Next', 37],
    ['<FEFF0041> /Next', 10],
    ['<</K [1 0 R 2] /A <</O /Table>>>> trailing', 33],
    ['[(]) <5D> [1 [2]]] next', 18],
  ])('%s ends at %i', (text, end) => {
    expect(valueEnd(text, 0)).toBe(end);
  });

  it('reads dictionaries, arrays, references, names, numbers, strings and keywords', () => {
    const { value, end } = parseValue(' <</Type /StructElem /K [3 0 R 4 (x) <AB> 1.5 -2] /Alt (a \\(b\\)) /Open true /Nothing null>> endobj', 0);
    const dict = value as Map<string, unknown>;
    expect(dict.get('/Type')).toBe('/StructElem');
    expect(dict.get('/K')).toEqual([new PdfRef(3), 4, new PdfString('(x)'), new PdfString('<AB>'), 1.5, -2]);
    expect((dict.get('/Alt') as PdfString).written).toBe('(a \\(b\\))');
    expect(dict.get('/Open')).toBe(true);
    expect(dict.get('/Nothing')).toBeNull();
    expect(end).toBe(' <</Type /StructElem /K [3 0 R 4 (x) <AB> 1.5 -2] /Alt (a \\(b\\)) /Open true /Nothing null>>'.length);
    expect(writeValue(value)).toBe('<</Type /StructElem /K [3 0 R 4 (x) <AB> 1.5 -2] /Alt (a \\(b\\)) /Open true /Nothing null>>');
  });

  it('writes any text as a UTF-16 hex string, and dates in UTC', () => {
    expect(textString('Aé—')).toBe('<FEFF004100E92014>');
    expect(pdfDate(new Date('2020-12-15T09:05:03.250Z'))).toBe('(D:20201215090503Z)');
  });
});

describe('rewriting an object of a part for the joined file', () => {
  const renumbering = { objectNumber: (n: number) => n + 1000, keyOffset: 50, idPrefix: 'p2-' };

  it('renumbers references, moves parent tree keys, and prefixes element ids and the headers naming them', () => {
    const text = '<</Type /StructElem /S /TD /P 7 0 R /Pg 3 0 R /K [0 1 <</Type /MCR /MCID 2 /Pg 4 0 R>>] /ID (node00000021) /A [<</O /Table /Headers [(node00000019) (node00000020)]>> <</O /Table /ColSpan 2>>]>>';
    expect(renumberValue(text, 0, renumbering).value).toBe(
      '<</Type /StructElem /S /TD /P 1007 0 R /Pg 1003 0 R /K [0 1 <</Type /MCR /MCID 2 /Pg 1004 0 R>>] /ID (p2-node00000021) /A [<</O /Table /Headers [(p2-node00000019) (p2-node00000020)]>> <</O /Table /ColSpan 2>>]>>',
    );
    expect(renumberValue('<</Type /Page /Parent 2 0 R /StructParents 4 /Annots [9 0 R]>>', 0, renumbering).value).toBe('<</Type /Page /Parent 1002 0 R /StructParents 54 /Annots [1009 0 R]>>');
    expect(renumberValue('<</Type /Annot /Subtype /Link /StructParent 0 /Dest /page-12>>', 0, renumbering).value).toBe('<</Type /Annot /Subtype /Link /StructParent 50 /Dest /page-12>>');
  });

  it('keeps other strings as written, even one that reads like a reference or a key', () => {
    const text = '<</Alt (Chart: 12 0 R /StructParents 3 /ID (x)) /T <FEFF0031> /ActualText (node00000001)>>';
    expect(renumberValue(text, 0, renumbering).value).toBe(text);
  });

  it('says where the value ended, so that a stream\'s data is left alone', () => {
    const text = '<</Length 5 /Filter /FlateDecode>> stream\n12 0 R\nendstream';
    const { value, end } = renumberValue(text, 0, renumbering);
    expect(value).toBe('<</Length 5 /Filter /FlateDecode>>');
    expect(text.slice(end)).toBe(' stream\n12 0 R\nendstream');
  });
});
