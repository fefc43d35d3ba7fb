// Small journeys whose simulation results have closed-form answers (the tests check them).
import { cohortSchema, type Cohort } from '../../model/cohort';
import { journeySchema, type Journey } from '../../model/journey';

type Doc = Record<string, unknown>;

export function journeyOf(doc: Doc): Journey {
  return journeySchema.parse({ format: 'journey/1', name: String(doc.id), ...doc });
}

export function cohortOf(segments: Doc[], id = 'people'): Cohort {
  return cohortSchema.parse({ format: 'cohort/1', id, name: id, segments: segments.map((s) => ({ name: String(s.id), ...s })) });
}

/** One segment of everybody, optionally with a patience. */
export function oneSegment(patience?: unknown): Cohort {
  return cohortOf([{ id: 'all', share: 1, ...(patience !== undefined ? { patience } : {}) }]);
}

/** Three steps, each passed with probability p (event NEXT after a day) or left after 30 days: converts p³. */
export function funnel(p: number): Journey {
  const steps = ['step-1', 'step-2', 'step-3'];
  return journeyOf({
    id: 'funnel',
    start: 'step-1',
    nodes: [
      ...steps.map((id) => ({ id, kind: 'touchpoint', label: id, channel: 'web' })),
      { id: 'converted', kind: 'outcome', label: 'Converted', result: 'success', value: 100 },
      { id: 'lost', kind: 'outcome', label: 'Lost', result: 'failure' },
    ],
    edges: steps.flatMap((id, i) => [
      { id: `${id}-next`, from: id, to: steps[i + 1] ?? 'converted', event: 'NEXT', sim: { p, delay: '1d' } },
      { id: `${id}-lost`, from: id, to: 'lost', after: '30d' },
    ]),
  });
}

/**
 * A business rule sends segment "a" to offer A (accepted with pA) and the others to offer B (pB,
 * or per-segment overrides): conversion is the share-weighted sum.
 */
export function segmentRule(pA: number, pB: number, overridesB?: Record<string, { p: number }>): Journey {
  return journeyOf({
    id: 'segment-rule',
    start: 'route',
    nodes: [
      { id: 'route', kind: 'decision', label: 'Route' },
      { id: 'offer-a', kind: 'offer', label: 'Offer A', product: 'a', channel: 'email' },
      { id: 'offer-b', kind: 'offer', label: 'Offer B', product: 'b', channel: 'email' },
      { id: 'accepted', kind: 'outcome', label: 'Accepted', result: 'success' },
      { id: 'ignored', kind: 'outcome', label: 'Ignored', result: 'neutral' },
    ],
    edges: [
      { id: 'to-a', from: 'route', to: 'offer-a', always: true, guard: 'customer.segment == "a"' },
      { id: 'to-b', from: 'route', to: 'offer-b', always: true },
      { id: 'accept-a', from: 'offer-a', to: 'accepted', event: 'ACCEPT', sim: { p: pA, delay: '2h' } },
      { id: 'accept-b', from: 'offer-b', to: 'accepted', event: 'ACCEPT', sim: { p: pB, delay: '2h', ...(overridesB ? { segments: overridesB } : {}) } },
      { id: 'drop-a', from: 'offer-a', to: 'ignored', after: '7d' },
      { id: 'drop-b', from: 'offer-b', to: 'ignored', after: '7d' },
    ],
  });
}

/** A reply with an exponential delay (mean 1 day) races a 1-day timer: the reply wins 1 − 1/e of the time. */
export function replyRace(): Journey {
  return journeyOf({
    id: 'reply-race',
    start: 'asked',
    nodes: [
      { id: 'asked', kind: 'wait', label: 'Asked' },
      { id: 'replied', kind: 'outcome', label: 'Replied', result: 'success' },
      { id: 'timed-out', kind: 'outcome', label: 'Timed out', result: 'failure' },
    ],
    edges: [
      { id: 'reply', from: 'asked', to: 'replied', event: 'REPLY', sim: { p: 1, delay: { dist: 'exponential', mean: '1d' } } },
      { id: 'timeout', from: 'asked', to: 'timed-out', after: '1d' },
    ],
  });
}

/** Everyone queues at t = 0 for one desk with `staff` members and a fixed handle time, then is served. */
export function singleDesk(staff: number, handle: unknown, extra: { deskCost?: number; costPerHour?: number } = {}): Journey {
  return journeyOf({
    id: 'single-desk',
    start: 'desk',
    teams: [{ id: 'clerks', name: 'Clerks', staff, costPerHour: extra.costPerHour ?? 60 }],
    nodes: [
      { id: 'desk', kind: 'touchpoint', label: 'Desk', channel: 'branch', work: { team: 'clerks', handle }, ...(extra.deskCost !== undefined ? { cost: extra.deskCost } : {}) },
      { id: 'served', kind: 'outcome', label: 'Served', result: 'success', value: 100 },
    ],
    edges: [{ id: 'leave', from: 'desk', to: 'served', always: true }],
  });
}

/** A wait with a 10-day timer: with a shorter horizon everybody is still in progress. */
export function longWait(): Journey {
  return journeyOf({
    id: 'long-wait',
    start: 'waiting',
    nodes: [
      { id: 'waiting', kind: 'wait', label: 'Waiting' },
      { id: 'done', kind: 'outcome', label: 'Done', result: 'success' },
    ],
    edges: [{ id: 'later', from: 'waiting', to: 'done', after: '10d' }],
  });
}

/** An event with probability p and no timer: the others stall at the node. */
export function maybeStall(p: number): Journey {
  return journeyOf({
    id: 'maybe-stall',
    start: 'page',
    nodes: [
      { id: 'page', kind: 'touchpoint', label: 'Page', channel: 'web' },
      { id: 'bought', kind: 'outcome', label: 'Bought', result: 'success' },
    ],
    edges: [{ id: 'buy', from: 'page', to: 'bought', event: 'BUY', sim: { p, delay: '1h' } }],
  });
}

/** Everybody emits BUY, but only segment "b" may buy: the event of segment "a" is ignored (then it stalls). */
export function guardedEvent(): Journey {
  return journeyOf({
    id: 'guarded-event',
    start: 'page',
    nodes: [
      { id: 'page', kind: 'touchpoint', label: 'Page', channel: 'web' },
      { id: 'bought', kind: 'outcome', label: 'Bought', result: 'success' },
    ],
    edges: [{ id: 'buy', from: 'page', to: 'bought', event: 'BUY', guard: 'customer.segment == "b"', sim: { p: 1, delay: '1h' } }],
  });
}

/** Segments "a" and "b" sharing the cohort half and half. */
export function twoSegments(shareA = 0.5): Cohort {
  return cohortOf([
    { id: 'a', share: shareA },
    { id: 'b', share: Number((1 - shareA).toFixed(6)) },
  ]);
}

/**
 * An experiment: at `assign`, variants `callback` (applies with p[0] a day after the call), `email`
 * (p[1]) and the holdout `none` (p[2]) by `weights`; who has not applied within 3 days is lost.
 * Applying loops back through the split once (`again`), which must not change the variant (sticky),
 * so the conversion of a variant is p². `staffed`: the callback needs an advisor (a queue).
 */
export function callbackExperiment(weights: [number, number, number], p: [number, number, number] = [0.3, 0.2, 0.1], options: { holdout?: boolean; staffed?: boolean } = {}): Journey {
  const arms = ['callback', 'email', 'none'] as const;
  const holdout = options.holdout ?? true;
  return journeyOf({
    id: 'callback-experiment',
    customer: {},
    vars: { passes: 0 },
    ...(options.staffed ? { teams: [{ id: 'advisors', name: 'Advisors', staff: 2 }] } : {}),
    start: 'assign',
    nodes: [
      { id: 'assign', kind: 'split', label: 'Assign', goal: 'applied', variants: arms.map((id, k) => ({ id, weight: weights[k], ...(holdout && id === 'none' ? { holdout: true } : {}) })), actions: [{ type: 'assign', var: 'passes', expr: 'journey.passes + 1.0' }] },
      ...arms.map((id) => ({ id: `arm-${id}`, kind: 'touchpoint', label: id, channel: 'phone', ...(options.staffed && id === 'callback' ? { work: { team: 'advisors', handle: '10m' } } : {}) })),
      { id: 'check', kind: 'decision', label: 'Once more?' },
      { id: 'applied', kind: 'outcome', label: 'Applied', result: 'success', value: 100 },
      { id: 'lost', kind: 'outcome', label: 'Lost', result: 'failure' },
    ],
    edges: [
      ...arms.map((id) => ({ id: `to-${id}`, from: 'assign', to: `arm-${id}`, always: true, variant: id })),
      ...arms.flatMap((id, k) => [
        { id: `${id}-apply`, from: `arm-${id}`, to: 'check', event: 'APPLY', sim: { p: p[k], delay: '1d' } },
        { id: `${id}-lost`, from: `arm-${id}`, to: 'lost', after: '3d' },
      ]),
      { id: 'again', from: 'check', to: 'assign', always: true, guard: 'journey.passes < 2.0' },
      { id: 'done', from: 'check', to: 'applied', always: true },
    ],
  });
}
