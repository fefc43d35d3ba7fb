// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { commands, type Disposer } from '../../commands/commandRegistry';
import { loadDocs } from '../../state/workspaceActions';
import { useLayout } from '../../state/layoutStore';
import { useWorkspace } from '../../state/workspaceStore';
import { useSimulation } from '../simulationStore';
import { fixtureJourney, fixtureResult } from '../model/dropOffFixture';
import { DropOffList } from './DropOffList';
import { howTheyLeft } from '../model/howTheyLeft';
import { TOP_DROP_OFFS, useResultsView } from './resultsView';
import { registerResultsViewCommands, REVEAL_NODE } from './resultsViewCommands';
import type { Journey } from '../../../runtime/model/journey';
import type { SimulationResult } from '../../../runtime/sim';

const rowsOf = () => screen.getAllByTestId('drop-off-row');
const stops: Disposer[] = [];

beforeEach(() => {
  loadDocs([{ id: 'j', path: 'fixture.journey.json', kind: 'journey', text: JSON.stringify(fixtureJourney), rev: 1 }]);
  useLayout.setState({ groups: [{ id: 'g1', tabs: [{ key: 'source:j', kind: 'source', docId: 'j' }], activeKey: 'source:j' }], activeGroupId: 'g1' });
  useResultsView.setState({ view: 'dropOffs', allDropOffs: false });
});
afterEach(() => {
  cleanup();
  stops.splice(0).forEach((s) => s());
  useSimulation.setState({ shown: {} });
});

describe('Where customers leave', () => {
  it('lists the steps most first, by label with their stage, count, shares and how they left', () => {
    render(<DropOffList docId="j" journey={fixtureJourney} result={fixtureResult} segment={null} />);
    expect(screen.getByTestId('results-scope').textContent).toContain('67 of 100 customers (67.0%) left without a success');
    const rows = rowsOf();
    expect(rows.map((r) => r.dataset.node)).toEqual(['ad', 'call', 'review', 'form']);
    const cells = (r: HTMLElement) => [r.querySelector('th')!.textContent, ...[...r.querySelectorAll('td')].map((td) => td.textContent)];
    expect(cells(rows[0]!)).toEqual(['1Sees the ad', 'Discover', '27', '27.0%', '27.0%', 'Lost interest (churned) 20 · stalled 7']);
    expect(cells(rows[1]!)).toEqual(['2Calls an advisor', 'Apply', '15', '23.8%', '15.0%', 'gave up in the queue 15']);
    // The bar is as long as the step's count against the top one's.
    expect((rows[1]!.querySelector('.dl-bar-fill') as HTMLElement).style.width).toBe(`${(100 * 15) / 27}%`);
  });

  it('a click on a row, or Enter on its step, runs Reveal Node with the node id', () => {
    const reveal = vi.fn();
    stops.push(commands.register({ id: REVEAL_NODE, title: 'Reveal Node', run: reveal }));
    render(<DropOffList docId="j" journey={fixtureJourney} result={fixtureResult} segment={null} />);
    fireEvent.click(rowsOf()[2]!.querySelector('td')!);
    expect(reveal).toHaveBeenLastCalledWith('review', 'j');
    const step = within(rowsOf()[1]!).getByTestId('drop-off-reveal');
    fireEvent.keyDown(step, { key: 'Enter' });
    expect(reveal).toHaveBeenLastCalledWith('call', 'j');
    expect(reveal).toHaveBeenCalledTimes(2);
  });

  it('Reveal Node selects the node and opens the canvas', () => {
    stops.push(registerResultsViewCommands());
    render(<DropOffList docId="j" journey={fixtureJourney} result={fixtureResult} segment={null} />);
    fireEvent.click(within(rowsOf()[1]!).getByTestId('drop-off-reveal'));
    expect(useWorkspace.getState().selection['j']).toEqual({ nodes: ['call'], edges: [] });
    const group = useLayout.getState().groups[0]!;
    expect(group.activeKey).toBe('canvas:j');
    expect(rowsOf()[1]!.className).toContain('dl-selected');
    expect(commands.execute(REVEAL_NODE, 'no-such-node', 'j')).toBe(true);
    expect(useWorkspace.getState().selection['j']).toEqual({ nodes: ['call'], edges: [] });
  });

  it('follows the segment chosen for the map', () => {
    render(<DropOffList docId="j" journey={fixtureJourney} result={fixtureResult} segment="a" segmentName="Movers" />);
    expect(rowsOf().map((r) => r.dataset.node)).toEqual(['call', 'ad', 'form', 'review']);
    expect(screen.getByTestId('results-scope').textContent).toContain('Segment: Movers (60 customers');
  });

  it(`shows the top ${TOP_DROP_OFFS}, and all of them on "Show all"`, () => {
    stops.push(registerResultsViewCommands());
    // A chain of 14 steps, each losing a customer more than the one before.
    const n = 14;
    const ids = Array.from({ length: n }, (_, i) => `s${i}`);
    const journey = { ...fixtureJourney, nodes: ids.map((id) => ({ id, kind: 'touchpoint', label: `Step ${id}`, stage: 'apply', lane: 'customer' })), edges: [], start: 's0' } as unknown as Journey;
    const result = { ...fixtureResult, nodes: Object.fromEntries(ids.map((id, i) => [id, { visits: 100, stalled: i + 1, abandoned: 0, inProgress: 0, bySegment: {} }])) } as unknown as SimulationResult;
    loadDocs([{ id: 'j', path: 'fixture.journey.json', kind: 'journey', text: JSON.stringify(journey), rev: 1 }]);
    // "Show all" is a command of a shown run of the active journey.
    useSimulation.setState({ shown: { j: { kind: 'simulation', fileId: 'j', result } as never } });
    render(<DropOffList docId="j" journey={journey} result={result} segment={null} />);
    expect(rowsOf()).toHaveLength(TOP_DROP_OFFS);
    expect(rowsOf()[0]!.dataset.node).toBe('s13');
    fireEvent.click(screen.getByTestId('drop-off-show-all'));
    expect(rowsOf()).toHaveLength(n);
    expect(screen.getByTestId('drop-off-show-all').textContent).toBe(`Show the top ${TOP_DROP_OFFS}`);
  });

  it('ranks where customers wait longest below, with the mean and p90 waits, each row revealing its node', () => {
    const reveal = vi.fn();
    stops.push(commands.register({ id: REVEAL_NODE, title: 'Reveal Node', run: reveal }));
    const queue = (meanWaitMs: number, p90WaitMs: number) => ({ offered: 40, served: 40, abandoned: 0, abandonRate: 0, meanWaitMs, p50WaitMs: meanWaitMs, p90WaitMs, p99WaitMs: p90WaitMs, maxWaitMs: p90WaitMs, serviceLevel: null });
    const nodes = { ...fixtureResult.nodes, call: { ...fixtureResult.nodes['call']!, queue: queue(900_000, 2_400_000) }, form: { ...fixtureResult.nodes['form']!, queue: queue(90_000, 120_000) } };
    const result = { ...fixtureResult, nodes } as SimulationResult;
    const { rerender } = render(<DropOffList docId="j" journey={fixtureJourney} result={result} segment={null} />);
    const rows = screen.getAllByTestId('wait-row');
    expect(rows.map((r) => [r.dataset.kind, r.dataset.node])).toEqual([
      ['wait', 'call'],
      ['wait', 'form'],
    ]);
    const cells = (r: HTMLElement) => [r.querySelector('th')!.textContent, ...[...r.querySelectorAll('td')].map((td) => td.textContent)];
    expect(cells(rows[0]!)).toEqual(['1Calls an advisor', 'Apply', '15m', '40m', '40m', '40']);
    fireEvent.keyDown(within(rows[1]!).getByTestId('wait-reveal'), { key: 'Enter' });
    expect(reveal).toHaveBeenLastCalledWith('form', 'j');
    // queue waits are kept for all customers only: a segment says so
    rerender(<DropOffList docId="j" journey={fixtureJourney} result={result} segment="a" />);
    expect(screen.getByTestId('wait-view').textContent).toContain('queue waits are of all customers');
    // without a queue that kept anyone waiting, no table
    rerender(<DropOffList docId="j" journey={fixtureJourney} result={fixtureResult} segment={null} />);
    expect(screen.queryByTestId('wait-view')).toBeNull();
  });

  it('words how a step’s customers left', () => {
    expect(howTheyLeft({ ends: [], stalled: 1_234, abandoned: 5 } as unknown as Parameters<typeof howTheyLeft>[0])).toBe('stalled 1,234 · gave up in the queue 5');
  });
});
