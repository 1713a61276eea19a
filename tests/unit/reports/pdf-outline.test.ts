// The joined pack's outline and properties: bookmarks nested by level with the counts viewers read to open them,
// and the information dictionary and XMP packet saying the same, with what people type escaped.
import { describe, expect, it } from 'vitest';
import type { PackBookmark } from '../../../shared/printed-pack';
import { informationDictionary, xmpPacket } from '../../../electron/core/reports/pdf/document-info';
import { outlineObjects } from '../../../electron/core/reports/pdf/outline';
import { parseValue, textString } from '../../../electron/core/reports/pdf/pdf-syntax';

const BOOKMARKS: PackBookmark[] = [
  { title: 'Contents', page: 2, top: 0, level: 1 },
  { title: 'Chapter detail', page: 6, top: 0, level: 1 },
  { title: '5.1 Digital by Default', page: 6, top: 0, level: 2 },
  { title: '5.1.1 RGoB shall go digital', page: 6, top: 0, level: 3 },
  { title: '5.1.2 Services online', page: 7, top: 0, level: 3 },
  { title: '5.2 Shared ICT Assets', page: 9, top: 0, level: 2 },
  { title: 'Annex: agencies', page: 20, top: 0, level: 1 },
];

describe('the outline', () => {
  const counter = { next: 100 };
  const built = outlineObjects(BOOKMARKS, (bookmark) => `[${bookmark.page} 0 R /Fit]`, () => counter.next++)!;
  const items = new Map(built.objects.map(([number, value]) => [number, parseValue(value, 0).value as Map<string, unknown>]));
  const byTitle = (title: string) => [...items].find(([, item]) => item.get('/Title') !== undefined && String((item.get('/Title') as { written: string }).written) === textString(title))!;

  it('nests chapters under their section and statements under their chapter, in order', () => {
    const [detail] = byTitle('Chapter detail');
    const [chapter] = byTitle('5.1 Digital by Default');
    const [, statement] = byTitle('5.1.2 Services online');
    expect(String(statement.get('/Parent'))).toBe(`${chapter} 0 R`);
    expect(String(items.get(chapter)!.get('/Parent'))).toBe(`${detail} 0 R`);
    expect(String(items.get(built.root)!.get('/First'))).toBe(`${byTitle('Contents')[0]} 0 R`);
    expect(String(items.get(built.root)!.get('/Last'))).toBe(`${byTitle('Annex: agencies')[0]} 0 R`);
    expect(String(items.get(byTitle('5.2 Shared ICT Assets')[0])!.get('/Prev'))).toBe(`${chapter} 0 R`);
  });

  it('opens the sections showing their chapters, the chapters closed over their statements', () => {
    expect(items.get(built.root)!.get('/Count')).toBe(5);
    expect(byTitle('Chapter detail')[1].get('/Count')).toBe(2);
    expect(byTitle('5.1 Digital by Default')[1].get('/Count')).toBe(-2);
    expect(byTitle('5.2 Shared ICT Assets')[1].has('/Count')).toBe(false);
  });

  it('opens each bookmark at its page', () => {
    expect(byTitle('5.1.2 Services online')[1].get('/Dest')).toEqual(parseValue("[7 0 R /Fit]", 0).value);
    expect(outlineObjects([], () => '', () => 0)).toBeNull();
  });
});

describe('the properties', () => {
  const properties = {
    title: 'Steering committee review pack — e-Governance <plan> & "policy"',
    author: 'Sonam Choden',
    subject: '12th Steering Committee · 15 December 2020',
    keywords: ['e-Governance plan', 'FY 2020-21'],
    language: 'en',
    createdAt: new Date('2020-12-01T09:30:00.500Z'),
    producer: 'PlanDesk 1.2.3',
  };

  it('writes the information dictionary as text strings, leaving out what is empty', () => {
    const info = parseValue(informationDictionary(properties), 0).value as Map<string, { written: string }>;
    expect(info.get('/Title')!.written).toBe(textString(properties.title));
    expect(info.get('/Keywords')!.written).toBe(textString('e-Governance plan; FY 2020-21'));
    expect(info.get('/Producer')!.written).toBe(textString('PlanDesk 1.2.3'));
    expect(info.get('/CreationDate')!.written).toBe('(D:20201201093000Z)');
    expect((parseValue(informationDictionary({ ...properties, subject: ' ' }), 0).value as Map<string, unknown>).has('/Subject')).toBe(false);
  });

  it('says the same in XMP, escaped', () => {
    const xmp = Buffer.from(xmpPacket(properties)).toString('utf8');
    expect(xmp).toContain('Steering committee review pack — e-Governance &lt;plan&gt; &amp; &quot;policy&quot;');
    expect(xmp).toContain('<dc:creator><rdf:Seq><rdf:li>Sonam Choden</rdf:li></rdf:Seq></dc:creator>');
    expect(xmp).toContain('<dc:subject><rdf:Bag><rdf:li>e-Governance plan</rdf:li><rdf:li>FY 2020-21</rdf:li></rdf:Bag></dc:subject>');
    expect(xmp).toContain('<xmp:CreateDate>2020-12-01T09:30:00Z</xmp:CreateDate>');
    expect(xmp).toMatch(/^<\?xpacket begin="\uFEFF"/);
    expect(xmp).toMatch(/<\?xpacket end="w"\?>$/);
  });
});
