// The text of a string item, as a shared string (`<si>`) or an inline string (`<is>`) holds it: one `<t>`, or
// runs of rich text (`<r><t>…</t></r>`) joined, leaving out phonetic guides (`<rPh>`, furigana over Japanese).

/** Excel writes characters XML cannot hold as _xHHHH_ (a carriage return as _x000D_; "_" itself as _x005F_). */
export function excelUnescape(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

export class StringItem {
  private inText = false;
  private phoneticDepth = 0;
  private parts: string[] = [];

  open(name: string | null): void {
    if (name === 'rPh') this.phoneticDepth++;
    else if (name === 't' && this.phoneticDepth === 0) this.inText = true;
  }

  close(name: string | null): void {
    if (name === 'rPh') this.phoneticDepth--;
    else if (name === 't') this.inText = false;
  }

  text(text: string): void {
    if (this.inText) this.parts.push(text);
  }

  /** The item's text, and a fresh start for the next item. */
  take(): string {
    const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    this.parts = [];
    this.inText = false;
    this.phoneticDepth = 0;
    return excelUnescape(text);
  }
}
