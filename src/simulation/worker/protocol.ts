// The messages between the workbench and the simulation worker. Everything is structured-clone
// data: journeys and cohorts are their parsed documents, results are the runtime's JSON.
import type { Cohort } from '../../../runtime/model/cohort';
import type { Journey } from '../../../runtime/model/journey';
import type { Comparison, CustomerTrace, Engine, SimulationResult } from '../../../runtime/sim';
import type { StaffingResult } from '../../../runtime/sim/staffing/suggestStaffing';

/** The options of a run or a comparison (DESIGN §5): N customers, seed, engine, horizon, arrivals' spread. */
export interface RunRequestOptions {
  customers: number;
  /** Default 1. */
  seed?: number;
  /** Default `fast`. */
  engine?: Engine;
  /** Default 365 days. */
  horizonMs?: number;
  /** Overrides the cohort's `arrivals.over` (the customers arrive within [0, overMs)); absent: the cohort's. */
  overMs?: number;
}

/** The options of a staffing suggestion: the run's options and the most staff a team may get. */
export interface StaffingRequestOptions extends RunRequestOptions {
  /** The most staff on duty at once the search may give a team (suggestStaffing's default when absent). */
  maxStaff?: number;
}

/** One customer of a run, replayed: customer `index` of the run with `seed` (and `customers`). */
export interface TraceRequestOptions {
  seed: number;
  index: number;
  /** The size of the run the customer is part of (matters only when customers meet in staff queues). */
  customers?: number;
  engine?: Engine;
  horizonMs?: number;
  /** The run's arrivals' spread when it overrode the cohort's (see RunRequestOptions). */
  overMs?: number;
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
  /** Suggest the staff each team with a target needs (runtime/sim/staffing): many runs, one synchronous call. */
  | { type: 'staffing'; id: string; journey: Journey; cohort: Cohort; options: StaffingRequestOptions; cancelFlag?: CancelFlag }
  | { type: 'cancel'; id: string };

export type JobKind = 'run' | 'compare' | 'trace' | 'staffing';

/** What each kind of job resolves to. */
export interface JobResults {
  run: SimulationResult;
  compare: Comparison;
  trace: CustomerTrace;
  staffing: StaffingResult;
}

export type ResultMessage = { [K in JobKind]: { type: 'result'; id: string; kind: K; result: JobResults[K] } }[JobKind];

export type WorkerResponse =
  /**
   * Customers done of `total` (a comparison counts each customer once, through both journeys); for
   * a staffing suggestion, simulations done of those planned, with `note` saying what it tries now.
   */
  | { type: 'progress'; id: string; done: number; total: number; note?: string }
  | ResultMessage
  | { type: 'cancelled'; id: string }
  /** One line: the SimulationError's message (bad input, a loop without progress…). */
  | { type: 'error'; id: string; message: string };

/** True when `flag` asks to cancel. */
export function flagRaised(flag: CancelFlag | undefined): boolean {
  return flag !== undefined && Atomics.load(flag, 0) !== 0;
}
