// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { loadDocs } from '../../state/workspaceActions';
import { useLayout } from '../../state/layoutStore';
import { useSimulation } from '../simulationStore';
import { targetRun } from '../model/testRuns';
import { SimulationPanel } from './SimulationPanel';
import { setCurrency, useCurrencySetting } from '../../settings/currencySetting';
import { act } from 'react';

// No canvas here: the charts' options are tested as data (teamCharts.test.ts); echarts never loads.
vi.mock('../charts/loadEcharts', () => ({ loadEcharts: () => new Promise(() => {}) }));

const { journey, cohort, result } = targetRun();

beforeAll(() => {
  loadDocs([
    { id: 'j', path: 'mortgage.journey.json', kind: 'journey', text: JSON.stringify(journey), rev: 1 },
    { id: 'c', path: journey.cohort!, kind: 'cohort', text: JSON.stringify(cohort), rev: 1 },
  ]);
  useLayout.setState({ groups: [{ id: 'g1', tabs: [{ key: 'canvas:j', kind: 'canvas', docId: 'j' }], activeKey: 'canvas:j' }], activeGroupId: 'g1' });
  const options = { customers: result.customers, seed: 7, engine: 'fast' as const, horizonMs: result.horizonMs };
  useSimulation.setState({ shown: { j: { id: 1, kind: 'simulation', fileId: 'j', createdAt: 0, label: 'run', cohortPath: journey.cohort!, options, result } } });
});
afterEach(cleanup);
afterAll(() => useSimulation.setState({ shown: {} }));

describe('the results panel’s team figures', () => {
  it('tables the service levels against the targets, and charts a team’s week with a team picker', () => {
    render(<SimulationPanel />);
    const table = screen.getByTestId('team-service-levels');
    const rows = within(table).getAllByTestId('result-row');
    expect(rows.map((r) => r.querySelector('td')!.textContent)).toEqual(['Mortgage advisors', 'Underwriting']);
    expect(rows[0]!.textContent).toContain('80% in 4h');
    const week = screen.getByTestId('chart-team-hours');
    expect(within(week).getByTestId('result-chart')).toBeTruthy();
    const card = week.closest('[data-testid="result-card"]') as HTMLElement;
    expect(card.dataset.title).toBe('Load through the week');
    const picker = within(card).getByTestId('team-hours-team') as HTMLSelectElement;
    expect(picker.value).toBe('advisors');
    expect(within(card).getAllByTestId('result-row').map((r) => r.querySelector('td')!.textContent)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    const mondayAdvisors = within(card).getAllByTestId('result-row')[0]!.textContent;
    fireEvent.change(picker, { target: { value: 'underwriters' } });
    expect(picker.value).toBe('underwriters');
    expect(within(card).getAllByTestId('result-row')[0]!.textContent).not.toBe(mondayAdvisors);
    // Every card has its chart (the browser tests count a canvas per card).
    const cards = screen.getAllByTestId('result-card');
    expect(cards.every((c) => within(c).queryByTestId('result-chart'))).toBe(true);
  });
});

describe('the results panel’s legends and money', () => {
  afterEach(() => useCurrencySetting.setState({ currency: 'EUR' }));

  it('shows the outcomes’ legend as their table, a distinct swatch on each row, not a paging legend', () => {
    render(<SimulationPanel />);
    const card = screen.getAllByTestId('result-card').find((c) => c.dataset.title === 'Outcomes by segment')!;
    expect(card.dataset.legend).toBe('table');
    const swatches = within(card)
      .getAllByTestId('row-swatch')
      .map((s) => s.dataset.colour);
    expect(swatches.length).toBe(within(card).getAllByTestId('result-row').length);
    expect(new Set(swatches).size).toBe(swatches.length);
  });

  it('shows money in the workspace’s currency: euros by default, dollars once the setting says', () => {
    render(<SimulationPanel />);
    const economics = () => screen.getAllByTestId('result-card').find((c) => c.dataset.title === 'Cost to serve and value per customer')!;
    expect(economics().textContent).toMatch(/€\d/);
    expect(economics().textContent).not.toContain('¤');
    act(() => setCurrency('USD'));
    expect(economics().textContent).toMatch(/\$\d/);
    expect(economics().textContent).not.toContain('€');
  });
});
