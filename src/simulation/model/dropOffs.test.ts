import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../runtime/model/journey';
import type { SimulationResult } from '../../../runtime/sim';
import { fixtureJourney, fixtureResult } from './dropOffFixture';
import { rankDropOffs } from './dropOffs';
import { sampleRun } from './testRuns';

const brief = (r: ReturnType<typeof rankDropOffs>) => r.rows.map((x) => [x.nodeId, x.left]);

describe('rankDropOffs (hand-counted fixture)', () => {
  it('ranks the steps by the customers who leave there, ties in map order', () => {
    const r = rankDropOffs(fixtureJourney, fixtureResult);
    // ad: 20 churned + 7 stalled; call: 15 gave up; review: 10 declined + 5 maybe later; form: 10 stalled.
    expect(brief(r)).toEqual([
      ['ad', 27],
      ['call', 15],
      ['review', 15],
      ['form', 10],
    ]);
    expect(r.customers).toBe(100);
    // Everyone but the 30 who succeeded and the 3 still inside.
    expect(r.totalLeft).toBe(67);
  });

  it('counts stalled and queue abandonment at their node, outcomes at the step they came from', () => {
    const { rows } = rankDropOffs(fixtureJourney, fixtureResult);
    const at = (id: string) => rows.find((x) => x.nodeId === id)!;
    expect(at('ad')).toEqual({
      nodeId: 'ad',
      label: 'Sees the ad',
      stageId: 'discover',
      stage: 'Discover',
      reached: 100,
      left: 27,
      stalled: 7,
      abandoned: 0,
      ends: [{ nodeId: 'lost', label: 'Lost interest', result: 'churn', count: 20 }],
      ofReached: 0.27,
      ofCustomers: 0.27,
    });
    expect(at('call')).toMatchObject({ label: 'Calls an advisor', stage: 'Apply', reached: 63, left: 15, stalled: 0, abandoned: 15, ends: [] });
    expect(at('call').ofReached).toBeCloseTo(15 / 63, 12);
    expect(at('review').ends).toEqual([
      { nodeId: 'declined', label: 'Declined', result: 'failure', count: 10 },
      { nodeId: 'later', label: 'Maybe later', result: 'neutral', count: 5 },
    ]);
    expect(at('form')).toMatchObject({ stalled: 10, abandoned: 0, left: 10, reached: 73 });
    // The outcomes themselves are not rows: their customers are counted at the step before.
    expect(rows.map((x) => x.nodeId)).not.toContain('lost');
    expect(rows.map((x) => x.nodeId)).not.toContain('won');
  });

  it('ranks one segment by its own figures', () => {
    const a = rankDropOffs(fixtureJourney, fixtureResult, 'a');
    expect(a.segment).toBe('a');
    expect(a.customers).toBe(60);
    expect(brief(a)).toEqual([
      ['call', 15],
      ['ad', 10],
      ['form', 5],
      ['review', 5],
    ]);
    expect(a.rows[0]!.ofCustomers).toBe(0.25);
    expect(a.rows[0]!.ofReached).toBeCloseTo(15 / 45, 12);
    expect(a.totalLeft).toBe(35);
    const b = rankDropOffs(fixtureJourney, fixtureResult, 'b');
    expect(brief(b)).toEqual([
      ['ad', 17],
      ['review', 10],
      ['form', 5],
    ]);
    // A segment the run does not have: all customers.
    expect(rankDropOffs(fixtureJourney, fixtureResult, 'nobody').segment).toBeNull();
  });

  it('counts an outcome reached from a stage (or as the start) at the outcome itself', () => {
    const journey = {
      ...fixtureJourney,
      edges: [...fixtureJourney.edges, { id: 'apply-timeout', from: 'apply', to: 'lost', after: '30d' }],
    } as unknown as Journey;
    const result = structuredClone(fixtureResult) as SimulationResult;
    // 4 more customers of `a` leave Apply by the stage's timer (taken from form's stalled ones).
    result.edges['apply-timeout'] = { count: 4, bySegment: { a: 4, b: 0 } };
    result.outcomes['lost']!.count += 4;
    result.outcomes['lost']!.bySegment['a']!.count += 4;
    result.nodes['form']!.stalled -= 4;
    result.nodes['form']!.bySegment['a']!.stalled -= 4;
    const r = rankDropOffs(journey, result);
    expect(brief(r)).toEqual([
      ['ad', 27],
      ['call', 15],
      ['review', 15],
      ['form', 6],
      ['lost', 4],
    ]);
    expect(r.rows.at(-1)!.ends).toEqual([{ nodeId: 'lost', label: 'Lost interest', result: 'churn', count: 4 }]);
    expect(r.totalLeft).toBe(67);
  });
});

describe('rankDropOffs (a real run)', () => {
  it('counts everyone who ends without a success exactly once, for all customers and each segment', () => {
    const { journey, result } = sampleRun('mortgage-preapproval');
    const success = (count: (o: SimulationResult['outcomes'][string]) => number) =>
      Object.values(result.outcomes)
        .filter((o) => o.result === 'success')
        .reduce((s, o) => s + count(o), 0);
    const all = rankDropOffs(journey, result);
    expect(all.totalLeft).toBe(result.customers - success((o) => o.count) - result.terminal.inProgress);
    expect(all.totalLeft).toBe(
      result.terminal.stalled +
        result.terminal.abandoned +
        Object.values(result.outcomes)
          .filter((o) => o.result !== 'success')
          .reduce((s, o) => s + o.count, 0),
    );
    for (let i = 1; i < all.rows.length; i++) expect(all.rows[i - 1]!.left).toBeGreaterThanOrEqual(all.rows[i]!.left);
    // The advisors' queue: those who gave up are among the customers who leave there.
    expect(all.rows.find((x) => x.nodeId === 'advisor-call')!.abandoned).toBe(result.nodes['advisor-call']!.abandoned);
    // Nobody is still inside at the horizon in this run: per segment, everyone but the successes left.
    expect(result.terminal.inProgress).toBe(0);
    for (const g of Object.keys(result.segments)) {
      const r = rankDropOffs(journey, result, g);
      expect(r.rows.reduce((s, x) => s + x.left, 0)).toBe(r.totalLeft);
      expect(r.totalLeft).toBe(result.segments[g]!.customers - success((o) => o.bySegment[g]!.count));
    }
  });
});
