// The trial runs of the staffing search. Every run simulates the same customers (the same seed, so
// every staffing is tried on the same customers: common random numbers), with the fast engine
// unless told otherwise. Each staffing vector is simulated once (a cache keyed by the vector),
// within a budget of simulations (BudgetSpent when it is spent, except for the run asked for
// regardless: the final staffing's). Before each new simulation: cancel is checked (and simulate
// checks it during the run), then the progress is reported: simulations done, and an upper
// estimate of the total from what the search says is left (`progress`), capped by the budget.
import type { Cohort } from '../../model/cohort';
import type { Journey } from '../../model/journey';
import type { Engine, TeamStats } from '../result/simulationResult';
import { simulate, type SimulateOptions } from '../simulate';
import { SimulationCancelled } from '../simulationError';
import { journeyWith, type Knob } from './staffingLevels';

/** The figures of each team (by id) of one trial run. */
export type Teams = Record<string, TeamStats>;

/** Thrown by a trial run when the budget of simulations is spent: the search stops where it is. */
export class BudgetSpent extends Error {}

export interface TrialRunOptions {
  /** N customers of each trial run (the same customers in all of them). */
  customers: number;
  seed?: number;
  /** Default `fast`. */
  engine?: Engine;
  horizonMs?: number;
  /** Overrides the cohort's `arrivals.over`. */
  overMs?: number;
  /** Before each simulation: simulations done, an upper estimate of the total, and what is tried ("advisors: trying 6 staff"). */
  onProgress?: (done: number, total: number, note: string) => void;
  /** True stops the search with SimulationCancelled (checked between and during simulations). */
  shouldCancel?: () => boolean;
}

const log2 = (n: number) => Math.max(1, Math.ceil(Math.log2(Math.max(2, n))));

export class TrialRuns {
  /** What the search has left, for the progress estimate: simulations of the current phase after the current search, and of the current search. */
  readonly progress = { phaseLeft: 0, searchLeft: 0 };
  private count = 0;
  private readonly cache = new Map<string, Teams>();
  private readonly runBase: SimulateOptions;

  constructor(
    private readonly journey: Journey,
    private readonly cohort: Cohort,
    private readonly knobs: readonly Knob[],
    private readonly options: TrialRunOptions,
    private readonly budget: number,
    private readonly maxStaff: number,
  ) {
    this.runBase = {
      customers: options.customers,
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      engine: options.engine ?? 'fast',
      ...(options.horizonMs !== undefined ? { horizonMs: options.horizonMs } : {}),
      ...(options.overMs !== undefined ? { overMs: options.overMs } : {}),
      ...(options.shouldCancel ? { shouldCancel: options.shouldCancel } : {}),
    };
  }

  /** Simulations run (distinct staffing vectors). */
  get simulations(): number {
    return this.count;
  }

  /** An upper estimate of the simulations of one search for a knob's staff (doubling steps, then bisection, up to maxStaff). */
  searchSteps(): number {
    return 2 * log2(this.maxStaff);
  }

  /** The teams' figures with the knobs at `vector`: simulated the first time, from the cache after; `note` says what is tried. */
  run(vector: readonly number[], note: string, overBudget = false): Teams {
    const key = vector.join(',');
    const hit = this.cache.get(key);
    if (hit) return hit;
    if (this.options.shouldCancel?.()) throw new SimulationCancelled();
    if (this.count >= this.budget && !overBudget) throw new BudgetSpent();
    this.report(note);
    const result = simulate(journeyWith(this.journey, this.knobs, vector), this.cohort, this.runBase);
    this.count++;
    this.progress.searchLeft = Math.max(0, this.progress.searchLeft - 1);
    this.cache.set(key, result.teams);
    return result.teams;
  }

  private report(note: string): void {
    if (!this.options.onProgress) return;
    const done = this.count;
    const total = Math.min(this.budget, Math.max(done + 1, done + this.progress.searchLeft + this.progress.phaseLeft + 1));
    this.options.onProgress(done, total, note);
  }
}
