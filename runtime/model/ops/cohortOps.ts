import type { Arrivals, Cohort, Segment } from '../cohort';
import type { Duration } from '../duration';
import type { Distribution } from '../primitives';
import { slugify } from './uniqueId';
import { hasName, ownValue } from '../ownValue';

/**
 * Pure edit operations on a cohort (`cohort/1`): each returns a new cohort and never mutates its
 * input; an edit that changes nothing returns the input itself (so it makes no undo step).
 */

/** Shares are kept in whole steps of 0.0001 (0.01 %): the steps always add up to exactly 1. */
export const SHARE_STEPS = 10_000;

export type ProfileName = 'weekly' | 'daily';
/** 7 days (Monday first) and 24 hours (00:00 first). */
export const PROFILE_LENGTH: Record<ProfileName, number> = { weekly: 7, daily: 24 };

/**
 * `total` whole steps split in proportion to `weights` (largest remainder), so the parts add up to
 * `total` exactly; weights that are all 0 (or not numbers) share it equally.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  const exact = sum > 0 ? clean.map((w) => (w / sum) * total) : clean.map(() => total / clean.length);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  // The biggest remainders get the steps left over; ties go to the earlier segment.
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]!.i]! += 1;
  return parts;
}

const sameShares = (a: readonly Segment[], shares: readonly number[]) => a.every((s, i) => s.share === shares[i]);

function withShares(cohort: Cohort, shares: readonly number[]): Cohort {
  if (sameShares(cohort.segments, shares)) return cohort;
  return { ...cohort, segments: cohort.segments.map((s, i) => (s.share === shares[i] ? s : { ...s, share: shares[i]! })) };
}

function updateSegment(cohort: Cohort, segmentId: string, update: (s: Segment) => Segment): Cohort {
  const i = cohort.segments.findIndex((s) => s.id === segmentId);
  if (i < 0) return cohort;
  const before = cohort.segments[i]!;
  const after = update(before);
  if (after === before) return cohort;
  const segments = [...cohort.segments];
  segments[i] = after;
  return { ...cohort, segments };
}

/** A copy of `obj` without `key` (absent stays absent: the same object). */
function without<T extends object, K extends keyof T>(obj: T, key: K): T {
  if (!hasName(obj, key as string)) return obj;
  const next = { ...obj };
  delete next[key];
  return next;
}

/** Change the cohort's own fields (id, name, description); an undefined description is removed. */
export function updateCohort(cohort: Cohort, patch: Partial<Pick<Cohort, 'id' | 'name' | 'description'>>): Cohort {
  let next = cohort;
  for (const [key, value] of Object.entries(patch) as [keyof typeof patch, string | undefined][]) {
    if (next[key] === value) continue;
    next = value === undefined ? without(next, key) : { ...next, [key]: value };
  }
  return next;
}

/** Every share scaled so that they sum to 1 (equal shares when they are all 0). */
export function rebalanceShares(cohort: Cohort): Cohort {
  return withShares(cohort, apportion(SHARE_STEPS, cohort.segments.map((s) => s.share)).map((u) => u / SHARE_STEPS));
}

/**
 * Set one segment's share (0…1, to the nearest 0.0001) and give the difference to the others in
 * proportion to their shares, so the total stays exactly 1. A single segment always has 1.
 */
export function setShare(cohort: Cohort, segmentId: string, share: number): Cohort {
  const i = cohort.segments.findIndex((s) => s.id === segmentId);
  if (i < 0 || Number.isNaN(share)) return cohort;
  if (cohort.segments.length === 1) return withShares(cohort, [1]);
  const own = Math.round(Math.min(1, Math.max(0, share)) * SHARE_STEPS);
  const others = cohort.segments.filter((_, k) => k !== i).map((s) => s.share);
  const rest = apportion(SHARE_STEPS - own, others);
  const shares = cohort.segments.map((_, k) => (k === i ? own : rest[k < i ? k : k - 1]!) / SHARE_STEPS);
  return withShares(cohort, shares);
}

/** A segment id from a name, free among the cohort's segments (`segment`, `segment-2`…). */
export function uniqueSegmentId(cohort: Cohort, name: string): string {
  const taken = new Set(cohort.segments.map((s) => s.id));
  const slug = /[a-z0-9]/i.test(name.normalize('NFKD')) ? slugify(name) : 'segment';
  if (!taken.has(slug)) return slug;
  for (let i = 2; ; i++) if (!taken.has(`${slug}-${i}`)) return `${slug}-${i}`;
}

/**
 * Add a segment named `name` with an equal share (1 / segments), the others giving it room in
 * proportion. It starts with the last segment's attributes and patience: a journey checks that
 * every segment gives its declared attributes (J027), so a blank segment would not fit it.
 */
export function addSegment(cohort: Cohort, name: string): { cohort: Cohort; segmentId: string } {
  const segmentId = uniqueSegmentId(cohort, name);
  const last = cohort.segments[cohort.segments.length - 1];
  const segment: Segment = { id: segmentId, name, share: 0 };
  if (last?.attributes) segment.attributes = last.attributes;
  if (last?.patience !== undefined) segment.patience = last.patience;
  const added = { ...cohort, segments: [...cohort.segments, segment] };
  return { cohort: setShare(added, segmentId, 1 / added.segments.length), segmentId };
}

/** Remove a segment; the others share its part in proportion. The last segment stays. */
export function removeSegment(cohort: Cohort, segmentId: string): Cohort {
  if (cohort.segments.length <= 1 || !cohort.segments.some((s) => s.id === segmentId)) return cohort;
  return rebalanceShares({ ...cohort, segments: cohort.segments.filter((s) => s.id !== segmentId) });
}

export function renameSegment(cohort: Cohort, segmentId: string, name: string): Cohort {
  return updateSegment(cohort, segmentId, (s) => (s.name === name ? s : { ...s, name }));
}

/** Change a segment's id (journeys refer to it in `sim.segments` and `customer.segment`: they are not changed). */
export function setSegmentId(cohort: Cohort, segmentId: string, nextId: string): Cohort {
  return updateSegment(cohort, segmentId, (s) => (s.id === nextId ? s : { ...s, id: nextId }));
}

/** Add or replace one attribute's distribution in a segment (an existing attribute keeps its place). */
export function setAttribute(cohort: Cohort, segmentId: string, name: string, dist: Distribution): Cohort {
  return updateSegment(cohort, segmentId, (s) => (ownValue(s.attributes, name) === dist ? s : { ...s, attributes: { ...s.attributes, [name]: dist } }));
}

/** Remove an attribute from a segment; no attributes left, no `attributes` field. */
export function removeAttribute(cohort: Cohort, segmentId: string, name: string): Cohort {
  return updateSegment(cohort, segmentId, (s) => {
    if (!hasName(s.attributes, name)) return s;
    const attributes = without(s.attributes, name);
    return Object.keys(attributes).length > 0 ? { ...s, attributes } : without(s, 'attributes');
  });
}

/** Set a segment's patience; undefined removes it (its customers wait forever). */
export function setPatience(cohort: Cohort, segmentId: string, patience: Distribution | undefined): Cohort {
  if (patience === undefined) return removePatience(cohort, segmentId);
  return updateSegment(cohort, segmentId, (s) => (s.patience === patience ? s : { ...s, patience }));
}

export function removePatience(cohort: Cohort, segmentId: string): Cohort {
  return updateSegment(cohort, segmentId, (s) => without(s, 'patience'));
}

/** Set the arrivals; undefined removes them (every customer enters at t = 0). */
export function setArrivals(cohort: Cohort, arrivals: Arrivals | undefined): Cohort {
  if (arrivals === undefined) return removeArrivals(cohort);
  return cohort.arrivals === arrivals ? cohort : { ...cohort, arrivals };
}

export function removeArrivals(cohort: Cohort): Cohort {
  return without(cohort, 'arrivals');
}

/** Spread the arrivals over `over` (starting arrivals with flat profiles when there were none). */
export function setArrivalsOver(cohort: Cohort, over: Duration): Cohort {
  if (cohort.arrivals?.over === over) return cohort;
  return { ...cohort, arrivals: { ...cohort.arrivals, over } };
}

/** A profile of every hour or day alike: all weights 1. */
export const flatProfile = (profile: ProfileName): number[] => new Array<number>(PROFILE_LENGTH[profile]).fill(1);

/** A profile's weights at its length (missing weights are 1, extra ones dropped); flat when absent. */
export function profileOf(arrivals: Arrivals | undefined, profile: ProfileName): number[] {
  const given = arrivals?.[profile];
  return flatProfile(profile).map((one, i) => given?.[i] ?? one);
}

/**
 * Set one weight (≥ 0) of the weekly (0 = Monday) or daily (0 = 00:00–01:00) profile. Without
 * arrivals there is no profile to set: the cohort is returned as it is. A profile of the wrong
 * length (J032) is brought to its length first.
 */
export function setProfileWeight(cohort: Cohort, profile: ProfileName, index: number, weight: number): Cohort {
  const arrivals = cohort.arrivals;
  if (!arrivals || !Number.isInteger(index) || index < 0 || index >= PROFILE_LENGTH[profile] || !Number.isFinite(weight)) return cohort;
  const value = Math.max(0, weight);
  const current = arrivals[profile];
  if (current?.length === PROFILE_LENGTH[profile] && current[index] === value) return cohort;
  const next = profileOf(arrivals, profile);
  next[index] = value;
  return { ...cohort, arrivals: { ...arrivals, [profile]: next } };
}

/** Back to the flat default: the profile leaves the arrivals. */
export function resetProfile(cohort: Cohort, profile: ProfileName): Cohort {
  if (!cohort.arrivals || !(profile in cohort.arrivals)) return cohort;
  return { ...cohort, arrivals: without(cohort.arrivals, profile) };
}
