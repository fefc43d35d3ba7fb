// The shortest path to each outcome of a journey, with a customer that takes it.
//
// For each candidate customer (candidateCustomers), xstate/graph's getShortestPaths explores the
// compiled machine from its initial state with that customer as input. Timers are the one thing
// xstate/graph cannot order by itself, so the traversal runs over timedJourneyLogic (the machine
// plus a clock: only the timer due first can fire). Per outcome the path with the fewest steps
// wins (ties: the earlier, simpler customer). Each winner is replayed on a real actor with a
// SimulatedClock; a path the actor does not follow step for step is dropped.
import { getShortestPaths } from 'xstate/graph';
import type { AnyStateMachine, StateValue } from 'xstate';
import type { Journey } from '../model/journey';
import { createJourneyMachine } from '../compile/createJourneyMachine';
import { toMachineConfig } from '../compile/toMachineConfig';
import type { JourneyMachineConfig, JourneyOutput, StateConfig } from '../compile/machineConfig';
import { candidateCustomers, type Customer } from './candidateCustomers';
import { serializeTimed, timedEvents, timedJourneyLogic, type TimedJourneyLogic, type TimedSnapshot } from './timedJourneyLogic';
import { replayPath, type Observed, type PathStep } from './replayPath';

export interface OutcomePath {
  outcome: string;
  output: JourneyOutput;
  customer: Customer;
  steps: PathStep[];
  /** What the machine shows at the start (index 0) and after each step. */
  observed: Observed[];
  /** The node the customer is at, at the start and after each step. */
  nodes: string[];
}

export interface FindOutcomePathsOptions {
  /** How many candidate customers to try at most. */
  customers?: number;
  /** Longest path considered (steps). */
  maxSteps?: number;
}

/** Outcome node ids of the config (top-level finals), in config order. */
export function outcomeIds(config: JourneyMachineConfig): string[] {
  return Object.entries(config.states)
    .filter(([, s]) => s.type === 'final')
    .map(([id]) => id);
}

/** Which node a state value is at: the deepest state that is a journey node (not a stage, not a work step). */
function nodeLocator(config: JourneyMachineConfig): (value: StateValue) => string {
  const isNode = (s: StateConfig | undefined) => s?.meta !== undefined && s.meta.kind !== 'stage' && s.meta.kind !== 'work';
  return (value) => {
    let states: Record<string, StateConfig> | undefined = config.states;
    let v: StateValue | undefined = value;
    let node = '';
    while (v !== undefined && states) {
      const key: string = typeof v === 'string' ? v : Object.keys(v)[0]!;
      const state: StateConfig | undefined = states[key];
      if (isNode(state)) node = key;
      states = state?.states;
      v = typeof v === 'string' ? undefined : (v as Record<string, StateValue>)[key];
    }
    return node;
  };
}

/**
 * The states along a path's events, recomputed from the start. xstate/graph keeps one snapshot per
 * serialized state, which may come from another path to it: its clock (not serialized, so that the
 * state space stays finite) can differ from this path's.
 */
function statesAlong(logic: TimedJourneyLogic, from: TimedSnapshot, events: ReadonlyArray<{ type: string }>): TimedSnapshot[] {
  const states = [from];
  for (const event of events) states.push(logic.transition(states[states.length - 1]!, event, undefined as never));
  return states;
}

function toSteps(states: readonly TimedSnapshot[], events: ReadonlyArray<{ type: string }>): PathStep[] {
  return events.map((event, i) => (event.type.startsWith('xstate.after.') ? { advance: states[i + 1]!.now - states[i]!.now, timer: event.type } : { send: event.type }));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function followed(expected: TimedSnapshot[], observed: Observed[]): boolean {
  return expected.length === observed.length && expected.every((s, i) => same(s.machine.value, observed[i]!.value) && same((s.machine.context as { journey: unknown }).journey, observed[i]!.journey));
}

/** The shortest path to each outcome reachable with some candidate customer, in outcome order. */
export function findOutcomePaths(journey: Journey, options: FindOutcomePathsOptions = {}): OutcomePath[] {
  const config = toMachineConfig(journey);
  const machine: AnyStateMachine = createJourneyMachine(journey, { config });
  const logic = timedJourneyLogic(machine);
  const maxSteps = options.maxSteps ?? 40;
  const best = new Map<string, { weight: number; customer: Customer; steps: PathStep[]; states: TimedSnapshot[] }>();

  for (const customer of candidateCustomers(journey, options.customers ?? 128)) {
    const input = { customer };
    let fromState: TimedSnapshot;
    try {
      fromState = logic.getInitialSnapshot(undefined as never, input);
    } catch {
      continue;
    }
    const paths = getShortestPaths(logic, {
      input,
      fromState,
      events: timedEvents,
      serializeState: serializeTimed,
      stopWhen: (s) => s.status !== 'active' || s.depth >= maxSteps,
      toState: (s) => s.status === 'done',
    });
    for (const path of paths) {
      const outcome = (path.state.output as JourneyOutput | undefined)?.outcome;
      if (outcome === undefined) continue;
      const known = best.get(outcome);
      if (known && known.weight <= path.weight) continue;
      const events = path.steps.slice(1).map((step) => ({ type: step.event.type }));
      const states = statesAlong(logic, fromState, events);
      best.set(outcome, { weight: path.weight, customer, steps: toSteps(states, events), states });
    }
  }

  const nodeAt = nodeLocator(config);
  const found: OutcomePath[] = [];
  for (const outcome of outcomeIds(config)) {
    const b = best.get(outcome);
    if (!b) continue;
    const observed = replayPath(machine, b.customer, b.steps);
    const last = observed[observed.length - 1];
    if (!followed(b.states, observed) || last?.status !== 'done') continue;
    found.push({ outcome, output: last.output as JourneyOutput, customer: b.customer, steps: b.steps, observed, nodes: observed.map((o) => nodeAt(o.value)) });
  }
  return found;
}
