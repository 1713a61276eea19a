// Writes a PDF from objects given as text (or, for streams, as their dictionary and the bytes that follow it).
// Objects other than streams go into compressed object streams (ISO 32000-1, 7.5.7) and the cross-references into a
// cross-reference stream (7.5.8): a tagged pack holds hundreds of thousands of small structure elements, which
// written plainly more than doubled the file (the 500-action pack: 2.4 MB untagged, 6.9 MB tagged, 3.1 MB so).
import { deflateSync } from 'node:zlib';

/** Objects per object stream: large enough to compress well and to keep the compressing calls few, small enough that
 *  a viewer reading one object does not inflate much more than it needs (about 60 kB). */
const OBJECTS_PER_STREAM = 500;
/** zlib's level 3: on a 10,000-action pack's structure elements, a third of level 6's time for 15% more bytes. */
const COMPRESSION = { level: 3 };

export class PdfWriter {
  private readonly chunks: Uint8Array[] = [];
  private pendingText: string[] = [];
  private length = 0;
  private nextNumber = 1;
  /** Per object number: its offset in the file (written plainly), or its object stream and index in it. */
  private readonly offsets: number[] = [];
  private readonly inStream: [number, number][] = [];
  private batch: [number, string][] = [];

  constructor(header = '%PDF-1.7') {
    // A comment of four bytes over 127 says the file holds binary data (7.5.2).
    this.write(`${header}\n%\xE2\xE3\xCF\xD3\n`);
  }

  /** A new object number. */
  allocate(): number {
    return this.nextNumber++;
  }

  /** `count` consecutive object numbers; returns the first. */
  allocateBlock(count: number): number {
    const first = this.nextNumber;
    this.nextNumber += count;
    return first;
  }

  /** An object that is not a stream, written as `value` (PDF syntax). */
  put(number: number, value: string): void {
    this.batch.push([number, value]);
    if (this.batch.length >= OBJECTS_PER_STREAM) this.writeBatch();
  }

  /** A stream: its dictionary (PDF syntax), then `rest`, the file's bytes from the end of the dictionary to the end
   *  of "endobj" (the "stream" keyword, the data, "endstream"), copied as they are. */
  putStream(number: number, dictionary: string, rest: Uint8Array): void {
    this.offsets[number] = this.length;
    this.write(`${number} 0 obj\n${dictionary}`);
    this.writeBytes(rest);
  }

  /** A stream of `data`, compressed unless it must stay readable as it is (the XMP metadata, 14.3.2). */
  putNewStream(number: number, dictionary: string, data: Uint8Array, compress: boolean): void {
    const body = compress ? deflateSync(data, COMPRESSION) : data;
    const filter = compress ? ' /Filter /FlateDecode' : '';
    this.offsets[number] = this.length;
    this.write(`${number} 0 obj\n<<${dictionary}${filter} /Length ${body.byteLength}>>\nstream\n`);
    this.writeBytes(body);
    this.write('\nendstream\nendobj\n');
  }

  /** The file, ending with its cross-reference stream and trailer naming `root`, `info` and the file `id` (hex). */
  finish(root: number, info: number, id: string): Uint8Array {
    this.writeBatch();
    const xref = this.allocate();
    const size = this.nextNumber;
    this.offsets[xref] = this.length;
    // Each entry: type (1 byte), offset or object stream number (4 bytes), generation or index (2 bytes).
    const table = new Uint8Array(size * 7);
    const view = new DataView(table.buffer);
    for (let n = 0; n < size; n += 1) {
      const at = n * 7;
      const offset = this.offsets[n];
      const stored = this.inStream[n];
      if (offset !== undefined) {
        table[at] = 1;
        view.setUint32(at + 1, offset);
      } else if (stored !== undefined) {
        table[at] = 2;
        view.setUint32(at + 1, stored[0]);
        view.setUint16(at + 5, stored[1]);
      } else view.setUint16(at + 5, n === 0 ? 0xffff : 0);
    }
    const data = deflateSync(table, COMPRESSION);
    this.write(
      `${xref} 0 obj\n<</Type /XRef /Size ${size} /W [1 4 2] /Root ${root} 0 R /Info ${info} 0 R /ID [<${id}> <${id}>] ` +
        `/Filter /FlateDecode /Length ${data.byteLength}>>\nstream\n`,
    );
    this.writeBytes(data);
    this.write(`\nendstream\nendobj\nstartxref\n${this.offsets[xref]}\n%%EOF\n`);
    this.flush();
    return Buffer.concat(this.chunks);
  }

  private writeBatch(): void {
    if (this.batch.length === 0) return;
    const number = this.allocate();
    const header: string[] = [];
    const bodies: string[] = [];
    let offset = 0;
    this.batch.forEach(([n, value], index) => {
      header.push(`${n} ${offset}`);
      bodies.push(value);
      offset += value.length + 1;
      this.inStream[n] = [number, index];
    });
    const first = header.join(' ') + '\n';
    const data = Buffer.from(first + bodies.join('\n') + '\n', 'latin1');
    this.putNewStream(number, `/Type /ObjStm /N ${this.batch.length} /First ${first.length}`, data, true);
    this.batch = [];
  }

  private write(text: string): void {
    this.pendingText.push(text);
    this.length += text.length;
  }

  private writeBytes(bytes: Uint8Array): void {
    this.flush();
    this.chunks.push(bytes);
    this.length += bytes.byteLength;
  }

  private flush(): void {
    if (this.pendingText.length === 0) return;
    this.chunks.push(Buffer.from(this.pendingText.join(''), 'latin1'));
    this.pendingText = [];
  }
}
