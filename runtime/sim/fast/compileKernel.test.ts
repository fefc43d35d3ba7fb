import { describe, expect, it } from 'vitest';
import { buildSimulationPlan } from '../plan/simulationPlan';
import { simulate } from '../simulate';
import { journeyOf, oneSegment } from '../testing/closedFormJourneys';
import { compileKernel } from './compileKernel';

/** A chain of `n` steps, each moving on by an event of its own name (n distinct events), in one stage with a stage-level way out. */
function ownEvents(n: number) {
  return journeyOf({
    id: 'own-events',
    stages: [{ id: 's', name: 'S' }],
    start: 'n0',
    nodes: [
      ...Array.from({ length: n }, (_, i) => ({ id: `n${i}`, kind: 'touchpoint', label: `n${i}`, channel: 'web', stage: 's' })),
      { id: 'done', kind: 'outcome', label: 'Done', result: 'success' },
      { id: 'quit', kind: 'outcome', label: 'Quit', result: 'churn' },
    ],
    edges: [
      ...Array.from({ length: n }, (_, i) => ({ id: `e${i}`, from: `n${i}`, to: i + 1 < n ? `n${i + 1}` : 'done', event: `STEP_${i}`, sim: { p: 0.99, delay: '1h' } })),
      { id: 'leave', from: 's', to: 'quit', event: 'QUIT', sim: { p: 0.005, delay: '2h' } },
    ],
  });
}

const entries = (on: readonly unknown[]) => Object.keys(on).filter((k) => on[Number(k)] !== undefined).length;

describe('compileKernel', () => {
  it('indexes a state\'s transitions by event densely when the journey has few events', () => {
    const kernel = compileKernel(buildSimulationPlan(ownEvents(3), oneSegment()));
    expect(kernel.nodes[1]!.on).toHaveLength(4); // STEP_0…STEP_2 and QUIT
    expect(entries(kernel.nodes[1]!.on)).toBe(1);
  });

  it('holds only each state\'s own events when the journey has many, not states × events', () => {
    const n = 1_500;
    const kernel = compileKernel(buildSimulationPlan(ownEvents(n), oneSegment()));
    expect(kernel.nodes.slice(0, n).every((node) => entries(node.on) === 1)).toBe(true);
    expect(entries(kernel.stages[0]!.on)).toBe(1);
  });

  it('gives the same results as the reference engine with many events', () => {
    const journey = ownEvents(1_100);
    const run = (engine: 'fast' | 'reference') => {
      const { engine: _engine, ...rest } = simulate(journey, oneSegment(), { customers: 12, seed: 3, engine });
      return rest;
    };
    expect(run('fast')).toEqual(run('reference'));
  });
});
