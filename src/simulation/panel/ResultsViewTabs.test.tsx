// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { Disposer } from '../../commands/commandRegistry';
import { useLayout } from '../../state/layoutStore';
import { useSimulation } from '../simulationStore';
import { loadDocs } from '../../state/workspaceActions';
import { fixtureJourney, fixtureResult } from '../model/dropOffFixture';
import { ResultsViewTabs } from './ResultsViewTabs';
import { useResultsView } from './resultsView';
import { registerResultsViewCommands } from './resultsViewCommands';

const stops: Disposer[] = [];
beforeEach(() => {
  loadDocs([{ id: 'j', path: 'fixture.journey.json', kind: 'journey', text: JSON.stringify(fixtureJourney), rev: 1 }]);
  useLayout.setState({ groups: [{ id: 'g1', tabs: [{ key: 'canvas:j', kind: 'canvas', docId: 'j' }], activeKey: 'canvas:j' }], activeGroupId: 'g1', panelHeight: 120 });
  useSimulation.setState({ shown: { j: { kind: 'simulation', fileId: 'j', result: fixtureResult } as never } });
  useResultsView.setState({ view: 'charts', allDropOffs: false });
  stops.push(registerResultsViewCommands());
});
afterEach(() => {
  cleanup();
  stops.splice(0).forEach((s) => s());
  useSimulation.setState({ shown: {} });
});

describe('the results’ view tabs', () => {
  it('switch views by click and with ←/→/Home/End, through the commands; the panel grows tall enough', () => {
    render(<ResultsViewTabs />);
    const tab = (v: string) => screen.getByTestId(`results-view-${v}`);
    expect(tab('charts').getAttribute('aria-selected')).toBe('true');
    fireEvent.click(tab('dropOffs'));
    expect(useResultsView.getState().view).toBe('dropOffs');
    expect(tab('dropOffs').getAttribute('aria-selected')).toBe('true');
    expect(tab('dropOffs').tabIndex).toBe(0);
    expect(tab('charts').tabIndex).toBe(-1);
    expect(useLayout.getState().panelHeight).toBeGreaterThanOrEqual(340);
    fireEvent.keyDown(tab('dropOffs'), { key: 'ArrowRight' });
    expect(useResultsView.getState().view).toBe('funnel');
    expect(document.activeElement).toBe(tab('funnel'));
    fireEvent.keyDown(tab('funnel'), { key: 'ArrowRight' });
    expect(useResultsView.getState().view).toBe('experiments');
    fireEvent.keyDown(tab('experiments'), { key: 'ArrowRight' });
    expect(useResultsView.getState().view).toBe('charts');
    fireEvent.keyDown(tab('charts'), { key: 'End' });
    expect(useResultsView.getState().view).toBe('experiments');
    fireEvent.keyDown(tab('experiments'), { key: 'Home' });
    expect(useResultsView.getState().view).toBe('charts');
  });
});
