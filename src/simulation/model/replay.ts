// Replaying one customer step by step: frames over a CustomerTrace (runtime traceCustomer), where
// the customer is after each step, when, and a sentence that says what happened.
import { formatWeekTime, MS_PER_WEEK } from '../../../runtime/model/calendar/weekCalendar';
import { durationMs } from '../../../runtime/model/duration';
import type { Journey } from '../../../runtime/model/journey';
import type { CustomerEnd, CustomerTrace, TraceStep } from '../../../runtime/sim';
import { formatDuration, formatEmotion } from './formatNumbers';
import { journeyLabels } from './journeyLabels';

export interface ReplayFrame {
  index: number;
  step: TraceStep;
  /** Where the customer is after this step (null before it entered the start). */
  nodeId: string | null;
  /** Simulated time, ms since the customer entered. */
  time: number;
  /** "2d 3h" */
  timeLabel: string;
  /** The run's calendar: "Wed 09:05, week 2" (t = 0 is a Monday 00:00). */
  clockLabel: string;
  /** The event sent (`event`), planned (`emit`) or ignored (`ignored`). */
  event?: string;
  /** `timer` steps: the edge it moved the customer along (null: its guard did not hold, nothing happened). */
  timer?: { edgeId: string | null; delayMs: number | null };
  /** `edge` steps. */
  edgeId?: string;
  queueWaitMs?: number;
  handleMs?: number;
  emotion?: number;
  end?: CustomerEnd;
  description: string;
}

export interface Replay {
  trace: CustomerTrace;
  steps: ReplayFrame[];
  /** The frame at i (clamped to the steps). */
  at(i: number): ReplayFrame;
  first(): number;
  last(): number;
  /** The index after / before i, clamped. */
  next(i: number): number;
  prev(i: number): number;
  /** The nodes entered and edges taken up to step i included, in order (repeats kept): the trail on the canvas. */
  trail(i: number): { nodes: string[]; edges: string[] };
}

const ENDINGS: Record<CustomerEnd, string> = {
  outcome: 'reaches an outcome',
  stalled: 'stalls: no event is coming and no timer is left',
  abandoned: 'gives up',
  inProgress: 'is still inside at the horizon',
};

/** The edge a timer fired along: the next `edge` step before anything else happens. */
function timerEdge(steps: readonly TraceStep[], from: number): string | null {
  for (let j = from + 1; j < steps.length; j++) {
    const s = steps[j]!;
    if (s.type === 'edge') return s.edge;
    if (s.t !== steps[from]!.t || s.type === 'enter' || s.type === 'event' || s.type === 'end') return null;
  }
  return null;
}

export function createReplay(trace: CustomerTrace, journey?: Journey): Replay {
  const names = journey ? journeyLabels(journey) : null;
  const node = (id: string) => `“${names ? names.node(id) : id}”`;
  const team = (id: string) => (names ? names.team(id) : id);
  const edgeAfter = new Map<string, number>();
  for (const e of journey?.edges ?? []) {
    const ms = e.after !== undefined ? durationMs(e.after) : undefined;
    if (ms !== undefined) edgeAfter.set(e.id, ms);
  }
  const afterMs = (edgeId: string | null) => (edgeId === null ? null : (edgeAfter.get(edgeId) ?? null));

  let at: string | null = null;
  const t0 = trace.enteredAt ?? trace.steps[0]?.t ?? 0;
  const steps: ReplayFrame[] = trace.steps.map((step, index) => {
    const frame: Omit<ReplayFrame, 'description' | 'nodeId'> = {
      index,
      step,
      time: step.t - t0,
      timeLabel: formatDuration(step.t - t0),
      clockLabel: `${formatWeekTime(step.t)}, week ${Math.floor(step.t / MS_PER_WEEK) + 1}`,
    };
    let description: string;
    switch (step.type) {
      case 'enter':
        at = step.node;
        description = `Enters ${node(step.node)}${step.emotion !== undefined ? ` (emotion ${formatEmotion(step.emotion)})` : ''}`;
        if (step.emotion !== undefined) Object.assign(frame, { emotion: step.emotion });
        break;
      case 'edge':
        Object.assign(frame, { edgeId: step.edge });
        description = `Follows ${names ? `“${names.edge(step.edge)}”` : step.edge}`;
        break;
      case 'emit':
        Object.assign(frame, { event: step.event });
        description = `Will send ${step.event} in ${formatDuration(step.at - step.t)}, unless a timer fires first`;
        break;
      case 'silent':
        description = `Sends no event from ${node(step.node)}`;
        break;
      case 'event':
        Object.assign(frame, { event: step.event });
        description = `Sends ${step.event}`;
        break;
      case 'ignored':
        Object.assign(frame, { event: step.event });
        description = `${step.event} is ignored: no transition accepts it here`;
        break;
      case 'timer': {
        const edgeId = timerEdge(trace.steps, index);
        Object.assign(frame, { timer: { edgeId, delayMs: afterMs(edgeId) } });
        description = edgeId === null ? 'A timer fires; its rule does not hold, nothing happens' : `A timer fires${afterMs(edgeId) !== null ? ` (after ${formatDuration(afterMs(edgeId))})` : ''}`;
        break;
      }
      case 'response':
        description = step.answered ? `Answers the survey at ${node(step.node)}` : `Does not answer the survey at ${node(step.node)}`;
        break;
      case 'queue':
        description = `Queues for ${team(step.team)}`;
        break;
      case 'serve':
        Object.assign(frame, { queueWaitMs: step.waitMs, handleMs: step.handleMs });
        description = `${team(step.team)} take it after a wait of ${formatDuration(step.waitMs)} (handling ${formatDuration(step.handleMs)})`;
        break;
      case 'done':
        description = `${team(step.team)} are done`;
        break;
      case 'abandon':
        Object.assign(frame, { queueWaitMs: step.waitMs });
        description = `Gives up after waiting ${formatDuration(step.waitMs)} for ${team(step.team)}`;
        break;
      case 'end':
        Object.assign(frame, { end: step.end });
        at = step.node;
        description = step.end === 'outcome' ? `Reaches the outcome ${node(step.node)}${step.result ? ` (${step.result})` : ''}` : `At ${node(step.node)}, ${ENDINGS[step.end]}`;
        break;
    }
    return { ...frame, nodeId: at, description };
  });

  const lastIndex = Math.max(0, steps.length - 1);
  const clamp = (i: number) => Math.min(lastIndex, Math.max(0, Math.trunc(i)));
  return {
    trace,
    steps,
    at(i) {
      const frame = steps[clamp(i)];
      if (!frame) throw new Error('the trace has no steps');
      return frame;
    },
    first: () => 0,
    last: () => lastIndex,
    next: (i) => clamp(i + 1),
    prev: (i) => clamp(i - 1),
    trail(i) {
      const nodes: string[] = [];
      const edges: string[] = [];
      for (const f of steps.slice(0, clamp(i) + 1)) {
        if (f.step.type === 'enter') nodes.push(f.step.node);
        else if (f.step.type === 'edge') edges.push(f.step.edge);
      }
      return { nodes, edges };
    },
  };
}
