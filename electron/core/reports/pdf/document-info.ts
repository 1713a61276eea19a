// The pack's properties, twice as PDF readers look for them: the document information dictionary (ISO 32000-1,
// 14.3.3) and the XMP metadata stream (14.3.2) saying the same.
import { pdfDate, textString } from './pdf-syntax';

export interface DocumentProperties {
  readonly title: string;
  /** Who printed the pack. */
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly language: string;
  readonly createdAt: Date;
  /** "PlanDesk 1.2.3" */
  readonly producer: string;
}

/** The information dictionary, in PDF syntax. Empty properties are left out. */
export function informationDictionary(properties: DocumentProperties): string {
  const entries: [string, string][] = [
    ['/Title', properties.title],
    ['/Author', properties.author],
    ['/Subject', properties.subject],
    ['/Keywords', properties.keywords.join('; ')],
    ['/Creator', properties.producer],
    ['/Producer', properties.producer],
  ];
  const date = pdfDate(properties.createdAt);
  return `<<${entries
    .filter(([, value]) => value.trim() !== '')
    .map(([key, value]) => `${key} ${textString(value)}`)
    .join(' ')} /CreationDate ${date} /ModDate ${date}>>`;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The XMP packet (UTF-8), with the same title, author, subject, keywords, dates and producer. */
export function xmpPacket(properties: DocumentProperties): Uint8Array {
  const date = `${properties.createdAt.toISOString().slice(0, 19)}Z`;
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(text)}</rdf:li></rdf:Alt>`;
  const lines = [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(properties.title)}</dc:title>`,
    ...(properties.author.trim() !== '' ? [`<dc:creator><rdf:Seq><rdf:li>${xml(properties.author)}</rdf:li></rdf:Seq></dc:creator>`] : []),
    ...(properties.subject.trim() !== '' ? [`<dc:description>${alt(properties.subject)}</dc:description>`] : []),
    ...(properties.keywords.length > 0 ? [`<dc:subject><rdf:Bag>${properties.keywords.map((k) => `<rdf:li>${xml(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>`] : []),
    `<dc:language><rdf:Bag><rdf:li>${xml(properties.language)}</rdf:li></rdf:Bag></dc:language>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${xml(properties.producer)}</xmp:CreatorTool>`,
    `<pdf:Producer>${xml(properties.producer)}</pdf:Producer>`,
    ...(properties.keywords.length > 0 ? [`<pdf:Keywords>${xml(properties.keywords.join('; '))}</pdf:Keywords>`] : []),
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ];
  return Buffer.from(lines.join('\n'), 'utf8');
}
