// Where a replayed customer is at a step, told the way a CX team reads it: which node, since when,
// what moved the customer there (the start, an event, a timer, a rule) and the staff queue so far.
import { durationMs } from '../../../runtime/model/duration';
import type { Journey } from '../../../runtime/model/journey';
import type { Replay } from '../model/replay';
import { formatDuration } from '../model/formatNumbers';

export type MovedBy =
  | { kind: 'start' }
  | { kind: 'event'; event: string; edgeId: string }
  | { kind: 'timer'; delayMs: number | null; edgeId: string }
  | { kind: 'rule'; guard: string | null; edgeId: string };

export interface StepContext {
  nodeId: string | null;
  /** When the customer entered the node (ms since the start). */
  enteredMs: number | null;
  movedBy: MovedBy;
  /** The node's staff queue up to this step: the wait once served or given up (null while waiting). */
  queue: { team: string; waitMs: number | null; abandoned: boolean } | null;
}

/** What moved the customer to the node it is at on step i, and its queue there. */
export function stepContext(replay: Replay, journey: Journey, i: number): StepContext {
  const frames = replay.steps;
  const at = replay.at(i).index;
  let entered = -1;
  for (let j = at; j >= 0; j--) {
    if (frames[j]!.step.type === 'enter') {
      entered = j;
      break;
    }
  }
  const nodeId = replay.at(i).nodeId;
  if (entered < 0) return { nodeId, enteredMs: null, movedBy: { kind: 'start' }, queue: null };

  let movedBy: MovedBy = { kind: 'start' };
  for (let j = entered - 1; j >= 0 && frames[j]!.step.type !== 'enter'; j--) {
    const step = frames[j]!.step;
    if (step.type !== 'edge') continue;
    const edge = journey.edges.find((e) => e.id === step.edge);
    if (edge?.event !== undefined) movedBy = { kind: 'event', event: edge.event, edgeId: step.edge };
    else if (edge?.after !== undefined) movedBy = { kind: 'timer', delayMs: durationMs(edge.after) ?? null, edgeId: step.edge };
    else movedBy = { kind: 'rule', guard: edge?.guard ?? null, edgeId: step.edge };
    break;
  }

  let queue: StepContext['queue'] = null;
  for (let j = entered; j <= at; j++) {
    const step = frames[j]!.step;
    if (step.type === 'queue') queue = { team: step.team, waitMs: null, abandoned: false };
    else if (step.type === 'serve') queue = { team: step.team, waitMs: step.waitMs, abandoned: false };
    else if (step.type === 'abandon') queue = { team: step.team, waitMs: step.waitMs, abandoned: true };
  }
  return { nodeId, enteredMs: frames[entered]!.time, movedBy, queue };
}

/** "event START_APPLICATION", "timer after 6d", "rule (if customer.digital)", "the start of the journey". */
export function movedByLabel(m: MovedBy): string {
  switch (m.kind) {
    case 'start':
      return 'the start of the journey';
    case 'event':
      return `event ${m.event}`;
    case 'timer':
      return m.delayMs === null ? 'timer' : `timer after ${formatDuration(m.delayMs)}`;
    case 'rule':
      return m.guard ? `rule (if ${m.guard})` : 'rule (default)';
  }
}
