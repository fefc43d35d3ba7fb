// Stage-level edges count as the events and timers of every node of the stage; a stage timer runs
// from the moment the stage is entered (moving inside the stage does not restart it).
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import type { Engine } from './result/simulationResult';
import { journeyOf, oneSegment } from './testing/closedFormJourneys';

const DAY = 86_400_000;

const stacked = journeyOf({
  id: 'stacked',
  stages: [{ id: 'shop', name: 'Shop' }],
  start: 'browse',
  nodes: [
    { id: 'browse', kind: 'touchpoint', label: 'Browse', channel: 'web', stage: 'shop' },
    { id: 'bought', kind: 'outcome', label: 'Bought', result: 'success' },
    { id: 'quit', kind: 'outcome', label: 'Quit', result: 'churn' },
  ],
  edges: [
    { id: 'buy', from: 'browse', to: 'bought', event: 'BUY', sim: { p: 0.3, delay: '1h' } },
    { id: 'leave', from: 'shop', to: 'quit', event: 'QUIT', sim: { p: 0.5, delay: '2h' } },
  ],
});

const stageTimer = journeyOf({
  id: 'stage-timer',
  stages: [{ id: 'apply', name: 'Apply' }],
  start: 'form',
  nodes: [
    { id: 'form', kind: 'touchpoint', label: 'Form', channel: 'web', stage: 'apply' },
    { id: 'docs', kind: 'touchpoint', label: 'Docs', channel: 'web', stage: 'apply' },
    { id: 'done', kind: 'outcome', label: 'Done', result: 'success' },
    { id: 'expired', kind: 'outcome', label: 'Expired', result: 'neutral' },
  ],
  edges: [
    { id: 'submit', from: 'form', to: 'docs', event: 'NEXT', sim: { p: 1, delay: '6d' } },
    { id: 'upload', from: 'docs', to: 'done', event: 'NEXT', sim: { p: 1, delay: '6d' } },
    { id: 'expire', from: 'apply', to: 'expired', after: '10d' },
  ],
});

describe.each(['fast', 'reference'] as Engine[])('stage-level edges (%s engine)', (engine) => {
  it("a stage's event is stacked after the node's own: P(BUY) 0.3, P(QUIT) 0.5, nothing 0.2", () => {
    const N = engine === 'fast' ? 20_000 : 2_000;
    const r = simulate(stacked, oneSegment(), { customers: N, seed: 4, engine });
    const tol = (p: number) => 3.3 * Math.sqrt((p * (1 - p)) / N);
    expect(Math.abs(r.outcomes.bought!.share - 0.3)).toBeLessThan(tol(0.3));
    expect(Math.abs(r.outcomes.quit!.share - 0.5)).toBeLessThan(tol(0.5));
    expect(r.nodes.browse!.stalled).toBe(N - r.outcomes.bought!.count - r.outcomes.quit!.count);
  });

  it('a stage timer started on entering the stage fires while at a later node of the stage', () => {
    const r = simulate(stageTimer, oneSegment(), { customers: 100, seed: 1, engine });
    expect(r.outcomes.expired!.count).toBe(100);
    expect(r.nodes.docs!.visits).toBe(100);
    expect(r.timeToOutcome.meanMs).toBe(10 * DAY);
    expect(r.edges.expire!.count).toBe(100);
  });
});
