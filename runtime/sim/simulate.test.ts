import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { SimulationCancelled, SimulationError } from './simulationError';
import { funnel, journeyOf, oneSegment, cohortOf } from './testing/closedFormJourneys';

describe('simulate (the Web Worker API)', () => {
  it('reports progress about every 1% and once at the end', () => {
    const calls: [number, number][] = [];
    simulate(funnel(0.5), oneSegment(), { customers: 1000, onProgress: (done, total) => void calls.push([done, total]) });
    expect(calls.length).toBeGreaterThanOrEqual(100);
    expect(calls.length).toBeLessThanOrEqual(102);
    expect(calls.at(-1)).toEqual([1000, 1000]);
    expect(calls.every(([d], i) => i === 0 || d >= calls[i - 1]![0])).toBe(true);
  });

  it('stops between customers when asked to', () => {
    let checks = 0;
    expect(() => simulate(funnel(0.5), oneSegment(), { customers: 10_000, shouldCancel: () => ++checks >= 3 })).toThrow(SimulationCancelled);
    expect(checks).toBe(3);
  });

  it.each([
    [{ customers: 0 }, /number of customers must be a positive integer/],
    [{ customers: 1.5 }, /number of customers must be a positive integer/],
    [{ customers: 10, seed: 0.5 }, /seed must be an integer/],
    [{ customers: 10, horizonMs: -1 }, /horizon must be a duration/],
    [{ customers: 10, engine: 'turbo' as never }, /unknown engine 'turbo'/],
  ])('refuses bad options %o', (options, message) => {
    expect(() => simulate(funnel(0.5), oneSegment(), options)).toThrow(message);
  });

  it('refuses probability expressions that sum above 1 for a customer', () => {
    const j = journeyOf({
      id: 'too-likely',
      customer: { score: 'number' },
      start: 'page',
      nodes: [
        { id: 'page', kind: 'touchpoint', label: 'Page', channel: 'web' },
        { id: 'done', kind: 'outcome', label: 'Done', result: 'success' },
      ],
      edges: [
        { id: 'a', from: 'page', to: 'done', event: 'A', sim: { p: 'customer.score' } },
        { id: 'b', from: 'page', to: 'done', event: 'B', sim: { p: 0.5 } },
      ],
    });
    const c = cohortOf([{ id: 'all', share: 1, attributes: { score: 0.8 } }]);
    expect(() => simulate(j, c, { customers: 5 })).toThrow(SimulationError);
    expect(() => simulate(j, c, { customers: 5 })).toThrow(/^node 'page', customer 0: the event probabilities sum to 1.3: lower them/);
  });
});

describe('a loop of rules ("always" edges) fails on both engines instead of spinning forever', () => {
  const loop = journeyOf({
    id: 'rule-loop',
    start: 'a',
    nodes: [
      { id: 'a', kind: 'action', label: 'A' },
      { id: 'b', kind: 'action', label: 'B' },
      { id: 'end', kind: 'outcome', label: 'End', result: 'success' },
    ],
    edges: [
      { id: 'ab', from: 'a', to: 'b', always: true },
      { id: 'ba', from: 'b', to: 'a', always: true },
      { id: 'never', from: 'b', to: 'end', after: '1d' },
    ],
  });
  it.each(['fast', 'reference'] as const)('%s', (engine) => {
    expect(() => simulate(loop, oneSegment(), { customers: 1, engine })).toThrow(SimulationError);
  });
});
