// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { fixtureJourney, fixtureResult } from '../model/dropOffFixture';
import { experimentJourney, experimentResult } from '../model/experimentFixture';
import { ExperimentsView } from './ExperimentsView';

// No canvas here: the chart's option is tested as data (experimentsModel.test.ts); echarts never loads.
vi.mock('../charts/loadEcharts', () => ({ loadEcharts: () => new Promise(() => {}) }));

afterEach(cleanup);

describe('the Experiments view', () => {
  it('shows each split’s variants side by side, its comparisons with their intervals, and the sentences', () => {
    render(<ExperimentsView journey={experimentJourney} result={experimentResult} currency="EUR" />);
    const card = screen.getByTestId('experiment');
    expect(card.dataset.split).toBe('test');
    expect(within(card).getByRole('heading').textContent).toBe('Reach out testgoal: “Account opened”');
    const variants = within(card).getByTestId('experiment-variants');
    const rows = [...variants.querySelectorAll('tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Variant', 'callback', 'letter', 'holdoutholdout'],
      ['Leads to', 'Calls an advisor', 'Fills in the form', 'Fills in the form'],
      ['Weight', '45%', '45%', '10%'],
      ['Customers', '40', '40', '10'],
      ['Goal share', '50.0%', '30.0%', '20.0%'],
      ['Value per customer', '€50.00', '€30.00', '€20.00'],
    ]);
    const comparisons = [...within(card).getByTestId('experiment-comparisons').querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(comparisons).toEqual([
      ['callback vs holdout', '+30.0 pp', '+1.0 pp to +59.0 pp', '0.040', '40 per variant'],
      ['letter vs holdout', '+10.0 pp', '-18.0 pp to +38.0 pp', '0.500', '290 per variant'],
    ]);
    const sentences = within(card).getAllByTestId('experiment-sentence');
    expect(sentences.map((s) => s.dataset.verdict)).toEqual(['lift', 'none']);
    expect(sentences[0]!.textContent).toMatch(/^Callback lifts “Account opened” by 30\.0 points over the holdout/);
    expect(within(card).getByTestId('experiment-chart').querySelector('[role="img"]')!.getAttribute('aria-label')).toBe('Reach out test: each variant’s difference in goal share with its 95% interval');
  });

  it('a journey without a split gets a hint on how to add one', () => {
    render(<ExperimentsView journey={fixtureJourney} result={fixtureResult} currency="EUR" />);
    expect(screen.getByTestId('experiments-empty').textContent).toMatch(/no experiment.*Add Experiment Here/);
    expect(screen.queryByTestId('experiment')).toBeNull();
  });

  it('a run made before the journey had its split says to run again', () => {
    render(<ExperimentsView journey={experimentJourney} result={fixtureResult} currency="EUR" />);
    expect(screen.getByTestId('experiments-empty').textContent).toMatch(/Run the simulation again/);
  });
});
