import { describe, expect, it } from 'vitest';
import { validateText } from '../validateText';
import { cohortSchema } from '../../model/cohort';
import { minimalCohort, minimalJourney } from '../../testing/minimalJourney';
import { simulate } from '../../sim/simulate';

/** The minimal journey with edge 'apply' given this `sim`; its diagnostics of `codes`, with the cohort when asked. */
function simmed(sim: Record<string, unknown>, options: { cohort?: boolean; codes?: string[]; more?: (j: ReturnType<typeof minimalJourney>) => void } = {}) {
  const journey = minimalJourney();
  journey.edges[0]!.sim = { delay: '1d', ...sim };
  options.more?.(journey);
  const cohort = options.cohort ? cohortSchema.parse(minimalCohort()) : undefined;
  const v = validateText(JSON.stringify(journey), cohort ? { cohort } : {});
  const codes = options.codes ?? ['J048'];
  return { journey: v.journey!, found: v.diagnostics.filter((d) => codes.includes(d.code)).map((d) => `${d.code} ${d.path.join('.')} ${d.message}`) };
}

describe('constant probability expressions are checked like numbers (J048)', () => {
  it('refuses a constant above 1 or below 0, at the p', () => {
    expect(simmed({ p: '2.0' }).found).toEqual([expect.stringMatching(/^J048 edges\.0\.sim\.p sim p of edge 'apply' is "2\.0", which gives 2: a probability is from 0 to 1/)]);
    expect(simmed({ p: '-0.5' }).found).toEqual([expect.stringMatching(/^J048 edges\.0\.sim\.p .*gives -0\.5:/)]);
    expect(simmed({ p: '0.25 * 8.0' }).found).toEqual([expect.stringMatching(/gives 2:/)]);
    expect(simmed({ p: '1.0 / 0.0' }).found).toEqual([expect.stringMatching(/gives no number/)]);
  });

  it('refuses a segment override by its own value, and with a cohort a p that reads only the segment', () => {
    expect(simmed({ p: 0.5, segments: { young: { p: '1.5' } } }).found).toEqual([expect.stringMatching(/^J048 edges\.0\.sim\.segments\.young\.p .*gives 1\.5 for segment 'young'/)]);
    const bySegment = { p: 'customer.segment == "old" ? 1.2 : 0.3' };
    expect(simmed(bySegment).found).toEqual([]);
    expect(simmed(bySegment, { cohort: true }).found).toEqual([expect.stringMatching(/gives 1\.2 for segment 'old'/)]);
    // The segment with its own p never uses the edge's.
    expect(simmed({ ...bySegment, segments: { old: { p: 0.1 } } }, { cohort: true }).found).toEqual([]);
  });

  it('accepts constants within 0…1 and leaves expressions that read customers to the simulator', () => {
    expect(simmed({ p: '0.5' }).found).toEqual([]);
    expect(simmed({ p: '1' }).found).toEqual([]);
    expect(simmed({ p: 'customer.income > 50000.0 ? 2.0 : 0.1' }, { cohort: true }).found).toEqual([]);
  });

  it('counts constant expressions in the sum of a node\'s probabilities (J021), as the simulator does', () => {
    const call = (p: unknown) => (j: ReturnType<typeof minimalJourney>) => {
      j.edges.push({ id: 'call', from: 'visit', to: 'gone', event: 'CALL', sim: { p, delay: '1d' } });
    };
    const { journey, found } = simmed({ p: '0.6' }, { codes: ['J021'], more: call(0.6) });
    expect(found).toEqual([expect.stringMatching(/^J021 nodes\.0 the event probabilities of 'visit' sum to 1\.2 \(APPLY 0\.6 \+ CALL 0\.6\)/)]);
    expect(() => simulate(journey, cohortSchema.parse(minimalCohort()), { customers: 10 })).toThrow(/sum to 1\.2/);
    expect(simmed({ p: 'customer.segment == "old" ? 0.6 : 0.1' }, { cohort: true, codes: ['J021'], more: call('0.6') }).found).toEqual([expect.stringMatching(/for segment 'old' sum to 1\.2/)]);
    expect(simmed({ p: '0.4' }, { codes: ['J021'], more: call('0.6') }).found).toEqual([]);
  });
});
