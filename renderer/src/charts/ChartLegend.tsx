// A chart's key: for each series its swatch (colour and pattern), its shape where it has one (a status's icon, a
// rating's shape) and its word, so that no series is told by colour alone.
import type { ReactNode } from 'react';
import { Swatch, type SeriesFill } from './patterns';
import './charts.css';

export interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly icon?: ReactNode;
}

export function ChartLegend({ items, fills, label }: { items: readonly LegendItem[]; fills: readonly SeriesFill[]; label: string }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className="chart-legend__item">
          <Swatch fills={fills} fillKey={item.key} />
          {item.icon}
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
