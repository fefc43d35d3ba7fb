import { describe, expect, it } from 'vitest';
import { traceCustomer, type CustomerTrace } from '../../../runtime/sim';
import { formatDuration } from './formatNumbers';
import { createReplay } from './replay';
import { sample } from './testRuns';

const { journey, cohort } = sample('mortgage-preapproval');

describe('createReplay', () => {
  it('steps through a traced customer: where, when, and what happened', () => {
    const trace = traceCustomer(journey, cohort, 7, 2, { customers: 200 });
    const replay = createReplay(trace, journey);
    expect(replay.steps).toHaveLength(trace.steps.length);
    expect(replay.at(0)).toMatchObject({ index: 0, nodeId: 'life-event-signal', time: 0, timeLabel: '0ms', emotion: 0, description: 'Enters “Life-event signal detected” (emotion 0.00)' });
    expect(replay.at(1)).toMatchObject({ nodeId: 'life-event-signal', edgeId: 'life-event-signal-to-route-outreach' });
    const emit = replay.steps.find((f) => f.step.type === 'emit')!;
    expect(emit.event).toBe('BOOK_ADVISOR');
    expect(emit.description).toMatch(/^Will send BOOK_ADVISOR in \S+/);
    const serve = replay.steps.find((f) => f.step.type === 'serve')!;
    expect(serve.nodeId).toBe('advisor-call');
    // The wait is the trace's own (the advisors work a schedule: it depends on when the customer comes).
    const wait = (serve.step as { waitMs: number }).waitMs;
    expect(serve.queueWaitMs).toBe(wait);
    expect(serve.description.startsWith(`Mortgage advisors take it after a wait of ${formatDuration(wait)} (handling `)).toBe(true);
    const timer = replay.steps.find((f) => f.step.type === 'timer')!;
    expect(timer.timer).toEqual({ edgeId: 'document-upload-after-7d', delayMs: 7 * 86_400_000 });
    expect(timer.description).toBe('A timer fires (after 7d)');
    const end = replay.at(replay.last());
    expect(end.step.type).toBe('end');
    expect(end.end).toBeDefined();
    expect(end.nodeId).toBe((trace.steps.at(-1) as { node: string }).node);
    // time never goes back
    for (let i = 1; i < replay.steps.length; i++) expect(replay.steps[i]!.time).toBeGreaterThanOrEqual(replay.steps[i - 1]!.time);
  });

  it('counts time from the customer\'s arrival and names the calendar time of each step', () => {
    const day = 86_400_000;
    const trace: CustomerTrace = {
      journey: journey.id,
      cohort: cohort.id,
      seed: 1,
      index: 0,
      customer: { segment: 'movers', attributes: {}, patienceMs: null },
      enteredAt: 9 * day + 10 * 3_600_000,
      steps: [
        { t: 9 * day + 10 * 3_600_000, type: 'enter', node: 'advisor-call' },
        { t: 9 * day + 12 * 3_600_000 + 5 * 60_000, type: 'end', end: 'stalled', node: 'advisor-call' },
      ],
    };
    const replay = createReplay(trace, journey);
    expect(replay.steps.map((f) => [f.time, f.clockLabel])).toEqual([
      [0, 'Wed 10:00, week 2'],
      [2 * 3_600_000 + 5 * 60_000, 'Wed 12:05, week 2'],
    ]);
  });

  it('moves with next / prev / first / last, clamped', () => {
    const replay = createReplay(traceCustomer(journey, cohort, 7, 0, { customers: 10 }), journey);
    expect(replay.first()).toBe(0);
    expect(replay.prev(0)).toBe(0);
    expect(replay.next(0)).toBe(1);
    expect(replay.next(replay.last())).toBe(replay.last());
    expect(replay.at(10_000)).toBe(replay.at(replay.last()));
    expect(replay.at(-3)).toBe(replay.at(0));
  });

  it('keeps the trail of nodes and edges up to a step', () => {
    const replay = createReplay(traceCustomer(journey, cohort, 7, 1, { customers: 10 }), journey);
    expect(replay.trail(4)).toEqual({ nodes: ['life-event-signal', 'route-outreach', 'first-home-invite'], edges: ['life-event-signal-to-route-outreach', 'route-outreach-to-first-home-invite'] });
    const all = replay.trail(replay.last());
    expect(all.nodes.filter((n) => n === 'invite-reminder').length).toBeGreaterThan(1); // loops are kept
  });

  it('describes giving up, ignored events, surveys and endings', () => {
    const trace: CustomerTrace = {
      journey: journey.id,
      cohort: cohort.id,
      seed: 1,
      index: 0,
      customer: { segment: 'movers', attributes: {}, patienceMs: 3_600_000 },
      enteredAt: 0,
      steps: [
        { t: 0, type: 'enter', node: 'advisor-call', emotion: 1 },
        { t: 0, type: 'queue', node: 'advisor-call', team: 'advisors' },
        { t: 10, type: 'ignored', event: 'PING' },
        { t: 20, type: 'response', node: 'call-pulse', answered: true },
        { t: 30, type: 'timer' },
        { t: 40, type: 'event', event: 'X' },
        { t: 3_600_000, type: 'abandon', node: 'advisor-call', team: 'advisors', waitMs: 3_600_000 },
        { t: 3_600_000, type: 'end', end: 'abandoned', node: 'advisor-call' },
      ],
    };
    const replay = createReplay(trace, journey);
    expect(replay.steps.map((f) => f.description)).toEqual([
      'Enters “Advisor discovery call” (emotion +1.00)',
      'Queues for Mortgage advisors',
      'PING is ignored: no transition accepts it here',
      'Answers the survey at “In-call pulse (CES)”'.replace('In-call pulse (CES)', journey.nodes.find((n) => n.id === 'call-pulse')!.label),
      'A timer fires; its rule does not hold, nothing happens',
      'Sends X',
      'Gives up after waiting 1h for Mortgage advisors',
      'At “Advisor discovery call”, gives up',
    ]);
    expect(replay.at(6).queueWaitMs).toBe(3_600_000);
    expect(replay.at(7).end).toBe('abandoned');
    // without the journey, ids are shown
    expect(createReplay(trace).at(0).description).toBe('Enters “advisor-call” (emotion +1.00)');
  });
});
