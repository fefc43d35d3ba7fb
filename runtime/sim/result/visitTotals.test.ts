// Node visits, edge counts and constant emotions are not counted on every visit but derived from
// the visits per segment when the result is built: the figures must be what counting every visit gives.
import { describe, expect, it } from 'vitest';
import { simulate } from '../simulate';
import { journeySchema } from '../../model/journey';
import { cohortSchema } from '../../model/cohort';
import { ENGINES } from './simulationResult';
import { minimalCohort, minimalJourney } from '../../testing/minimalJourney';

// Every customer: visit (a constant emotion, 0.3) → think (an emotion expression: +0.5 for the
// old segment, -0.5 for the young) → visit again with probability 1 (one loop) → applied.
function loopJourney() {
  const j = minimalJourney();
  j.vars = { loops: 0 };
  j.nodes = [
    { id: 'visit', kind: 'touchpoint', label: 'Visit', channel: 'web', stage: 'explore', lane: 'customer', emotion: 0.3 },
    { id: 'think', kind: 'touchpoint', label: 'Think', channel: 'web', stage: 'explore', lane: 'customer', emotion: 'customer.income > 50000.0 ? 0.5 : -0.5' },
    { id: 'applied', kind: 'outcome', label: 'Applied', result: 'success' },
  ];
  j.edges = [
    { id: 'ponder', from: 'visit', to: 'think', after: '1h' },
    { id: 'again', from: 'think', to: 'visit', after: '1h', guard: 'journey.loops == 0', actions: [{ type: 'assign', var: 'loops', expr: 'journey.loops + 1' }] },
    { id: 'done', from: 'think', to: 'applied', after: '1h', guard: 'journey.loops == 1' },
  ];
  return journeySchema.parse(j);
}

function fixedCohort() {
  const c = minimalCohort();
  c.segments = [
    { id: 'young', name: 'Young', share: 0.4, attributes: { income: 40000 } },
    { id: 'old', name: 'Old', share: 0.6, attributes: { income: 60000 } },
  ];
  return cohortSchema.parse(c);
}

describe('figures derived from the visits per segment', () => {
  for (const engine of ENGINES) {
    it(`equal what counting every visit gives (${engine})`, () => {
      const N = engine === 'fast' ? 2000 : 300;
      const r = simulate(loopJourney(), fixedCohort(), { customers: N, seed: 5, engine });
      const young = r.segments.young!.customers;
      const old = r.segments.old!.customers;
      expect(young + old).toBe(N);
      expect(young).toBeGreaterThan(0);
      expect(old).toBeGreaterThan(0);
      // Two visits of each node per customer.
      expect(r.nodes.visit!.visits).toBe(2 * N);
      expect(r.nodes.think!.visits).toBe(2 * N);
      expect(r.nodes.visit!.bySegment).toMatchObject({ young: { visits: 2 * young }, old: { visits: 2 * old } });
      expect(r.edges.ponder).toEqual({ count: 2 * N, bySegment: { young: 2 * young, old: 2 * old } });
      expect(r.edges.again).toEqual({ count: N, bySegment: { young, old } });
      expect(r.edges.done!.count).toBe(N);
      // The constant node's mean is its constant; the expression node's is the segments' mix.
      expect(r.nodes.visit!.meanEmotion).toBe(0.3);
      expect(r.nodes.think!.meanEmotion).toBeCloseTo((0.5 * old - 0.5 * young) / N, 6);
      // The stage holds both: per segment the mean of 0.3 and ±0.5, overall their mix.
      const stage = r.emotion.byStage.explore!;
      expect(stage.bySegment.young).toBeCloseTo(-0.1, 6);
      expect(stage.bySegment.old).toBeCloseTo(0.4, 6);
      expect(stage.mean).toBeCloseTo((-0.1 * young + 0.4 * old) / N, 6);
      // An outcome with no emotion has none.
      expect(r.nodes.applied!.meanEmotion).toBeNull();
    });
  }
});
