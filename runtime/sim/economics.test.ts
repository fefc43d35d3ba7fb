// Costs, values, emotions, listening points and handoffs on journeys where the answer is exact.
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import type { Engine } from './result/simulationResult';
import { cohortOf, journeyOf } from './testing/closedFormJourneys';

const journey = journeyOf({
  id: 'economics',
  customer: { score: 'number' },
  vars: { n: 0 },
  stages: [
    { id: 'first', name: 'First' },
    { id: 'second', name: 'Second' },
  ],
  start: 'hello',
  nodes: [
    { id: 'hello', kind: 'touchpoint', label: 'Hello', channel: 'web', stage: 'first', cost: 2.5, emotion: 1, actions: [{ type: 'incentive', name: 'gift', cost: 10 }] },
    { id: 'pass', kind: 'handoff', label: 'Pass', stage: 'first', repeatsInfo: false, emotion: 'customer.segment == "a" ? 2.0 : -2.0' },
    { id: 'ask', kind: 'survey', label: 'Ask', stage: 'second', metric: 'csat', questions: ['Score?', 'Why?'], responseRate: 0.3, emotion: 'journey.n' },
    { id: 'won', kind: 'outcome', label: 'Won', stage: 'second', result: 'success', value: 40 },
  ],
  edges: [
    { id: 'e1', from: 'hello', to: 'pass', always: true, actions: [{ type: 'assign', var: 'n', expr: 'journey.n + 0.5' }, { type: 'task', team: 'back', title: 'File it' }] },
    { id: 'e2', from: 'pass', to: 'ask', always: true, actions: [{ type: 'incentive', name: 'bonus', cost: 0.25 }] },
    { id: 'e3', from: 'ask', to: 'won', always: true },
  ],
  teams: [{ id: 'back', name: 'Back office', staff: 1 }],
});
const cohort = cohortOf([
  { id: 'a', share: 0.25, attributes: { score: 1 } },
  { id: 'b', share: 0.75, attributes: { score: 2 } },
]);

describe.each(['fast', 'reference'] as Engine[])('economics and experience (%s engine)', (engine) => {
  const N = 2000;
  const r = simulate(journey, cohort, { customers: N, seed: 8, engine });
  const a = r.segments.a!.customers;
  const b = r.segments.b!.customers;

  it('costs: node cost per visit plus incentives (entry and edge actions); values of outcomes', () => {
    expect(r.economics.totalCost).toBe(N * 12.75);
    expect(r.economics.costPerCustomer).toBe(12.75);
    expect(r.economics.valuePerCustomer).toBe(40);
    expect(r.economics.bySegment.a).toEqual({ costPerCustomer: 12.75, valuePerCustomer: 40 });
    expect(r.teams.back!.tasks).toBe(N);
  });

  it('emotions: numbers, per-segment and journey expressions, by node and by stage and segment', () => {
    expect(r.nodes.hello!.meanEmotion).toBe(1);
    expect(r.nodes.pass!.meanEmotion).toBe(Number(((2 * a - 2 * b) / N).toFixed(6)));
    expect(r.nodes.ask!.meanEmotion).toBe(0.5);
    expect(r.nodes.won!.meanEmotion).toBeNull();
    expect(r.emotion.byStage.first!.bySegment).toEqual({ a: 1.5, b: -0.5 });
    expect(r.emotion.byStage.second).toEqual({ mean: 0.5, bySegment: { a: 0.5, b: 0.5 } });
  });

  it('listening points count responses at their rate; handoffs per customer', () => {
    expect(Math.abs(r.nodes.ask!.responses! / N - 0.3)).toBeLessThan(3.3 * Math.sqrt(0.21 / N));
    expect(r.nodes.hello).not.toHaveProperty('responses');
    expect(r.handoffsPerCustomer).toBe(1);
    expect(r.nodes.hello!.queue).toBeNull();
  });
});
