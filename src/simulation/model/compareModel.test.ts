import { describe, expect, it } from 'vitest';
import { diffJourneys } from '../../../runtime/model/diffJourneys';
import { journeySchema } from '../../../runtime/model/journey';
import { compareJourneys, type Comparison } from '../../../runtime/sim';
import { compareModelOf, highlightsOf } from './compareModel';
import { sample } from './testRuns';

const { journey: a, cohort } = sample('mortgage-preapproval');
// The redesign: two more advisors, a quicker reminder, a referral outcome, no competitor edge.
const b = journeySchema.parse({
  ...a,
  teams: a.teams!.map((t) => (t.id === 'advisors' ? { ...t, staff: t.staff + 2, ...(t.schedule ? { schedule: t.schedule.map((e) => ({ ...e, staff: e.staff + 2 })) } : {}) } : t)),
  nodes: [...a.nodes, { id: 'referred', kind: 'outcome', label: 'Referred a friend', result: 'success', stage: 'buy' }],
  edges: [
    ...a.edges.filter((e) => e.id !== 'house-hunting-chose-other-lender').map((e) => (e.id === 'preapproval-invite-after-6d' ? { ...e, after: '3d' } : e)),
    { id: 'house-hunting-referred', from: 'house-hunting', to: 'referred', event: 'REFERRED' },
  ],
});
const comparison = compareJourneys(a, b, cohort, { customers: 3_000, seed: 11 });

describe('compareModelOf', () => {
  const model = compareModelOf(comparison, a, b);

  it('has a row per outcome, then the endings without one, with the comparison’s numbers', () => {
    expect(model.rows.map((r) => r.key)).toEqual([...Object.keys(comparison.outcomes), 'stalled', 'abandoned', 'inProgress']);
    for (const row of model.rows) {
      const c = row.ending === 'outcome' ? comparison.outcomes[row.key]! : comparison.terminal[row.key as keyof Comparison['terminal']];
      expect([row.a, row.b, row.diff, row.ci95]).toEqual([c.a, c.b, c.diff, c.ci95]);
      expect(row.significant).toBe(c.ci95[0] > 0 || c.ci95[1] < 0);
    }
    expect(model).toMatchObject({ journeys: { a: a.id, b: b.id }, customers: 3_000, seed: 11, engine: 'fast' });
  });

  it('labels rows and gives verdicts by the kind of outcome', () => {
    const row = (key: string) => model.rows.find((r) => r.key === key)!;
    const churn = row('lost-to-competitor');
    expect(churn).toMatchObject({ label: 'Went with another lender', result: 'churn', significant: true, verdict: 'better' });
    expect(churn.b.count).toBe(0);
    expect(row('referred')).toMatchObject({ label: 'Referred a friend', result: 'success', significant: false, verdict: 'no-difference', diffLabel: '0.0 pp (95% CI 0.0 to 0.0 pp)' });
    const queue = row('abandoned');
    expect(queue).toMatchObject({ ending: 'terminal', label: 'Gave up waiting in a queue', result: null });
    expect(queue.diff).toBeLessThan(0);
    expect(queue.verdict).toBe(queue.significant ? 'better' : 'no-difference');
    expect(churn.sharesLabel).toMatch(/^\d+\.\d% → 0\.0%$/);
    expect(churn.diffLabel).toMatch(/^-\d+\.\d pp \(95% CI -\d+\.\d to -\d+\.\d pp\)$/);
  });

  it('highlights what changed between the journeys', () => {
    const h = model.highlights;
    expect([...h.nodes.added]).toEqual(['referred']);
    expect([...h.nodes.changed]).toEqual([]);
    expect([...h.edges.added]).toEqual(['house-hunting-referred']);
    expect([...h.edges.removed]).toEqual(['house-hunting-chose-other-lender']);
    expect([...h.edges.changed]).toEqual(['preapproval-invite-after-6d']);
    expect(h.fields).toEqual(['teams']);
    expect(highlightsOf(diffJourneys(a, a)).nodes.changed.size).toBe(0);
  });
});
