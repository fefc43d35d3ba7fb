import { useMemo } from 'react';
import type { Journey } from '../../../runtime/model/journey';
import type { SimulationResult } from '../../../runtime/sim';
import { formatCurrency } from '../../settings/currency';
import { EChart } from '../charts/EChart';
import { comparisonName, experimentChartOption } from '../model/experimentChart';
import { experimentsModel, journeyHasSplit, type ExperimentModel } from '../model/experimentsModel';
import { aboutCount } from '../model/experimentSentence';
import { formatCount, formatPercent, formatPoints } from '../model/formatNumbers';
import './experiments.css';

const interval = (c: { ci95: [number, number] }) => `${formatPoints(c.ci95[0])} to ${formatPoints(c.ci95[1])}`;
const pValue = (p: number) => (p < 0.001 ? '< 0.001' : p.toFixed(3));

/**
 * The Experiments view of the results: per split of the run (the result's `experiments`), its
 * variants side by side, each comparison's difference with its 95% interval as a bar with error
 * bars, and the comparison in a plain sentence (experimentSentence.ts). A hint when there is none.
 */
export function ExperimentsView({ journey, result, currency }: { journey: Journey; result: SimulationResult; currency: string }) {
  const models = useMemo(() => experimentsModel(journey, result), [journey, result]);
  if (models.length === 0) {
    const hasSplit = journeyHasSplit(journey);
    return (
      <div className="ws-panel-empty xv-empty" data-testid="experiments-empty">
        {hasSplit
          ? 'This run has no experiment: it was made before the journey had its split. Run the simulation again to compare the variants.'
          : 'This journey has no experiment. Select an edge on the map and run “Journey: Add Experiment Here” from the command palette: half of the customers then take a copy of the next step, to compare.'}
      </div>
    );
  }
  return (
    <section className="dl-view xv-view" data-testid="experiments-view" aria-label="Experiments">
      <p className="dl-scope" data-testid="results-scope">
        <span className="dl-scope-head">Each experiment’s variants on the same customers, and the live test it would take to see the difference</span>
        <span className="dl-scope-note">All customers</span>
      </p>
      <div className="xv-list" role="region" aria-label="Experiments of the run" tabIndex={0}>
        {models.map((m) => (
          <ExperimentCard key={m.splitId} model={m} currency={currency} />
        ))}
      </div>
    </section>
  );
}

function ExperimentCard({ model: m, currency }: { model: ExperimentModel; currency: string }) {
  const option = useMemo(() => experimentChartOption(m.comparisons), [m.comparisons]);
  const titleId = `experiment-title-${m.splitId}`;
  return (
    <section className="xv-card" data-testid="experiment" data-split={m.splitId} aria-labelledby={titleId}>
      <h3 className="xv-title" id={titleId}>
        <span className="xv-name">{m.label}</span>
        <span className="sp-card-note">goal: {m.goalText}</span>
      </h3>
      {m.comparisons.map((c) => (
        <p key={`${c.variant}-${c.against}`} className="xv-sentence" data-testid="experiment-sentence" data-variant={c.variant} data-against={c.against} data-verdict={c.sentence.verdict}>
          {c.sentence.text}
        </p>
      ))}
      <div className="xv-body">
        <div className="xv-chart" data-testid="experiment-chart" style={{ height: 96 + 44 * m.comparisons.length }}>
          <EChart option={option} label={`${m.label}: each variant’s difference in goal share with its 95% interval`} />
        </div>
        <div className="xv-tables">
          <table className="sp-table xv-table" data-testid="experiment-variants" aria-label={`${m.label}: the variants side by side`}>
            <thead>
              <tr>
                <th scope="col">Variant</th>
                {m.variants.map((v) => (
                  <th key={v.id} scope="col" className="sp-num" data-testid="experiment-variant" data-variant={v.id} data-customers={v.customers} data-goal-share={v.goalShare} data-value={v.valuePerCustomer} data-holdout={v.holdout}>
                    {v.name}
                    {v.holdout && <span className="xv-tag">holdout</span>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Leads to</th>
                {m.variants.map((v) => (
                  <td key={v.id} className="sp-num xv-leads">
                    {v.leadsTo ?? '–'}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">Weight</th>
                {m.variants.map((v) => (
                  <td key={v.id} className="sp-num">
                    {formatPercent(v.weightShare, 0)}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">Customers</th>
                {m.variants.map((v) => (
                  <td key={v.id} className="sp-num">
                    {formatCount(v.customers)}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">Goal share</th>
                {m.variants.map((v) => (
                  <td key={v.id} className="sp-num">
                    {formatPercent(v.goalShare)}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">Value per customer</th>
                {m.variants.map((v) => (
                  <td key={v.id} className="sp-num">
                    {formatCurrency(v.valuePerCustomer, currency)}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
          <table className="sp-table xv-table" data-testid="experiment-comparisons" aria-label={`${m.label}: each comparison with its 95% interval`}>
            <thead>
              <tr>
                <th scope="col">Comparison</th>
                <th scope="col" className="sp-num">
                  Difference
                </th>
                <th scope="col" className="sp-num">
                  95% interval
                </th>
                <th scope="col" className="sp-num" title="Two-sided p-value of the two-proportion test">
                  p-value
                </th>
                <th scope="col" className="sp-num" title="Customers per variant for 80% power at α = 0.05 to see this difference">
                  Customers needed
                </th>
              </tr>
            </thead>
            <tbody>
              {m.comparisons.map((c) => (
                <tr key={`${c.variant}-${c.against}`} data-testid="experiment-comparison" data-variant={c.variant} data-against={c.against} data-diff={c.diff} data-low={c.ci95[0]} data-high={c.ci95[1]} data-needed={c.customersNeeded ?? ''}>
                  <td>{comparisonName(c)}</td>
                  <td className="sp-num">{formatPoints(c.diff)}</td>
                  <td className="sp-num">{interval(c)}</td>
                  <td className="sp-num">{pValue(c.pValue)}</td>
                  <td className="sp-num">{c.customersNeeded === null ? '–' : `${aboutCount(c.customersNeeded)} per variant`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
