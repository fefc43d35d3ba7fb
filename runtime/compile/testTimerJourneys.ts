// Journeys with long timers, for the timer tests (fixtures, like testJourneys.ts).
import { journeySchema, type Journey } from '../model/journey';
import type { Duration } from '../model/duration';

export const DAY = 86_400_000;

/**
 * `waiting --after <after>--> expired`; `LEAVE` goes `away` and `BACK` returns (re-entering
 * `waiting`, so its timer starts again); `REVIEW` goes to `review`, a node with work whose own
 * timer (`after 30d` → `escalated`) runs while it is queued, handled or done, and whose rule leaves
 * to `reviewed` once handled.
 */
export function timerJourney(after: Duration): Journey {
  return journeySchema.parse({
    format: 'journey/1',
    id: 'long-timers',
    name: 'Long timers',
    vars: {},
    teams: [{ id: 'care', name: 'Care team', staff: 1, costPerHour: 30 }],
    start: 'waiting',
    nodes: [
      { id: 'waiting', kind: 'wait', label: 'Waiting' },
      { id: 'away', kind: 'touchpoint', channel: 'web', label: 'Away' },
      { id: 'review', kind: 'action', label: 'Review', work: { team: 'care', handle: '1h' } },
      { id: 'expired', kind: 'outcome', label: 'Expired', result: 'neutral' },
      { id: 'escalated', kind: 'outcome', label: 'Escalated', result: 'failure' },
      { id: 'reviewed', kind: 'outcome', label: 'Reviewed', result: 'success', value: 10 },
    ],
    edges: [
      { id: 'expire', from: 'waiting', to: 'expired', after },
      { id: 'leave', from: 'waiting', to: 'away', event: 'LEAVE' },
      { id: 'back', from: 'away', to: 'waiting', event: 'BACK' },
      { id: 'to-review', from: 'waiting', to: 'review', event: 'REVIEW' },
      { id: 'review-late', from: 'review', to: 'escalated', after: '30d' },
      { id: 'reviewed', from: 'review', to: 'reviewed', always: true },
    ],
  });
}
