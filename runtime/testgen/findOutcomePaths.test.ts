import { describe, expect, it } from 'vitest';
import { journeySchema } from '../model/journey';
import { findOutcomePaths } from './findOutcomePaths';
import { mortgageJourney, onboardingJourney, vipOnlyJourney as vipOnly } from '../compile/testJourneys';

const DAY = 86_400_000;

describe('findOutcomePaths', () => {
  it('finds the shortest path to each outcome, with a customer that takes it', () => {
    const paths = findOutcomePaths(mortgageJourney);
    expect(paths.map((p) => [p.outcome, p.steps])).toEqual([
      ['approved', [{ send: 'APPLY' }, { send: 'SUBMIT' }]],
      ['declined', [{ send: 'APPLY' }, { send: 'SUBMIT' }]],
      ['lost', [{ send: 'QUIT' }]],
    ]);
    const approved = paths[0]!;
    expect(approved.customer).toMatchObject({ income: 50000, digital: true });
    expect(approved.output).toEqual({ outcome: 'approved', result: 'success', value: 1000 });
    expect(approved.observed.map((o) => o.value)).toEqual([{ explore: 'visit' }, { apply: 'apply-form' }, 'approved']);
    expect(approved.nodes).toEqual(['visit', 'apply-form', 'approved']);
    expect(paths[1]!.customer).toMatchObject({ income: 0 });
  });

  it('orders timers by when they fall due: the 2d nudge comes before the 5d expiry', () => {
    const dormant = findOutcomePaths(onboardingJourney).find((p) => p.outcome === 'dormant')!;
    expect(dormant.steps).toEqual([
      { advance: 2 * DAY, timer: 'xstate.after.172800000.waiting' },
      { advance: 2 * DAY, timer: 'xstate.after.172800000.waiting' },
      { advance: 3 * DAY, timer: 'xstate.after.432000000.waiting' },
    ]);
    expect(dormant.observed[dormant.observed.length - 1]).toMatchObject({ status: 'done', journey: { nudges: 1 }, output: { outcome: 'dormant', result: 'churn' } });
  });

  it('finds customers for guarded routes (string segment and number) and drives staffed work', () => {
    const vip = findOutcomePaths(vipOnly).find((p) => p.outcome === 'vip-activated')!;
    expect(vip.customer).toEqual({ age: 30, segment: 'vip' });
    expect(vip.steps).toEqual([{ send: 'work.start' }, { send: 'work.done' }]);
    expect(vip.observed.map((o) => o.value)).toEqual([{ 'vip-call': 'queued' }, { 'vip-call': 'handling' }, 'vip-activated']);
  });

  it('leaves out outcomes no candidate customer reaches', () => {
    const unreachable = journeySchema.parse({
      ...vipOnly,
      edges: vipOnly.edges.map((e) => (e.id === 'to-vip' ? { ...e, guard: 'customer.age > 200 && customer.age < 100' } : e)),
    });
    expect(findOutcomePaths(vipOnly).map((p) => p.outcome)).toEqual(['activated', 'dormant', 'vip-activated']);
    expect(findOutcomePaths(unreachable).map((p) => p.outcome)).toEqual(['activated', 'dormant']);
  });
});
