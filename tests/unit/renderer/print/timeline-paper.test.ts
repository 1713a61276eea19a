// The pack's timeline pages on A3: twice the A4 page, the same text size, so that more years sit side by side on a
// page and more actions one under the other; the rest of the pack keeps its paper. Each page names its own sheet.
import { describe, expect, it } from 'vitest';
import { pageBox, pageRules } from '../../../../renderer/src/print/geometry';
import { packTimelinePage } from '../../../../renderer/src/print/timeline-geometry';
import { PRINT_LABEL_FONT, tileTimeline, type TimelinePrintLayout } from '../../../../shared/timeline/tiles';

/** Fourteen years: more than an A4 page shows at once. */
const SPAN = { first: '2018-01', last: '2031-12' };

describe('the timeline pages on A3', () => {
  it('are an A3 sheet turned, whatever the pack’s paper, and named as such for the printer', () => {
    expect(pageBox('A4', 'a3-landscape')).toMatchObject({ widthMm: 420, heightMm: 297 });
    expect(pageBox('Letter', 'a3-landscape')).toMatchObject({ widthMm: 420, heightMm: 297 });
    expect(pageBox('A4', 'landscape')).toMatchObject({ widthMm: 297, heightMm: 210 });
    expect(pageBox('A4', 'portrait')).toMatchObject({ widthMm: 210, heightMm: 297 });
    expect(pageRules('A4')).toContain('@page a3-landscape { size: A3 landscape; margin: 0; }');
    expect(pageRules('A4')).toContain('@page landscape { size: A4 landscape; margin: 0; }');
    // A part starting on a timeline page is laid out at its size from the start.
    expect(pageRules('Letter', 'a3-landscape')).toMatch(/^@page \{ size: A3 landscape; margin: 0; \}/);
  });

  it('fit more months across and more rows down than A4, with labels still at 8 pt or more', () => {
    const a4 = packTimelinePage('A4', 'landscape');
    const a3 = packTimelinePage('A4', 'a3-landscape');
    for (const page of [a4, a3]) expect(PRINT_LABEL_FONT * page.pointsPerUnit).toBeGreaterThanOrEqual(8);
    // The same size of text: the same points per unit, on a drawing that many units larger.
    expect(a3.pointsPerUnit).toBeCloseTo(a4.pointsPerUnit, 2);
    expect(a3.geometry.pageWidth / a4.geometry.pageWidth).toBeGreaterThan(1.4);

    const onA4 = { layout: tileTimeline([], SPAN, a4.geometry) };
    const onA3 = { layout: tileTimeline([], SPAN, a3.geometry) };
    const monthsPerPage = (layout: TimelinePrintLayout) => Math.max(...layout.columns.map((c) => (Number(c.last.slice(0, 4)) - Number(c.first.slice(0, 4)) + 1) * 12));
    expect(monthsPerPage(onA3.layout)).toBeGreaterThan(monthsPerPage(onA4.layout));
    expect(onA3.layout.columns.length).toBeLessThan(onA4.layout.columns.length);
    expect(onA3.layout.rowsPerPage).toBeGreaterThan(onA4.layout.rowsPerPage * 1.3);
    console.info(
      `A4: ${onA4.layout.columns.length} columns of up to ${monthsPerPage(onA4.layout)} months, ${onA4.layout.rowsPerPage} rows a page; ` +
        `A3: ${onA3.layout.columns.length} of up to ${monthsPerPage(onA3.layout)}, ${onA3.layout.rowsPerPage} rows; labels ${(PRINT_LABEL_FONT * a3.pointsPerUnit).toFixed(2)} pt`,
    );
  });
});
