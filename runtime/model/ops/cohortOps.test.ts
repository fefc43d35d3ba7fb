import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Cohort } from '../cohort';
import { minimalCohort } from '../../testing/minimalJourney';
import { lintCohort, SHARE_TOLERANCE } from '../../lint/lintCohort';
import {
  addSegment,
  apportion,
  flatProfile,
  profileOf,
  rebalanceShares,
  removeArrivals,
  removeAttribute,
  removePatience,
  removeSegment,
  renameSegment,
  resetProfile,
  setArrivals,
  setArrivalsOver,
  setAttribute,
  setPatience,
  setProfileWeight,
  setSegmentId,
  setShare,
  updateCohort,
} from './cohortOps';

const mini = () => minimalCohort() as unknown as Cohort;
const sum = (c: Cohort) => c.segments.reduce((a, s) => a + s.share, 0);
const shares = (c: Cohort) => c.segments.map((s) => s.share);
const three = (): Cohort => ({ ...mini(), segments: [
  { id: 'a', name: 'A', share: 0.5 },
  { id: 'b', name: 'B', share: 0.3 },
  { id: 'c', name: 'C', share: 0.2 },
] });

describe('apportion', () => {
  it('splits whole steps in proportion and always adds up to the total', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [3, 1])).toEqual([75, 25]);
    expect(apportion(7, [0, 0])).toEqual([4, 3]);
    expect(apportion(5, [])).toEqual([]);
  });
});

describe('segment shares', () => {
  it('sets a share and gives the difference to the others in proportion', () => {
    const c = three();
    const next = setShare(c, 'a', 0.6);
    expect(shares(next)).toEqual([0.6, 0.24, 0.16]);
    expect(shares(c)).toEqual([0.5, 0.3, 0.2]);
  });

  it('rounds to 0.01 % and keeps the total within the tolerance', () => {
    const next = setShare(three(), 'b', 1 / 3);
    expect(next.segments[1]!.share).toBe(0.3333);
    expect(Math.abs(sum(next) - 1)).toBeLessThan(1e-9);
  });

  it('clamps to 0…1; the others share everything when one goes to 0', () => {
    expect(shares(setShare(three(), 'a', 1.7))).toEqual([1, 0, 0]);
    expect(shares(setShare(three(), 'a', -1))).toEqual([0, 0.6, 0.4]);
    // from 100 % back down: the others had nothing, so they share equally
    expect(shares(setShare(setShare(three(), 'a', 1), 'a', 0.4))).toEqual([0.4, 0.3, 0.3]);
  });

  it('a single segment is always 1', () => {
    const one: Cohort = { ...mini(), segments: [{ id: 'all', name: 'All', share: 0.5 }] };
    expect(shares(setShare(one, 'all', 0.2))).toEqual([1]);
  });

  it('returns the same cohort when nothing changes (no undo step)', () => {
    const c = three();
    expect(setShare(c, 'a', 0.5)).toBe(c);
    expect(setShare(c, 'nobody', 0.5)).toBe(c);
    expect(setShare(c, 'a', Number.NaN)).toBe(c);
    expect(rebalanceShares(c)).toBe(c);
  });

  it('rebalances shares that do not sum to 1', () => {
    const c: Cohort = { ...mini(), segments: [{ id: 'a', name: 'A', share: 0.2 }, { id: 'b', name: 'B', share: 0.6 }] };
    expect(shares(rebalanceShares(c))).toEqual([0.25, 0.75]);
  });
});

describe('segments', () => {
  it('adds a segment with an equal share and the last segment’s attributes and patience', () => {
    const { cohort, segmentId } = addSegment(mini(), 'Young');
    expect(segmentId).toBe('young-2');
    const added = cohort.segments[2]!;
    expect(added).toMatchObject({ id: 'young-2', name: 'Young', attributes: { income: 60000 }, patience: { dist: 'exponential', mean: '20m' } });
    expect(added.share).toBeCloseTo(1 / 3, 4);
    expect(Math.abs(sum(cohort) - 1)).toBeLessThan(1e-9);
    expect(addSegment(mini(), '!!!').segmentId).toBe('segment');
  });

  it('removes a segment and gives its share to the others; the last one stays', () => {
    const next = removeSegment(three(), 'a');
    expect(shares(next)).toEqual([0.6, 0.4]);
    const one = removeSegment(removeSegment(next, 'b'), 'c');
    expect(one.segments.map((s) => s.id)).toEqual(['c']);
    expect(shares(one)).toEqual([1]);
  });

  it('renames a segment and changes its id', () => {
    const c = three();
    expect(renameSegment(c, 'a', 'Alpha').segments[0]!.name).toBe('Alpha');
    expect(setSegmentId(c, 'a', 'alpha').segments[0]!.id).toBe('alpha');
    expect(renameSegment(c, 'a', 'A')).toBe(c);
  });
});

describe('attributes and patience', () => {
  it('sets and removes attributes, keeping their order', () => {
    let c = setAttribute(mini(), 'young', 'digital', { dist: 'bernoulli', p: 0.8 });
    expect(Object.keys(c.segments[0]!.attributes!)).toEqual(['income', 'digital']);
    c = setAttribute(c, 'young', 'income', 50000);
    expect(Object.keys(c.segments[0]!.attributes!)).toEqual(['income', 'digital']);
    expect(c.segments[0]!.attributes!.income).toBe(50000);
    c = removeAttribute(removeAttribute(c, 'young', 'income'), 'young', 'digital');
    expect('attributes' in c.segments[0]!).toBe(false);
    expect(removeAttribute(c, 'young', 'nothing')).toBe(c);
  });

  it('treats attributes named like members of Object.prototype as any other name', () => {
    const c = mini();
    expect(removeAttribute(c, 'young', 'constructor')).toBe(c);
    expect(removeAttribute(c, 'young', 'toString')).toBe(c);
    const withIt = setAttribute(c, 'young', 'constructor', 'web');
    expect(Object.keys(withIt.segments[0]!.attributes!)).toEqual(['income', 'constructor']);
    expect(Object.keys(removeAttribute(withIt, 'young', 'constructor').segments[0]!.attributes!)).toEqual(['income']);
  });

  it('sets and removes patience (none: waits forever)', () => {
    let c = setPatience(mini(), 'young', { dist: 'exponential', mean: '5m' });
    expect(c.segments[0]!.patience).toEqual({ dist: 'exponential', mean: '5m' });
    c = setPatience(c, 'young', undefined);
    expect('patience' in c.segments[0]!).toBe(false);
    expect('patience' in removePatience(c, 'old').segments[1]!).toBe(false);
    expect(removePatience(c, 'young')).toBe(c);
  });
});

describe('arrivals', () => {
  it('spreads arrivals over a duration, and removes them', () => {
    let c = setArrivalsOver(mini(), '28d');
    expect(c.arrivals).toEqual({ over: '28d' });
    c = setArrivalsOver(c, '7d');
    expect(c.arrivals).toEqual({ over: '7d' });
    expect(setArrivalsOver(c, '7d')).toBe(c);
    expect('arrivals' in removeArrivals(c)).toBe(false);
    expect(setArrivals(c, { over: '2w', weekly: [1, 1, 1, 1, 1, 0, 0] }).arrivals?.weekly).toHaveLength(7);
  });

  it('sets one weight of a profile, starting from flat, and resets it to flat', () => {
    const c = setArrivalsOver(mini(), '7d');
    const friday = setProfileWeight(c, 'weekly', 4, 2.5);
    expect(friday.arrivals!.weekly).toEqual([1, 1, 1, 1, 2.5, 1, 1]);
    const night = setProfileWeight(friday, 'daily', 3, -2);
    expect(night.arrivals!.daily![3]).toBe(0);
    expect(night.arrivals!.daily).toHaveLength(24);
    expect(setProfileWeight(night, 'daily', 3, 0)).toBe(night);
    expect(setProfileWeight(night, 'daily', 24, 1)).toBe(night);
    expect(setProfileWeight(mini(), 'weekly', 0, 2).arrivals).toBeUndefined();
    const flat = resetProfile(night, 'weekly');
    expect('weekly' in flat.arrivals!).toBe(false);
    expect(profileOf(flat.arrivals, 'weekly')).toEqual(flatProfile('weekly'));
  });

  it('brings a profile of the wrong length to its length', () => {
    const c = setArrivals(mini(), { over: '7d', weekly: [2, 2, 2] });
    expect(setProfileWeight(c, 'weekly', 6, 3).arrivals!.weekly).toEqual([2, 2, 2, 1, 1, 1, 3]);
  });
});

describe('the cohort itself', () => {
  it('changes its name, id and description; no description, no field', () => {
    const c = mini();
    expect(updateCohort(c, { name: 'Mini' })).toMatchObject({ name: 'Mini', id: 'mini-cohort' });
    const described = updateCohort(c, { description: 'Who they are' });
    expect(described.description).toBe('Who they are');
    expect('description' in updateCohort(described, { description: undefined })).toBe(false);
    expect(updateCohort(c, { name: 'Mini cohort' })).toBe(c);
  });
});

describe('cohort ops are pure', () => {
  it('never mutate their input', () => {
    const c = setArrivals(mini(), { over: '7d', weekly: [1, 1, 1, 1, 1, 1, 1] });
    const before = JSON.stringify(c);
    setShare(c, 'young', 0.9);
    addSegment(c, 'New');
    removeSegment(c, 'old');
    setAttribute(c, 'young', 'x', 1);
    removeAttribute(c, 'young', 'income');
    setPatience(c, 'old', 1);
    setProfileWeight(c, 'weekly', 0, 4);
    resetProfile(c, 'weekly');
    removeArrivals(c);
    expect(JSON.stringify(c)).toBe(before);
  });
});

type Edit =
  | { op: 'share'; at: number; share: number }
  | { op: 'add'; name: string }
  | { op: 'remove'; at: number }
  | { op: 'rebalance' }
  | { op: 'patience'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('share' as const), at: fc.nat(20), share: fc.oneof(fc.double({ min: -0.5, max: 1.5, noNaN: true }), fc.constantFrom(0, 1, 1 / 3, 0.005)) }), weight: 6 },
  { arbitrary: fc.record({ op: fc.constant('add' as const), name: fc.string({ maxLength: 8 }) }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('remove' as const), at: fc.nat(20) }), weight: 2 },
  { arbitrary: fc.constant({ op: 'rebalance' as const }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('patience' as const), at: fc.nat(20) }), weight: 1 },
);

function apply(c: Cohort, e: Edit): Cohort {
  const id = (at: number) => c.segments[at % c.segments.length]!.id;
  switch (e.op) {
    case 'share':
      return setShare(c, id(e.at), e.share);
    case 'add':
      return addSegment(c, e.name).cohort;
    case 'remove':
      return removeSegment(c, id(e.at));
    case 'rebalance':
      return rebalanceShares(c);
    case 'patience':
      return setPatience(c, id(e.at), '10m');
  }
}

describe('cohort ops: properties', () => {
  it('keep the shares summing to 1 (J022 never fires) under any sequence of edits', () => {
    const start = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }).map((raw) =>
      rebalanceShares({ ...mini(), segments: raw.map((share, i) => ({ id: `s${i}`, name: `S${i}`, share })) }),
    );
    fc.assert(
      fc.property(start, fc.array(edit, { maxLength: 40 }), (first, edits) => {
        let c = first;
        for (const e of [undefined, ...edits]) {
          if (e) c = apply(c, e);
          expect(Math.abs(sum(c) - 1)).toBeLessThanOrEqual(SHARE_TOLERANCE);
          for (const s of c.segments) expect(s.share >= 0 && s.share <= 1).toBe(true);
          expect(c.segments.length).toBeGreaterThanOrEqual(1);
          expect(new Set(c.segments.map((s) => s.id)).size).toBe(c.segments.length);
          expect(lintCohort(c).filter((d) => d.code === 'J022')).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('set exactly the share asked for (to 0.01 %) and keep the others in proportion', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 8 }), fc.nat(7), fc.double({ min: 0, max: 0.99, noNaN: true }), (raw, at, share) => {
        const c = rebalanceShares({ ...mini(), segments: raw.map((w, i) => ({ id: `s${i}`, name: `S${i}`, share: w })) });
        const i = at % c.segments.length;
        const next = setShare(c, c.segments[i]!.id, share);
        expect(next.segments[i]!.share).toBeCloseTo(Math.round(share * 1e4) / 1e4, 10);
        const before = c.segments.filter((_, k) => k !== i);
        const after = next.segments.filter((_, k) => k !== i);
        const restBefore = before.reduce((a, s) => a + s.share, 0);
        const restAfter = after.reduce((a, s) => a + s.share, 0);
        // each of the others keeps its part of the rest, within the rounding step
        before.forEach((s, k) => expect(Math.abs(after[k]!.share - (s.share / restBefore) * restAfter)).toBeLessThanOrEqual(1e-4 + 1e-12));
      }),
      { numRuns: 300 },
    );
  });
});
