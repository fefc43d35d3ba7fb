// A small journey with a result counted by hand, for the tests of dropOffs.ts and stageFunnel.ts.
//
// Stages Discover → Apply → Decide; 100 customers, segment `a` (60) and `b` (40):
//
//   ad (start, Discover) ──73──▶ form (Apply) ──63──▶ call (Apply, queue) ──45──▶ review (Decide)
//     ├─20─▶ lost (churn, Discover)        └ 10 stalled       ├ 15 gave up          ├─30─▶ won (success)
//     └ 7 stalled                                              └ 3 still inside       ├─10─▶ declined (failure)
//                                                                                      └─5──▶ later (neutral)
//
// By segment (a + b): ad→form 50+23, ad→lost 5+15, ad stalled 5+2; form→call 45+18, form stalled
// 5+5; call→review 30+15, call gave up 15+0, still inside 0+3; won 25+5, declined 5+5, later 0+5.
import type { Journey } from '../../../runtime/model/journey';
import type { SimulationResult } from '../../../runtime/sim';

const node = (id: string, label: string, stage: string, extra: Record<string, unknown> = {}) => ({ id, kind: 'touchpoint', channel: 'web', label, stage, lane: 'customer', ...extra });
const outcome = (id: string, label: string, stage: string, result: string) => ({ id, kind: 'outcome', label, stage, lane: 'customer', result });

export const fixtureJourney = {
  format: 'journey/1',
  id: 'fixture',
  name: 'Fixture',
  stages: [
    { id: 'discover', name: 'Discover' },
    { id: 'apply', name: 'Apply' },
    { id: 'decide', name: 'Decide' },
  ],
  teams: [{ id: 'advisors', name: 'Advisors', staff: 2 }],
  start: 'ad',
  nodes: [
    node('ad', 'Sees the ad', 'discover'),
    node('form', 'Fills in the form', 'apply'),
    node('call', 'Calls an advisor', 'apply', { work: { team: 'advisors', handle: '10m' } }),
    node('review', 'Credit review', 'decide'),
    outcome('won', 'Account opened', 'decide', 'success'),
    outcome('lost', 'Lost interest', 'discover', 'churn'),
    outcome('declined', 'Declined', 'decide', 'failure'),
    outcome('later', 'Maybe later', 'decide', 'neutral'),
  ],
  edges: [
    { id: 'ad-form', from: 'ad', to: 'form', event: 'CLICK' },
    { id: 'ad-lost', from: 'ad', to: 'lost', after: '3d' },
    { id: 'form-call', from: 'form', to: 'call', event: 'SUBMIT' },
    { id: 'call-review', from: 'call', to: 'review', event: 'DONE' },
    { id: 'review-won', from: 'review', to: 'won', event: 'OK' },
    { id: 'review-declined', from: 'review', to: 'declined', event: 'NO' },
    { id: 'review-later', from: 'review', to: 'later', event: 'LATER' },
  ],
} as unknown as Journey;

type Pair = [a: number, b: number];
const seg = ([a, b]: Pair) => ({ a, b });

function nodeStats(visits: Pair, stalled: Pair = [0, 0], abandoned: Pair = [0, 0], inProgress: Pair = [0, 0]) {
  const sum = (p: Pair) => p[0] + p[1];
  return {
    visits: sum(visits),
    stalled: sum(stalled),
    abandoned: sum(abandoned),
    inProgress: sum(inProgress),
    emitted: 0,
    ignored: 0,
    meanEmotion: null,
    queue: null,
    bySegment: {
      a: { visits: visits[0], stalled: stalled[0], abandoned: abandoned[0] },
      b: { visits: visits[1], stalled: stalled[1], abandoned: abandoned[1] },
    },
  };
}

const edge = (p: Pair) => ({ count: p[0] + p[1], bySegment: seg(p) });
const ended = (result: string, p: Pair) => ({
  result,
  count: p[0] + p[1],
  share: (p[0] + p[1]) / 100,
  bySegment: { a: { count: p[0], share: p[0] / 60 }, b: { count: p[1], share: p[1] / 40 } },
});

/** The hand-counted result (only the fields the drop-off views read are meaningful). */
export const fixtureResult = {
  format: 'simulation/1',
  journey: 'fixture',
  cohort: 'fixture.cohort.json',
  customers: 100,
  seed: 1,
  engine: 'fast',
  outcomes: {
    won: ended('success', [25, 5]),
    lost: ended('churn', [5, 15]),
    declined: ended('failure', [5, 5]),
    later: ended('neutral', [0, 5]),
  },
  terminal: { stalled: 17, abandoned: 15, inProgress: 3 },
  segments: { a: { customers: 60, share: 0.6 }, b: { customers: 40, share: 0.4 } },
  nodes: {
    ad: nodeStats([60, 40], [5, 2]),
    form: nodeStats([50, 23], [5, 5]),
    call: nodeStats([45, 18], [0, 0], [15, 0], [0, 3]),
    review: nodeStats([30, 15]),
    won: nodeStats([25, 5]),
    lost: nodeStats([5, 15]),
    declined: nodeStats([5, 5]),
    later: nodeStats([0, 5]),
  },
  edges: {
    'ad-form': edge([50, 23]),
    'ad-lost': edge([5, 15]),
    'form-call': edge([45, 18]),
    'call-review': edge([30, 15]),
    'review-won': edge([25, 5]),
    'review-declined': edge([5, 5]),
    'review-later': edge([0, 5]),
  },
} as unknown as SimulationResult;
