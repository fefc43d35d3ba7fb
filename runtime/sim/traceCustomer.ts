import type { Journey } from '../model/journey';
import type { Cohort } from '../model/cohort';
import { SimulationCore } from './core/simulationCore';
import type { TraceStep } from './core/traceStep';
import { ENGINE_MODELS } from './engines';
import { drawCustomer } from './plan/cohortPlan';
import { buildSimulationPlan } from './plan/simulationPlan';
import { resolveRun, type RunOptions } from './simulate';
import { SimulationError } from './simulationError';

export interface CustomerTrace {
  journey: string;
  cohort: string;
  seed: number;
  index: number;
  customer: { segment: string; attributes: Record<string, unknown>; patienceMs: number | null };
  /** When the customer entered the journey (its arrival; 0 without cohort arrivals). Step times are of the run's calendar. */
  enteredAt: number;
  /** Everything that happened to the customer, in time order. */
  steps: TraceStep[];
}

export interface TraceOptions extends Omit<RunOptions, 'seed'> {
  /**
   * The size of the run the customer is part of (default index + 1). It only matters when customers
   * meet in staff queues: the waits depend on who else is there.
   */
  customers?: number;
}

/** The single-customer trace mode: the steps of customer `index` of the run with `seed`, for replay. */
export function traceCustomer(journey: Journey, cohort: Cohort, seed: number, index: number, options: TraceOptions = {}): CustomerTrace {
  const run = resolveRun({ ...options, seed });
  if (!(Number.isSafeInteger(index) && index >= 0)) throw new SimulationError(`the customer index must be an integer ≥ 0, not ${index}`);
  const customers = options.customers ?? index + 1;
  if (!(Number.isSafeInteger(customers) && customers > index)) throw new SimulationError(`customer ${index} is not among the ${customers} customers of the run`);
  const plan = buildSimulationPlan(journey, cohort);
  const steps: TraceStep[] = [];
  const core = new SimulationCore(plan, ENGINE_MODELS[run.engine], {
    seed: run.seed,
    horizonMs: run.horizonMs,
    ...(run.overMs !== undefined ? { overMs: run.overMs } : {}),
    trace: { traced: (i) => i === index, step: (_i, step) => void steps.push(step) },
  });
  if (plan.independent) core.run(index, index + 1);
  else core.run(0, customers);
  const c = drawCustomer(plan.segments, run.seed, index);
  return {
    journey: journey.id,
    cohort: cohort.id,
    seed: run.seed,
    index,
    customer: { segment: plan.segments[c.segment]!.id, attributes: c.attributes, patienceMs: Number.isFinite(c.patienceMs) ? c.patienceMs : null },
    enteredAt: steps[0]?.t ?? 0,
    steps,
  };
}

/** Test hook: the steps of every customer of a run, customer by customer (small runs only). */
export function traceAll(journey: Journey, cohort: Cohort, customers: number, options: RunOptions = {}): TraceStep[][] {
  const run = resolveRun(options);
  const plan = buildSimulationPlan(journey, cohort);
  const all: TraceStep[][] = Array.from({ length: customers }, () => []);
  const core = new SimulationCore(plan, ENGINE_MODELS[run.engine], {
    seed: run.seed,
    horizonMs: run.horizonMs,
    ...(run.overMs !== undefined ? { overMs: run.overMs } : {}),
    trace: { traced: () => true, step: (i, step) => void all[i]!.push(step) },
  });
  core.run(0, customers);
  return all;
}
