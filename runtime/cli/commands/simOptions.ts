import { durationMs, DURATION_HELP, formatDuration } from '../../model/duration';
import { ENGINES, type Engine } from '../../sim/result/simulationResult';
import { DEFAULT_HORIZON_MS, DEFAULT_SEED } from '../../sim/simulate';
import { CliError } from '../cliError';

export const DEFAULT_CUSTOMERS = 1000;
/** The most customers one run of the command line may have (README, Command line). */
export const MAX_CUSTOMERS = 100_000_000;
/** The longest `--horizon` (and so `--over`): 100 years of 365 days. */
export const MAX_HORIZON_MS = 36_500 * 86_400_000;

export interface SimCliOptions {
  customers: number;
  seed: number;
  engine: Engine;
  horizonMs: number;
  /** `--over`: the customers arrive within [0, over) (overrides the cohort's `arrivals.over`). */
  overMs?: number;
  cohort?: string;
  output?: string;
}

const LONGEST = `${formatDuration(MAX_HORIZON_MS)} (100 years)`;

/** A duration option: a duration text, or a plain number of milliseconds. */
function durationOption(text: string): number | undefined {
  return durationMs(/^\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text);
}

/**
 * The options of `simulate`, `compare` and `staff`, checked: a bad one is a one-line usage error
 * (exit 2); `--over` longer than the horizon is an error of the run (exit 1).
 */
export function parseSimOptions(command: string, o: Record<string, string | boolean | undefined>): SimCliOptions {
  const bad = (msg: string) => new CliError(`journey ${command}: ${msg}`, 2);
  const text = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  const customersText = text('customers');
  const customers = customersText === undefined ? DEFAULT_CUSTOMERS : /^\d+$/.test(customersText.trim()) ? Number(customersText) : Number.NaN;
  if (customers > MAX_CUSTOMERS) throw bad(`--customers ${customersText} is more than ${MAX_CUSTOMERS.toLocaleString('en-US')}, the most one run may have: simulate fewer (a few thousand customers are a good sample)`);
  if (!(Number.isSafeInteger(customers) && customers >= 1)) throw bad(`--customers must be a positive integer, not '${customersText}'`);
  const seedText = text('seed');
  const seed = seedText === undefined ? DEFAULT_SEED : /^-?\d+$/.test(seedText.trim()) ? Number(seedText) : Number.NaN;
  if (!Number.isSafeInteger(seed)) throw bad(`--seed must be an integer, not '${seedText}'`);
  const engine = text('engine') ?? 'fast';
  if (!(ENGINES as readonly string[]).includes(engine)) throw bad(`unknown --engine '${engine}': use ${ENGINES.join(' or ')}`);
  const horizonText = text('horizon');
  const horizonMs = horizonText === undefined ? DEFAULT_HORIZON_MS : durationOption(horizonText);
  if (horizonMs === undefined) throw bad(`--horizon '${horizonText}' is not a duration: ${DURATION_HELP}`);
  if (horizonMs > MAX_HORIZON_MS) throw bad(`--horizon ${horizonText} is longer than ${LONGEST}, the longest a run may be: shorten it`);
  const out: SimCliOptions = { customers, seed, engine: engine as Engine, horizonMs };
  const overText = text('over');
  if (overText !== undefined) {
    const overMs = durationOption(overText);
    if (overMs === undefined || !(overMs > 0)) throw bad(`--over '${overText}' is not a duration above 0: ${DURATION_HELP}`);
    if (overMs > MAX_HORIZON_MS) throw bad(`--over ${overText} is longer than ${LONGEST}, the longest a run may be: shorten it`);
    if (overMs > horizonMs) {
      throw new CliError(`journey ${command}: --over ${overText} is longer than the horizon of ${formatDuration(horizonMs)}: the customers must arrive before the run ends; shorten --over or pass --horizon ${formatDuration(overMs)}`, 1);
    }
    out.overMs = overMs;
  }
  const cohort = text('cohort');
  if (cohort !== undefined) out.cohort = cohort;
  const output = text('output');
  if (output !== undefined) out.output = output;
  return out;
}
