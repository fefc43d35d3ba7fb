// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { commands, type Disposer } from '../../commands/commandRegistry';
import { fixtureJourney, fixtureResult } from '../model/dropOffFixture';
import { REVEAL_NODE } from './resultsViewCommands';
import { StageFunnelView } from './StageFunnelView';

// No canvas here: the chart's option is tested as data (stageFunnelChart.test.ts); echarts never loads.
vi.mock('../charts/loadEcharts', () => ({ loadEcharts: () => new Promise(() => {}) }));

const stops: Disposer[] = [];
afterEach(() => {
  cleanup();
  stops.splice(0).forEach((s) => s());
});

describe('Funnel by stage', () => {
  it('tables the stages in map order; a row (click or Enter) reveals the node most customers enter the stage by', () => {
    const reveal = vi.fn();
    stops.push(commands.register({ id: REVEAL_NODE, title: 'Reveal Node', run: reveal }));
    render(<StageFunnelView docId="j" journey={fixtureJourney} result={fixtureResult} segment={null} />);
    expect(screen.getByTestId('stage-funnel-chart')).toBeTruthy();
    const rows = screen.getAllByTestId('stage-funnel-row');
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['Discover', '100', '100.0%', '73', '0', '27', '0'],
      ['Apply', '73', '73.0%', '45', '0', '25', '3'],
      ['Decide', '45', '45.0%', '0', '30', '15', '0'],
    ]);
    fireEvent.click(rows[2]!);
    expect(reveal).toHaveBeenLastCalledWith('review', 'j');
    fireEvent.keyDown(within(rows[1]!).getByTestId('stage-funnel-reveal'), { key: 'Enter' });
    expect(reveal).toHaveBeenLastCalledWith('form', 'j');
  });
});
