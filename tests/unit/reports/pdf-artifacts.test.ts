// Page content outside any marked content becomes an artifact: the runs Chromium leaves unmarked (a page's
// background, its running header and footer), in content as Skia writes it, and nothing else.
import { describe, expect, it } from 'vitest';
import { markArtifacts } from '../../../electron/core/reports/pdf/artifacts';

const HEADER = 'q\n1 1 1 rg\n0 0 794 1123 re\nf\nQ\nBT\n/F4 9 Tf\n<0036> Tj\nET\n';
const TAGGED = '/P <</MCID 0 >>BDC\nBT\n/F4 12 Tf\n<002b> Tj\nET\nEMC\n';

describe('marking unmarked content as artifacts', () => {
  it('wraps each run that paints outside marked content, before, between and after the tagged content', () => {
    const content = `${HEADER}${TAGGED}q\n0 0 1 rg\n10 10 5 5 re\nf\nQ\n/Span <</MCID 1 >>BDC\n<0044> Tj\nEMC\nBT\n<0031> Tj\nET\n`;
    expect(markArtifacts(content)).toBe(
      `/Artifact BMC\n${HEADER}EMC\n${TAGGED}/Artifact BMC\nq\n0 0 1 rg\n10 10 5 5 re\nf\nQ\nEMC\n/Span <</MCID 1 >>BDC\n<0044> Tj\nEMC\n/Artifact BMC\nBT\n<0031> Tj\nET\nEMC\n`,
    );
  });

  it('leaves alone what paints nothing, what is tagged inside nested sequences, and content already all tagged', () => {
    expect(markArtifacts(`q\n1 0 0 1 0 0 cm\n${TAGGED}Q\n`)).toBeNull();
    expect(markArtifacts(`/Div <</MCID 0 >>BDC\n/Span BMC\n<0041> Tj\nEMC\nf\nEMC\n`)).toBeNull();
  });

  it('leaves a stream as it was when its marked content does not nest evenly, or a run would cut a text object', () => {
    expect(markArtifacts(`${HEADER}EMC\n`)).toBeNull();
    expect(markArtifacts(`${HEADER}/P <</MCID 0 >>BDC\n`)).toBeNull();
    expect(markArtifacts(`BT\n<0041> Tj\n/P <</MCID 0 >>BDC\n<0042> Tj\nEMC\nET\n`)).toBeNull();
  });

  it('reads operators, not words that end alike', () => {
    expect(markArtifacts(`/XEMC gs\n${HEADER}`)).toBe(`/Artifact BMC\n/XEMC gs\n${HEADER}EMC\n`);
  });
});
