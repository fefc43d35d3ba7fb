// The messages between the workbench and the simulation worker. Everything is structured-clone
// data: journeys and cohorts are their parsed documents, results are the runtime's JSON.
import type { Cohort } from '../../../runtime/model/cohort';
import type { Journey } from '../../../runtime/model/journey';
import type { Comparison, CustomerTrace, Engine, SimulationResult } from '../../../runtime/sim';

/** The options of a run or a comparison (DESIGN §5): N customers, seed, engine, horizon. */
export interface RunRequestOptions {
  customers: number;
  /** Default 1. */
  seed?: number;
  /** Default `fast`. */
  engine?: Engine;
  /** Default 365 days. */
  horizonMs?: number;
}

/** One customer of a run, replayed: customer `index` of the run with `seed` (and `customers`). */
export interface TraceRequestOptions {
  seed: number;
  index: number;
  /** The size of the run the customer is part of (matters only when customers meet in staff queues). */
  customers?: number;
  engine?: Engine;
  horizonMs?: number;
}

/**
 * A cancel flag shared with the worker (an Int32Array over a SharedArrayBuffer; non-zero cancels).
 * Only possible when the page is cross-origin isolated; it is what stops the synchronous parts of a
 * job (the interaction phase of a run, a comparison) at once. Without it the client terminates the
 * worker when a cancel is not honoured in time.
 */
export type CancelFlag = Int32Array;

export type WorkerRequest =
  | { type: 'run'; id: string; journey: Journey; cohort: Cohort; options: RunRequestOptions; cancelFlag?: CancelFlag }
  | { type: 'compare'; id: string; a: Journey; b: Journey; cohort: Cohort; options: RunRequestOptions; cancelFlag?: CancelFlag }
  | { type: 'trace'; id: string; journey: Journey; cohort: Cohort; options: TraceRequestOptions; cancelFlag?: CancelFlag }
  | { type: 'cancel'; id: string };

export type JobKind = 'run' | 'compare' | 'trace';

/** What each kind of job resolves to. */
export interface JobResults {
  run: SimulationResult;
  compare: Comparison;
  trace: CustomerTrace;
}

export type ResultMessage = { [K in JobKind]: { type: 'result'; id: string; kind: K; result: JobResults[K] } }[JobKind];

export type WorkerResponse =
  /** Customers done of `total` (a comparison counts each customer once, through both journeys). */
  | { type: 'progress'; id: string; done: number; total: number }
  | ResultMessage
  | { type: 'cancelled'; id: string }
  /** One line: the SimulationError's message (bad input, a loop without progress…). */
  | { type: 'error'; id: string; message: string };

/** True when `flag` asks to cancel. */
export function flagRaised(flag: CancelFlag | undefined): boolean {
  return flag !== undefined && Atomics.load(flag, 0) !== 0;
}
