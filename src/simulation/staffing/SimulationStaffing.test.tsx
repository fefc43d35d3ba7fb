// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { suggestStaffing } from '../../../runtime/sim/staffing/suggestStaffing';
import { setServices } from '../../app/workbenchServices';
import { registerSimulationCommands } from '../../app/commands/simulationCommands';
import { commands } from '../../commands/commandRegistry';
import { openJourneyDb, type JourneyDb } from '../../storage/journeyDb';
import { journeyOf } from '../../state/documentState';
import { loadDocs, undoDocument } from '../../state/workspaceActions';
import { useLayout } from '../../state/layoutStore';
import { useWorkspace } from '../../state/workspaceStore';
import { createSimulationClient } from '../model/simulationClient';
import { understaffedSample } from '../model/testRuns';
import { createInProcessWorker } from '../worker/inProcessWorker';
import { setSimulationClient } from '../simulationWorkerClient';
import { useSimulation } from '../simulationStore';
import { SimulationView } from '../SimulationView';
import { APPLY_STAFFING_LABEL } from './staffingActions';

const sample = understaffedSample();
const JOURNEY = 'mortgage-preapproval.journey.json';
const COHORT = sample.journey.cohort!;
const FLAT = 'everyone-at-once.cohort.json';
const { arrivals: _arrivals, ...flat } = { ...sample.cohort, id: 'everyone-at-once' };

let db: JourneyDb;
const stops: (() => void)[] = [];
const journey = () => journeyOf(useWorkspace.getState().docs['j'])!;

beforeAll(() => {
  db = openJourneyDb('simulation-staffing-test');
  setServices({ db, channel: { post: () => {}, close: () => {} } as never });
  setSimulationClient(createSimulationClient(() => createInProcessWorker({ sliceCustomers: 500 })));
  loadDocs([
    { id: 'j', path: JOURNEY, kind: 'journey', text: JSON.stringify(sample.journey, null, 2), rev: 1 },
    { id: 'c', path: COHORT, kind: 'cohort', text: JSON.stringify(sample.cohort, null, 2), rev: 1 },
    { id: 'f', path: FLAT, kind: 'cohort', text: JSON.stringify(flat, null, 2), rev: 1 },
  ]);
  useLayout.setState({ groups: [{ id: 'g1', tabs: [{ key: 'canvas:j', kind: 'canvas', docId: 'j' }], activeKey: 'canvas:j' }], activeGroupId: 'g1' });
  stops.push(registerSimulationCommands());
});
afterEach(cleanup);
afterAll(async () => {
  stops.forEach((s) => s());
  setSimulationClient(undefined);
  setServices(undefined);
  await db.delete();
});

describe('the Simulation form’s load', () => {
  it('states the load beside Customers, from the cohort’s arrivals or the form’s Arrivals over', () => {
    render(<SimulationView />);
    const load = () => screen.getByTestId('run-load-summary');
    expect(load().textContent).toBe('1,000 customers over 14 days ≈ 71 a day (the cohort’s arrivals)');
    expect(load().dataset.source).toBe('cohort');
    expect((screen.getByTestId('sim-over') as HTMLInputElement).placeholder).toBe('2w (cohort)');
    fireEvent.change(screen.getByTestId('sim-customers'), { target: { value: '8,000' } });
    fireEvent.change(screen.getByTestId('sim-over'), { target: { value: '28d' } });
    expect(load().textContent).toBe('8,000 customers over 28 days ≈ 286 a day');
    expect(load().dataset.source).toBe('form');
    fireEvent.change(screen.getByTestId('sim-over'), { target: { value: 'soon' } });
    expect(screen.getByTestId('sim-over').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toMatch(/^Arrivals over must be empty/);
    fireEvent.change(screen.getByTestId('sim-over'), { target: { value: '' } });
    // A cohort without arrivals: everyone at t = 0, and what that does to the teams.
    fireEvent.change(screen.getByTestId('sim-cohort'), { target: { value: FLAT } });
    expect(load().textContent).toMatch(/^8,000 customers all at once \(t = 0\)/);
    expect(screen.getByTestId('run-load-hint').textContent).toMatch(/floods the teams/);
    expect((screen.getByTestId('sim-over') as HTMLInputElement).placeholder).toBe('all at t = 0');
    fireEvent.change(screen.getByTestId('sim-cohort'), { target: { value: COHORT } });
  });
});

describe('Suggest staffing', () => {
  it('runs in the worker with the form’s settings, shows the proposal, and applies it as one undoable edit', async () => {
    render(<SimulationView />);
    fireEvent.change(screen.getByTestId('sim-customers'), { target: { value: '1,500' } });
    fireEvent.change(screen.getByTestId('sim-over'), { target: { value: '7d' } });
    expect(commands.get('simulation.suggestStaffing')?.when?.()).toBe(true);
    expect(commands.get('simulation.applyStaffing')?.when?.()).toBe(false);
    act(() => fireEvent.click(screen.getByTestId('suggest-staffing')));
    expect(useSimulation.getState().job).toMatchObject({ kind: 'staffing', fileId: 'j' });
    expect(screen.getByTestId('staffing-progress-text').textContent).toBe('0% · Starting');
    expect(screen.getByTestId('simulation-run')).toHaveProperty('disabled', true);
    const proposal = await waitFor(() => screen.getByTestId('staffing-proposal'), { timeout: 30_000 });
    expect(useSimulation.getState().job).toBeNull();
    // What the worker proposes is what suggestStaffing says for these settings.
    const expected = suggestStaffing(sample.journey, sample.cohort, { customers: 1_500, seed: 1, engine: 'fast', horizonMs: 365 * 86_400_000, overMs: 7 * 86_400_000 });
    expect(useSimulation.getState().proposals['j']!.result).toEqual(expected);
    const advisors = expected.teams.find((t) => t.team === 'advisors')!;
    expect(advisors.changed).toBe(true);
    expect(proposal.textContent).toContain('For 1,500 customers over 7 days ≈ 214 a day');
    const teams = screen.getAllByTestId('staffing-team');
    expect(teams.map((t) => t.dataset.team)).toEqual(['advisors', 'underwriters']);
    const staffRow = teams[0]!.querySelector('[data-row="staff"]')!;
    expect(staffRow.textContent).toBe(`Staff1→ ${advisors.after.staff}`);
    expect(teams[0]!.querySelector('[data-row="serviceLevel"]')!.textContent).toContain('80% in 2h');
    expect(teams[0]!.querySelector('[data-testid="staffing-verdict"]')!.textContent).toBe(advisors.met ? 'meets target' : 'could not meet target');

    // Apply: one edit of the journey's staff, one undo step.
    const before = journey();
    const past = useWorkspace.getState().docs['j']!.history!.past.length;
    act(() => fireEvent.click(screen.getByTestId('staffing-apply')));
    const after = journey();
    expect(after.teams).toEqual(before.teams!.map((t) => ({ ...t, staff: expected.teams.find((x) => x.team === t.id)!.after.staff })));
    expect(after.nodes).toBe(before.nodes);
    const doc = useWorkspace.getState().docs['j']!;
    expect(doc.history!.past).toHaveLength(past + 1);
    expect(doc.labels.at(-1)).toBe(APPLY_STAFFING_LABEL);
    expect(screen.queryByTestId('staffing-proposal')).toBeNull();
    act(() => undoDocument('j'));
    expect(journey().teams).toEqual(before.teams);
  });

  it('cancels: nothing is proposed', async () => {
    render(<SimulationView />);
    act(() => fireEvent.click(screen.getByTestId('suggest-staffing')));
    act(() => fireEvent.click(screen.getByTestId('staffing-cancel')));
    await waitFor(() => expect(screen.getByTestId('simulation-notice').textContent).toBe('Cancelled: no staffing was proposed'));
    expect(useSimulation.getState().job).toBeNull();
    expect(screen.queryByTestId('staffing-proposal')).toBeNull();
    expect(screen.getByTestId('suggest-staffing')).toHaveProperty('disabled', false);
  });

  it('discards a proposal, and needs a team with a target', async () => {
    render(<SimulationView />);
    fireEvent.change(screen.getByTestId('sim-customers'), { target: { value: '300' } });
    act(() => fireEvent.click(screen.getByTestId('suggest-staffing')));
    await waitFor(() => screen.getByTestId('staffing-proposal'), { timeout: 30_000 });
    act(() => fireEvent.click(screen.getByTestId('staffing-discard')));
    expect(screen.queryByTestId('staffing-proposal')).toBeNull();
    expect(useSimulation.getState().proposals['j']).toBeUndefined();
    // Without targets the button says why it cannot help.
    const { teams } = journey();
    act(() => useWorkspace.setState((s) => ({ docs: { ...s.docs, j: { ...s.docs['j']!, history: { ...s.docs['j']!.history!, present: { ...journey(), teams: teams!.map(({ serviceLevel: _sl, maxAbandon: _ma, ...t }) => t) } } } } })));
    expect(screen.getByTestId('suggest-staffing')).toHaveProperty('disabled', true);
    expect(screen.getByTestId('suggest-staffing').getAttribute('title')).toMatch(/No team sets a service level/);
  });
});
