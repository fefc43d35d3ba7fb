import type { LegendItem } from './legendItems';

/** A chart's legend as a compact list beside (or under) the chart: every item, none paged away. */
export function LegendList({ items, label }: { items: LegendItem[]; label: string }) {
  return (
    <ul className="sp-legend-list" aria-label={`${label}: legend`} data-testid="chart-legend-list">
      {items.map((i) => (
        <li key={i.name} title={i.name}>
          <span className="sp-swatch" style={{ background: i.colour }} data-colour={i.colour} aria-hidden="true" />
          {i.name}
        </li>
      ))}
    </ul>
  );
}
