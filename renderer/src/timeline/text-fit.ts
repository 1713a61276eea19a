// Fitting text into a width before it is drawn (SVG text does not cut itself with an ellipsis): measured with a
// canvas in the fonts the stylesheet uses, estimated where no canvas is at hand.
import { estimateTextWidth } from '../../../shared/timeline/tiles';

const FONT_FAMILY = "'Segoe UI', -apple-system, 'Helvetica Neue', 'Liberation Sans', Arial, sans-serif";
let context: CanvasRenderingContext2D | null | undefined;

export function textWidth(text: string, fontSize: number, weight = 400): number {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimateTextWidth(text, fontSize);
  context.font = `${weight} ${fontSize}px ${FONT_FAMILY}`;
  return context.measureText(text).width;
}

/** The text, or as much of it as fits in `width` followed by "…". */
export function fitText(text: string, width: number, fontSize: number, weight = 400): string {
  if (textWidth(text, fontSize, weight) <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (textWidth(`${text.slice(0, mid).trimEnd()}…`, fontSize, weight) <= width) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '' : `${text.slice(0, low).trimEnd()}…`;
}
