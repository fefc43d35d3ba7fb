import fc from 'fast-check';
import { NODE_KIND_NAMES } from '../../nodes/registry';

const KINDS = [...NODE_KIND_NAMES, 'mystery'];
const GUARDS = ['customer.income > 50000', 'customer.segment == "a"', 'journey.reminders < 2', 'true', 'customer.incme > 1', '1 +', 'event.amount > 10.0', 'constructor.constructor("x")()'];
const DURATIONS: unknown[] = ['90s', '15m', '2h', '3d', '2w', 1000, '3 days', -5, { dist: 'exponential', mean: '1d' }];
const DISTS: unknown[] = ['1h', { dist: 'exponential', mean: '1d' }, { dist: 'lognormal', median: '2h', p90: '1h' }, { dist: 'uniform', min: '1h', max: '2h' }, { dist: 'weird' }, 5000];

/**
 * Random journey-like documents: mostly well-shaped, with every kind of mistake mixed in (unknown
 * kinds and ids, bad triggers, durations, distributions and CEL). For robustness properties.
 */
export function arbitraryJourneyDocument(): fc.Arbitrary<Record<string, unknown>> {
  return fc.integer({ min: 1, max: 12 }).chain((n) => {
    const ids = Array.from({ length: n }, (_, i) => `n${i}`);
    const id = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.constantFrom('ghost', 'stage-a') });
    const node = (nid: string) =>
      fc.record(
        {
          id: fc.constant(nid),
          kind: fc.constantFrom(...KINDS),
          label: fc.string({ maxLength: 8 }),
          stage: fc.constantFrom('stage-a', 'stage-b', 'nope'),
          lane: fc.constantFrom('customer', 'frontstage', 'backstage', 'mars'),
          channel: fc.constantFrom('web', 'phone', 'fax'),
          result: fc.constantFrom('success', 'failure', 'churn', 'meh'),
          metric: fc.constantFrom('csat', 'nps'),
          questions: fc.array(fc.string({ maxLength: 4 }), { maxLength: 7 }),
          responseRate: fc.double({ min: -1, max: 2, noNaN: true }),
          repeatsInfo: fc.boolean(),
          product: fc.constant('card'),
          variants: fc.constantFrom([{ id: 'a', weight: 1 }, { id: 'b', weight: 1, holdout: true }], [{ id: 'a', weight: 0 }, { id: 'a', weight: -1 }], [{ id: 'solo', weight: 1 }], 'ab'),
          goal: fc.constantFrom('success', 'n0', 'nowhere'),
          emotion: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom('journey.reminders * 1.0', 'bad +')),
          momentOfTruth: fc.boolean(),
          work: fc.constantFrom(undefined, { team: 'team-a', handle: '10m' }, { team: 'nobody', handle: { dist: 'x' } }),
          actions: fc.constantFrom(undefined, [{ type: 'assign', var: 'reminders', expr: 'journey.reminders + 1' }], [{ type: 'task', team: 'team-a', title: 'Call' }], [{ type: 'assign', var: 'nope', expr: '((' }]),
        },
        { requiredKeys: ['id', 'kind', 'label'] },
      );
    const edge = (i: number) =>
      fc.record(
        {
          id: fc.constant(`e${i}`),
          from: id,
          to: id,
          event: fc.constantFrom('GO', 'STOP', 'HELP'),
          after: fc.constantFrom(...DURATIONS),
          always: fc.constantFrom(true, false),
          guard: fc.constantFrom(...GUARDS),
          variant: fc.constantFrom('a', 'b', 'zz'),
          sim: fc.record({ p: fc.oneof(fc.double({ min: 0, max: 1.2, noNaN: true }), fc.constant('0.5')), delay: fc.constantFrom(...DISTS), segments: fc.constantFrom(undefined, { a: { p: 0.9 } }) }, { requiredKeys: [] }),
        },
        { requiredKeys: ['id', 'from', 'to'] },
      );
    return fc.record({
      format: fc.constantFrom('journey/1', 'journey/1', 'journey/1', 'journey/2'),
      id: fc.constantFrom('random', 'Bad Id'),
      name: fc.constant('Random'),
      customer: fc.constant({ income: 'number' }),
      vars: fc.constant({ reminders: 0 }),
      stages: fc.constant([{ id: 'stage-a', name: 'A' }, { id: 'stage-b', name: 'B' }]),
      teams: fc.constant([{ id: 'team-a', name: 'Team A', staff: 2 }]),
      start: fc.oneof(fc.constant('n0'), id),
      nodes: fc.tuple(...ids.map(node)),
      edges: fc.integer({ min: 0, max: n * 2 }).chain((m) => fc.tuple(...Array.from({ length: m }, (_, i) => edge(i)))),
    });
  });
}
