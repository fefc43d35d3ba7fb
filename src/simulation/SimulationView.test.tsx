// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setServices } from '../app/workbenchServices';
import { registerSimulationCommands } from '../app/commands/simulationCommands';
import { openJourneyDb, type JourneyDb } from '../storage/journeyDb';
import { loadDocs } from '../state/workspaceActions';
import { useLayout } from '../state/layoutStore';
import { overlayOf } from '../state/overlayStore';
import { createSimulationClient } from './model/simulationClient';
import { createInProcessWorker } from './worker/inProcessWorker';
import { setSimulationClient } from './simulationWorkerClient';
import { startSimulationOverlay } from './startSimulationOverlay';
import { useSimulation } from './simulationStore';
import { SimulationView } from './SimulationView';
import journeyText from '../../samples/mortgage-preapproval.journey.json?raw';
import cohortText from '../../samples/mortgage-preapproval.cohort.json?raw';

let db: JourneyDb;
const stops: (() => void)[] = [];

beforeAll(() => {
  db = openJourneyDb('simulation-view-test');
  setServices({ db, channel: { post: () => {}, close: () => {} } as never });
  setSimulationClient(createSimulationClient(() => createInProcessWorker({ sliceCustomers: 500 })));
  loadDocs([
    { id: 'j', path: 'mortgage-preapproval.journey.json', kind: 'journey', text: journeyText, rev: 1 },
    { id: 'c', path: 'mortgage-preapproval.cohort.json', kind: 'cohort', text: cohortText, rev: 1 },
  ]);
  useLayout.setState({ groups: [{ id: 'g1', tabs: [{ key: 'canvas:j', kind: 'canvas', docId: 'j' }], activeKey: 'canvas:j' }], activeGroupId: 'g1' });
  stops.push(registerSimulationCommands(), startSimulationOverlay());
});
afterEach(cleanup);
afterAll(async () => {
  stops.forEach((s) => s());
  setSimulationClient(undefined);
  setServices(undefined);
  await db.delete();
});

describe('SimulationView', () => {
  it('shows the form with its defaults, runs, lists the stored run and paints the map', async () => {
    render(<SimulationView />);
    expect((screen.getByTestId('sim-customers') as HTMLInputElement).value).toBe('1,000');
    expect((screen.getByTestId('sim-cohort') as HTMLSelectElement).value).toBe('mortgage-preapproval.cohort.json');
    await waitFor(() => expect(screen.getByText('No stored runs of this journey yet.')).toBeTruthy());
    fireEvent.change(screen.getByTestId('sim-customers'), { target: { value: '3,000' } });
    expect(screen.getByText('3,000 customers for up to 365 days')).toBeTruthy();
    act(() => fireEvent.click(screen.getByTestId('simulation-run')));
    expect(screen.getByTestId('simulation-progress-text').textContent).toMatch(/of 3,000 customers/);
    await waitFor(() => expect(screen.getAllByTestId('run-item')).toHaveLength(1), { timeout: 20_000 });
    expect(screen.getByTestId('run-item').textContent).toMatch(/\d+\.\d%.*3,000 customers · seed 1 · fast/);
    // The map's overlay, then the results panel, each drawn in a task of its own after the run is listed.
    await waitFor(() => expect(overlayOf('j')?.source).toBe('simulation'));
    await waitFor(() => expect(useLayout.getState().panelTab).toBe('simulation'));
    // Off and on again from the view.
    fireEvent.click(screen.getByTestId('overlay-toggle'));
    expect(overlayOf('j')).toBeUndefined();
    fireEvent.click(screen.getByTestId('overlay-toggle'));
    expect(overlayOf('j')?.legend).toContain('3,000 customers');
  });

  it('refuses a bad form in one line and stores nothing', async () => {
    render(<SimulationView />);
    fireEvent.change(screen.getByTestId('sim-horizon'), { target: { value: 'soon' } });
    act(() => fireEvent.click(screen.getByTestId('simulation-run')));
    await waitFor(() => expect(screen.getByTestId('simulation-notice').textContent).toMatch(/^Failed: The horizon must be a duration/));
    expect(useSimulation.getState().job).toBeNull();
    fireEvent.change(screen.getByTestId('sim-horizon'), { target: { value: '365d' } });
  });

  it('cancels a run: Cancelled, and nothing is stored', async () => {
    render(<SimulationView />);
    fireEvent.change(screen.getByTestId('sim-customers'), { target: { value: '2,000,000' } });
    act(() => fireEvent.click(screen.getByTestId('simulation-run')));
    await waitFor(() => expect(Number(screen.getByTestId('simulation-progress').dataset.done)).toBeGreaterThan(0), { timeout: 10_000 });
    act(() => fireEvent.click(screen.getByTestId('simulation-cancel')));
    await waitFor(() => expect(screen.getByTestId('simulation-notice').textContent).toBe('Cancelled: nothing was stored'));
    expect(screen.getAllByTestId('run-item')).toHaveLength(1);
  });

  it('deletes a stored run and its overlay', async () => {
    render(<SimulationView />);
    await waitFor(() => expect(screen.getAllByTestId('run-item')).toHaveLength(1));
    act(() => fireEvent.click(screen.getByTestId('run-delete')));
    await waitFor(() => expect(screen.queryAllByTestId('run-item')).toHaveLength(0));
    expect(overlayOf('j')).toBeUndefined();
  });

  it('runs with the form’s Arrivals over instead of the cohort’s, through the worker', async () => {
    render(<SimulationView />);
    fireEvent.change(screen.getByTestId('sim-customers'), { target: { value: '500' } });
    fireEvent.change(screen.getByTestId('sim-over'), { target: { value: '7d' } });
    expect(screen.getByTestId('run-load-summary').textContent).toBe('500 customers over 7 days ≈ 71 a day');
    act(() => fireEvent.click(screen.getByTestId('simulation-run')));
    await waitFor(() => expect(screen.getAllByTestId('run-item')).toHaveLength(1), { timeout: 20_000 });
    // Shown a moment after it is listed (the results come in tasks of their own).
    await waitFor(() => expect(useSimulation.getState().shown['j']).toBeDefined());
    const shown = useSimulation.getState().shown['j']!;
    expect(shown.kind === 'simulation' && shown.result.arrivals.overMs).toBe(7 * 86_400_000);
    expect(shown.options.overMs).toBe(7 * 86_400_000);
    expect(screen.getByTestId('run-item').textContent).toContain('500 customers · seed 1 · fast · over 7d');
    fireEvent.change(screen.getByTestId('sim-over'), { target: { value: '' } });
  });
});
