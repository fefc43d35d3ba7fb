// "Play the customer": walk the compiled machine by hand with XState's pure API. The player lists
// what the current state accepts (the journey's events, its timers, the staff steps of a node with
// work), each with its edge and whether its guard holds; sending one gives the next state, the
// nodes and edges passed on the way (rules included), and the outcome when the journey ends.
// Timers fire by sending their `xstate.after.<ms>.<stateId>` event; a simulated clock moves to
// when the timer was due.
import { getInitialMicrosteps, getMicrosteps, getNextTransitions, initialTransition, transition, type AnyTransitionDefinition, type SnapshotFrom } from 'xstate';
import { compileGuard } from '../../../runtime/expr';
import { createJourneyMachine, exprScopeOf, type JourneyEvent, type JourneyMachine } from '../../../runtime/compile/createJourneyMachine';
import { WORK_DONE, WORK_START, type JourneyOutput } from '../../../runtime/compile/machineConfig';
import type { Journey } from '../../../runtime/model/journey';
import { formatDuration } from './formatNumbers';
import { journeyLabels } from './journeyLabels';

export type JourneySnapshot = SnapshotFrom<JourneyMachine>;

export interface PlayState {
  snapshot: JourneySnapshot;
  /** The journey node the customer is at (for a node with work: that node, whatever its staff step). */
  nodeId: string;
  /** `queued` / `handling` / `handled` at a node with work. */
  workStep: 'queued' | 'handling' | 'handled' | null;
  done: boolean;
  /** The machine's output once an outcome is reached. */
  output: JourneyOutput | null;
  /** Simulated time, ms: moved by timers (to when they were due) and by `send(…, { atMs })`. */
  timeMs: number;
  /** When each active state (node, stage) was entered: its timers run from then. */
  enteredAt: Record<string, number>;
  /** What the last step did: nodes entered and edges taken, in order. */
  path: { nodes: string[]; edges: string[] };
  /** Whether the last event was accepted (false: no transition took it, nothing changed). */
  accepted: boolean;
  /** The journey variables (`journey.*` in CEL). */
  vars: Record<string, unknown>;
}

export type ChoiceKind = 'event' | 'timer' | 'work';

export interface PlayChoice {
  kind: ChoiceKind;
  /** The event to send for this choice. */
  event: string;
  /** The edge (null for the staff steps of a node with work). */
  edgeId: string | null;
  /** The state (node or stage id) whose transition this is. */
  from: string;
  /** The node it leads to. */
  to: string | null;
  label: string;
  guard?: string;
  /** The guard holds now (no guard: true). Guards that read `event.*` see an event without payload. */
  enabled: boolean;
  /** Sending `event` now would take this edge (the first enabled transition for the event). */
  taken: boolean;
  /** Timers: the delay, and when it is due on the simulated clock. */
  delayMs?: number;
  dueMs?: number;
}

export interface Player {
  readonly machine: JourneyMachine;
  /** The customer at the start: attributes including `segment` (e.g. a CustomerTrace's `customer.attributes`). */
  start(customer: Record<string, unknown>): PlayState;
  available(state: PlayState): PlayChoice[];
  /** Sends an event (a choice's `event`); `atMs` moves the clock first (events happen "now" otherwise). */
  send(state: PlayState, event: string | JourneyEvent, options?: { atMs?: number }): PlayState;
}

type Transition = AnyTransitionDefinition & { delay?: number | string; meta?: { edge?: string; label?: string } };

const WORK_STEPS = new Set(['queued', 'handling', 'handled']);
const AFTER = /^xstate\.after\./;

export function createPlayer(journey: Journey): Player {
  const machine = createJourneyMachine(journey);
  const scope = exprScopeOf(journey);
  const names = journeyLabels(journey);
  const nodeIds = new Set(journey.nodes.map((n) => n.id));
  const edges = new Map(journey.edges.map((e) => [e.id, e]));

  const guardHolds = (t: Transition, snapshot: JourneySnapshot, event: JourneyEvent): boolean => {
    const guard = t.guard as { type?: string; params?: { expr?: string } } | undefined;
    if (!guard) return true;
    const expr = guard.params?.expr;
    if (typeof expr !== 'string') return false;
    try {
      return compileGuard(scope, expr)({ customer: snapshot.context.customer, journey: snapshot.context.journey, event: event as Record<string, unknown> });
    } catch {
      return false; // over the limits of CEL: its choice is not offered (taking it fails the machine)
    }
  };

  /** The journey node of the active atomic state, and its staff step when it has work. */
  const where = (snapshot: JourneySnapshot): { nodeId: string; workStep: PlayState['workStep'] } => {
    const ids = snapshot._nodes.map((n) => n.id);
    for (let i = ids.length - 1; i >= 0; i--) {
      if (nodeIds.has(ids[i]!)) {
        const child = snapshot._nodes[i + 1]?.key;
        return { nodeId: ids[i]!, workStep: child !== undefined && WORK_STEPS.has(child) ? (child as PlayState['workStep']) : null };
      }
    }
    return { nodeId: ids.at(-1) ?? '', workStep: null };
  };

  /** The transition XState picks for `event` in `snapshot`: the first enabled one, child states first. */
  const pick = (snapshot: JourneySnapshot, type: string, event: JourneyEvent): Transition | undefined =>
    (getNextTransitions(snapshot) as Transition[]).find((t) => t.eventType === type && guardHolds(t, snapshot, event));

  const stateOf = (snapshot: JourneySnapshot, prev: PlayState | null, timeMs: number, path: PlayState['path'], reentered: Set<string>, accepted: boolean): PlayState => {
    const enteredAt: Record<string, number> = {};
    for (const n of snapshot._nodes) {
      const before = prev?.enteredAt[n.id];
      enteredAt[n.id] = before !== undefined && !reentered.has(n.id) ? before : timeMs;
    }
    const done = snapshot.status === 'done';
    return {
      snapshot,
      ...where(snapshot),
      done,
      output: done ? ((snapshot.output as JourneyOutput | undefined) ?? null) : null,
      timeMs,
      enteredAt,
      path,
      accepted,
      vars: snapshot.context.journey,
    };
  };

  /** Follows the microsteps of a macrostep: the nodes entered and the edges taken (first the event's, then rules). */
  const walk = (steps: [JourneySnapshot, unknown][], from: JourneySnapshot | null, first: Transition | undefined, event: JourneyEvent) => {
    const path = { nodes: [] as string[], edges: [] as string[] };
    const reentered = new Set<string>();
    let prev = from;
    steps.forEach(([snapshot], i) => {
      const t = i === 0 ? first : prev ? pick(prev, '', event) : undefined;
      const edge = t?.meta?.edge;
      if (edge !== undefined && edges.has(edge)) path.edges.push(edge);
      const before = new Set(prev?._nodes.map((n) => n.id) ?? []);
      const isReentry = t?.reenter === true;
      for (const n of snapshot._nodes) {
        if (!before.has(n.id) || (isReentry && t?.target?.some((x) => x.path.every((p, k) => n.path[k] === p)))) {
          reentered.add(n.id);
          if (nodeIds.has(n.id)) path.nodes.push(n.id);
        }
      }
      prev = snapshot;
    });
    return { path, reentered };
  };

  const choiceOf = (t: Transition, state: PlayState, taken: boolean, enabled: boolean): PlayChoice => {
    const edgeId = t.meta?.edge !== undefined && edges.has(t.meta.edge) ? t.meta.edge : null;
    const to = t.target?.[0]?.id ?? null;
    const toNode = to !== null && nodeIds.has(to) ? to : null;
    const guard = (t.guard as { params?: { expr?: string } } | undefined)?.params?.expr;
    const arrow = toNode ? ` → ${names.node(toNode)}` : '';
    const base = { event: t.eventType, edgeId, from: t.source.id, to: toNode, enabled, taken, ...(guard !== undefined ? { guard } : {}) };
    if (AFTER.test(t.eventType)) {
      const delayMs = Number(t.delay);
      const dueMs = (state.enteredAt[t.source.id] ?? state.timeMs) + delayMs;
      return { ...base, kind: 'timer', label: `⏱ ${formatDuration(delayMs)}${arrow}`, delayMs, dueMs };
    }
    if (t.eventType === WORK_START) return { ...base, kind: 'work', label: `Staff (${names.team(String(t.source.meta?.team ?? ''))}) take it` };
    if (t.eventType === WORK_DONE) return { ...base, kind: 'work', label: 'Staff are done' };
    const edgeLabel = edgeId ? edges.get(edgeId)!.label : undefined;
    return { ...base, kind: 'event', label: `${edgeLabel ?? t.eventType}${arrow}` };
  };

  return {
    machine,
    start(customer) {
      const input = { customer };
      const [snapshot] = initialTransition(machine, input);
      const steps = getInitialMicrosteps(machine, input) as [JourneySnapshot, unknown][];
      const { path, reentered } = walk(steps, null, undefined, { type: 'xstate.init' });
      return stateOf(snapshot, null, 0, path, reentered, true);
    },
    available(state) {
      if (state.done) return [];
      const out: PlayChoice[] = [];
      const first = new Map<string, boolean>();
      for (const t of getNextTransitions(state.snapshot) as Transition[]) {
        if (t.eventType === '') continue; // rules: taken on their own
        const enabled = guardHolds(t, state.snapshot, { type: t.eventType });
        const taken = enabled && !first.get(t.eventType);
        if (taken) first.set(t.eventType, true);
        out.push(choiceOf(t, state, taken, enabled));
      }
      return out;
    },
    send(state, input, options = {}) {
      const event: JourneyEvent = typeof input === 'string' ? { type: input } : input;
      if (state.done) return { ...state, path: { nodes: [], edges: [] }, accepted: false };
      const chosen = pick(state.snapshot, event.type, event);
      let timeMs = Math.max(state.timeMs, options.atMs ?? state.timeMs);
      if (chosen && AFTER.test(event.type)) timeMs = Math.max(timeMs, (state.enteredAt[chosen.source.id] ?? timeMs) + Number(chosen.delay));
      if (!chosen) return { ...state, timeMs, path: { nodes: [], edges: [] }, accepted: false };
      const [snapshot] = transition(machine, state.snapshot, event);
      const steps = getMicrosteps(machine, state.snapshot, event) as [JourneySnapshot, unknown][];
      const { path, reentered } = walk(steps, state.snapshot, chosen, event);
      return stateOf(snapshot, state, timeMs, path, reentered, true);
    },
  };
}
