// Every failure of a run names its place (node, edge, customer) in the same words on both engines.
import { describe, expect, it } from 'vitest';
import type { Journey } from '../model/journey';
import type { Cohort } from '../model/cohort';
import { SimulationCore } from './core/simulationCore';
import { ENGINE_MODELS } from './engines';
import { buildSimulationPlan } from './plan/simulationPlan';
import { simulate } from './simulate';
import { SimulationError } from './simulationError';
import { cohortOf, journeyOf, oneSegment } from './testing/closedFormJourneys';

const ENGINES = ['fast', 'reference'] as const;
const DAY = 86_400_000;
const end = { id: 'end', kind: 'outcome', label: 'End', result: 'success' };
/** A constant list doubled 13 times: about 1.6 million elements built, over the budget of one evaluation. */
const doubling = (tail: string) => `cel.bind(v0, [${Array.from({ length: 100 }, (_, i) => i).join(', ')}], ${Array.from({ length: 13 }, (_, i) => `cel.bind(v${i + 1}, v${i} + v${i}, `).join('')}v13${')'.repeat(14)}.size() > ${tail}`;

/** The message each engine fails with (both must fail with a SimulationError). */
function failures(run: (engine: (typeof ENGINES)[number]) => unknown): string[] {
  return ENGINES.map((engine) => {
    try {
      run(engine);
    } catch (err) {
      expect(err).toBeInstanceOf(SimulationError);
      return (err as Error).message;
    }
    throw new Error(`the ${engine} engine did not fail`);
  });
}

const simulated = (journey: Journey, cohort: Cohort = oneSegment()) => (engine: (typeof ENGINES)[number]) => simulate(journey, cohort, { customers: 3, engine, horizonMs: 400 * DAY });

const CASES: { name: string; run: (engine: (typeof ENGINES)[number]) => unknown; message: RegExp }[] = [
  {
    name: 'a loop of rules',
    run: simulated(
      journeyOf({
        id: 'rules',
        start: 'a',
        nodes: [{ id: 'a', kind: 'action', label: 'A' }, { id: 'b', kind: 'action', label: 'B' }, end],
        edges: [
          { id: 'ab', from: 'a', to: 'b', always: true },
          { id: 'ba', from: 'b', to: 'a', always: true },
          { id: 'out', from: 'b', to: 'end', after: '1d' },
        ],
      }),
    ),
    message: /^node '[ab]', customer 0: the rules \("always" edges\) loop without end here: give the loop a guard/,
  },
  {
    name: 'a loop of zero-delay events (the most steps of one customer)',
    run: (engine) => {
      const journey = journeyOf({
        id: 'echo',
        start: 'ping',
        nodes: [{ id: 'ping', kind: 'touchpoint', label: 'Ping', channel: 'web' }, { id: 'pong', kind: 'touchpoint', label: 'Pong', channel: 'web' }, end],
        edges: [
          { id: 'to-pong', from: 'ping', to: 'pong', event: 'PING', sim: { p: 1, delay: 0 } },
          { id: 'to-ping', from: 'pong', to: 'ping', event: 'PONG', sim: { p: 1, delay: 0 } },
          { id: 'out', from: 'pong', to: 'end', after: '1d' },
        ],
      });
      new SimulationCore(buildSimulationPlan(journey, oneSegment()), ENGINE_MODELS[engine], { seed: 1, horizonMs: DAY, maxSteps: 500 }).run(0, 2);
    },
    message: /^node 'p[io]ng', customer 0: the customer took 500 steps without ending: a loop of zero-delay events or timers\? Give one of them a delay$/,
  },
  {
    name: 'an assign of an edge that cannot evaluate',
    run: simulated(
      journeyOf({
        id: 'assign-edge',
        start: 'visit',
        vars: { n: 0 },
        nodes: [{ id: 'visit', kind: 'touchpoint', label: 'Visit', channel: 'web' }, end],
        edges: [{ id: 'buy', from: 'visit', to: 'end', event: 'BUY', sim: { p: 1, delay: '1h' }, actions: [{ type: 'assign', var: 'n', expr: 'event.amount + 1.0' }] }],
      }),
    ),
    message: /^node 'visit', edge 'buy', customer 0: assign to journey\.n: No such key: amount$/,
  },
  {
    name: 'an assign on entry that cannot evaluate',
    run: simulated(
      journeyOf({
        id: 'assign-entry',
        start: 'visit',
        vars: { n: 0 },
        nodes: [{ id: 'visit', kind: 'touchpoint', label: 'Visit', channel: 'web' }, { id: 'paid', kind: 'action', label: 'Paid', actions: [{ type: 'assign', var: 'n', expr: 'event.amount * 2.0' }] }, end],
        edges: [
          { id: 'buy', from: 'visit', to: 'paid', event: 'BUY', sim: { p: 1, delay: '1h' } },
          { id: 'done', from: 'paid', to: 'end', always: true },
        ],
      }),
    ),
    message: /^node 'paid', customer 0: assign to journey\.n: No such key: amount$/,
  },
  {
    name: 'event probabilities above 1 for a customer',
    run: simulated(
      journeyOf({
        id: 'too-likely',
        start: 'page',
        customer: { score: 'number' },
        nodes: [{ id: 'page', kind: 'touchpoint', label: 'Page', channel: 'web' }, end],
        edges: [
          { id: 'a', from: 'page', to: 'end', event: 'A', sim: { p: 'customer.score' } },
          { id: 'b', from: 'page', to: 'end', event: 'B', sim: { p: 0.5 } },
        ],
      }),
      cohortOf([{ id: 'all', share: 1, attributes: { score: 0.8 } }]),
    ),
    message: /^node 'page', customer 0: the event probabilities sum to 1\.3: lower them to sum to 1 or less$/,
  },
  {
    name: 'a string that doubles on every visit',
    run: simulated(
      journeyOf({
        id: 'grow',
        start: 'grow',
        vars: { s: 'x' },
        nodes: [{ id: 'grow', kind: 'wait', label: 'Grow', actions: [{ type: 'assign', var: 's', expr: 'journey.s + journey.s' }] }, { id: 'rest', kind: 'wait', label: 'Rest' }, end],
        edges: [
          { id: 'rested', from: 'grow', to: 'rest', after: '1h' },
          { id: 'again', from: 'rest', to: 'grow', after: '1h' },
          { id: 'out', from: 'rest', to: 'end', event: 'QUIT', sim: { p: 0 } },
        ],
      }),
    ),
    message: /^node 'grow', customer 0: assign to journey\.s: the value is too big: it is a string of 1,048,576 characters, more than the 1,000,000 allowed; keep lists, maps and strings small/,
  },
  {
    name: 'a guard over the cost budget',
    run: simulated(
      journeyOf({
        id: 'costly-guard',
        start: 'route',
        nodes: [{ id: 'route', kind: 'decision', label: 'Route' }, end, { id: 'other', kind: 'outcome', label: 'Other', result: 'neutral' }],
        edges: [
          { id: 'costly', from: 'route', to: 'end', always: true, guard: doubling('0') },
          { id: 'dflt', from: 'route', to: 'other', always: true },
        ],
      }),
    ),
    message: /^node 'route', edge 'costly', customer 0: guard: the expression takes more than 1,000,000 steps/,
  },
  {
    name: 'an emotion over the cost budget',
    run: simulated(
      journeyOf({
        id: 'costly-emotion',
        start: 'visit',
        vars: { n: 0 },
        nodes: [{ id: 'visit', kind: 'touchpoint', label: 'Visit', channel: 'web', emotion: `${doubling('journey.n')} ? 1.0 : 0.0` }, end],
        edges: [{ id: 'buy', from: 'visit', to: 'end', event: 'BUY', sim: { p: 1, delay: '1h' } }],
      }),
    ),
    message: /^node 'visit', customer 0: emotion: the expression takes more than 1,000,000 steps/,
  },
];

describe('a failing run names its place, in the same words on both engines', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const [fast, reference] = failures(c.run);
      expect(fast).toMatch(c.message);
      expect(reference).toBe(fast);
    });
  }

  it('a constant emotion over the budget fails before any customer, on both engines', () => {
    const journey = journeyOf({
      id: 'costly-constant',
      start: 'visit',
      nodes: [{ id: 'visit', kind: 'touchpoint', label: 'Visit', channel: 'web', emotion: `${doubling('0')} ? 1.0 : 0.0` }, end],
      edges: [{ id: 'buy', from: 'visit', to: 'end', event: 'BUY', sim: { p: 1, delay: '1h' } }],
    });
    const [fast, reference] = failures(simulated(journey));
    expect(fast).toMatch(/^node 'visit': emotion: the expression takes more than 1,000,000 steps/);
    expect(reference).toBe(fast);
  });
});
