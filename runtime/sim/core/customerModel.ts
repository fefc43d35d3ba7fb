// The boundary between the simulation core (time, queues, staff, random draws, metrics: shared by
// both engines) and a customer model (what the journey's state machine does with an event). The
// `reference` model drives a real XState actor; the `fast` model runs a compiled kernel of the same
// machine config. The core asks, the model answers through the sink.
import type { SimCustomer } from '../plan/cohortPlan';

/** Where the customer is inside its node. */
export const Phase = {
  /** At a node without work. */
  plain: 0,
  /** At a node with work, waiting for a staff member. */
  queued: 1,
  /** At a node with work, being handled. */
  handling: 2,
  /** At a node with work, handled. */
  handled: 3,
  /** At an outcome: the journey is over. */
  final: 4,
} as const;
export type Phase = (typeof Phase)[keyof typeof Phase];

/** What a model reports while it runs (synchronously, inside its calls). */
export interface ModelSink {
  /** The customer enters node `node` (a visit); `emotion` is its emotion there, NaN for none. */
  enter(slot: number, node: number, emotion: number): void;
  /** The transition of edge `edge` is taken. */
  edge(slot: number, edge: number): void;
  /** An `incentive` action ran: its cost in millionths. */
  cost(slot: number, micro: number): void;
  /** A `task` action ran for team `team` (-1: unknown team). */
  task(slot: number, team: number): void;
  /** The event just sent was accepted by no transition. */
  ignored(slot: number): void;
  /** A timer (`after`) starts: it fires after `delayMs`; `token` names it to the model. */
  setTimer(slot: number, delayMs: number, token: number): void;
  clearTimer(slot: number, token: number): void;
  /** The customer's variant (its index in the split's variants) at split `split` (index into the plan's experiments). */
  variant(slot: number, split: number): number;
}

export interface CustomerModel {
  /** The customer enters the journey's start (t = 0). */
  begin(slot: number, customer: SimCustomer): void;
  /** Event `event` (index into the plan's event names) happens. */
  send(slot: number, event: number): void;
  /** The timer named `token` fires. */
  fireTimer(slot: number, token: number): void;
  /** A staff member takes the customer's work (`work.start`). */
  workStart(slot: number): void;
  /** The work is done (`work.done`). */
  workDone(slot: number): void;
  /** The customer leaves the simulation: release what the slot holds. */
  end(slot: number): void;
  phase(slot: number): Phase;
  /** The customer's journey variables now (CEL `journey`). */
  vars(slot: number): Record<string, unknown>;
}
