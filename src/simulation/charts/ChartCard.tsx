import { useMemo, useRef, type ReactNode } from 'react';
import type { ChartModel } from '../model/chartOptions';
import { cardLegend, cardOption, chartNote, DEFAULT_CHART_WIDTH } from './cardOption';
import { EChart } from './EChart';
import { legendItems } from './legendItems';
import { LegendList } from './LegendList';
import { ResultTable } from './ResultTable';
import { useBoxWidth } from './useBoxWidth';

/**
 * A chart with its title above (and a control beside the title, e.g. a team picker) and its table
 * beside it, or below it when the card is too narrow for both (simulation.css). A legend that does
 * not fit on two rows above the plot is listed beside the chart instead; when the table's rows are
 * the chart's series (the outcomes), the table is the legend (a swatch on each row).
 */
export function ChartCard({ model, control }: { model: ChartModel; control?: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const width = useBoxWidth(box, DEFAULT_CHART_WIDTH);
  const option = useMemo(() => cardOption(model.option, width), [model.option, width]);
  const listed = useMemo(() => cardLegend(model.option, width)?.kind === 'list', [model.option, width]);
  const items = useMemo(() => (listed && !model.rowColours ? legendItems(model.option) : undefined), [listed, model.option, model.rowColours]);
  const note = chartNote(model.option);
  const chartId = model.testIds?.chart;
  return (
    <section className={model.wide ? 'sp-card sp-card-wide' : 'sp-card'} data-testid="result-card" data-title={model.title} data-legend={listed ? (items ? 'list' : 'table') : 'chart'} aria-label={model.title}>
      <h3 className="sp-card-title">
        <span className="sp-card-name">{model.title}</span>
        {control}
        {note && <span className="sp-card-note">{note}</span>}
      </h3>
      <div className="sp-chart-box" ref={box} data-testid={chartId}>
        <EChart option={option} label={model.title} />
      </div>
      {items && <LegendList items={items} label={model.title} />}
      <ResultTable table={model.table} label={model.title} testId={model.testIds?.table} swatches={model.rowColours} />
    </section>
  );
}
