import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { simulate } from './simulate';
import { journeySchema } from '../model/journey';
import { cohortSchema } from '../model/cohort';
import { ENGINES } from './result/simulationResult';

const journey = journeySchema.parse(JSON.parse(readFileSync('samples/mortgage-preapproval.journey.json', 'utf8')));
const cohort = cohortSchema.parse(JSON.parse(readFileSync('samples/mortgage-preapproval.cohort.json', 'utf8')));

describe('per-segment node and edge figures, and the time histogram (for the map and charts)', () => {
  for (const engine of ENGINES) {
    it(`add up to the totals (${engine})`, () => {
      const r = simulate(journey, cohort, { customers: engine === 'fast' ? 3000 : 400, seed: 3, engine });
      const segments = Object.keys(r.segments);
      for (const [id, n] of Object.entries(r.nodes)) {
        expect(Object.keys(n.bySegment), id).toEqual(segments);
        for (const field of ['visits', 'stalled', 'abandoned'] as const) {
          expect(segments.reduce((a, g) => a + n.bySegment[g]![field], 0), `${id}.${field}`).toBe(n[field]);
        }
      }
      for (const [id, e] of Object.entries(r.edges)) expect(segments.reduce((a, g) => a + e.bySegment[g]!, 0), id).toBe(e.count);
      // The start node is visited by every customer of every segment.
      for (const g of segments) expect(r.nodes[journey.start]!.bySegment[g]!.visits).toBe(r.segments[g]!.customers);
      const bins = r.timeToOutcome.histogram;
      expect(bins.reduce((a, b) => a + b.count, 0)).toBe(r.timeToOutcome.count);
      for (let i = 0; i < bins.length; i++) {
        expect(bins[i]!.fromMs).toBeLessThan(bins[i]!.toMs);
        if (i > 0) expect(bins[i]!.fromMs).toBeGreaterThanOrEqual(bins[i - 1]!.toMs);
      }
      const p50 = r.timeToOutcome.p50Ms!;
      expect(bins.some((b) => b.fromMs <= p50 && p50 <= b.toMs)).toBe(true);
    });
  }
});
