import { useMemo } from 'react';
import type { ChartModel } from '../model/chartOptions';
import { cardOption, chartNote } from './cardOption';
import { EChart } from './EChart';
import { ResultTable } from './ResultTable';

/** A chart with its title above and its table beside it. */
export function ChartCard({ model }: { model: ChartModel }) {
  const option = useMemo(() => cardOption(model.option), [model.option]);
  const note = chartNote(model.option);
  return (
    <section className="sp-card" data-testid="result-card" data-title={model.title} aria-label={model.title}>
      <h3 className="sp-card-title">
        {model.title}
        {note && <span className="sp-card-note">{note}</span>}
      </h3>
      <EChart option={option} label={model.title} />
      <ResultTable table={model.table} label={model.title} />
    </section>
  );
}
