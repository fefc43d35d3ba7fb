import { useMemo, type ReactNode } from 'react';
import type { ChartModel } from '../model/chartOptions';
import { cardOption, chartNote } from './cardOption';
import { EChart } from './EChart';
import { ResultTable } from './ResultTable';

/**
 * A chart with its title above (and a control beside the title, e.g. a team picker) and its table
 * beside it, or below it when the card is too narrow for both (simulation.css).
 */
export function ChartCard({ model, control }: { model: ChartModel; control?: ReactNode }) {
  const option = useMemo(() => cardOption(model.option), [model.option]);
  const note = chartNote(model.option);
  const chartId = model.testIds?.chart;
  const chart = <EChart option={option} label={model.title} />;
  return (
    <section className={model.wide ? 'sp-card sp-card-wide' : 'sp-card'} data-testid="result-card" data-title={model.title} aria-label={model.title}>
      <h3 className="sp-card-title">
        <span className="sp-card-name">{model.title}</span>
        {control}
        {note && <span className="sp-card-note">{note}</span>}
      </h3>
      {chartId ? (
        <div className="sp-chart-box" data-testid={chartId}>
          {chart}
        </div>
      ) : (
        chart
      )}
      <ResultTable table={model.table} label={model.title} testId={model.testIds?.table} />
    </section>
  );
}
