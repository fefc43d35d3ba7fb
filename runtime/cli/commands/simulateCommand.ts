import type { Cohort } from '../../model/cohort';
import type { Journey } from '../../model/journey';
import { simulate } from '../../sim/simulate';
import { SimulationError } from '../../sim/simulationError';
import { CliError, EXIT } from '../cliError';
import type { CliIo } from '../cliIo';
import { loadCohort, loadValidJourney } from '../loadDocuments';
import { progressBar } from './progressBar';
import { runSummary } from './runSummary';
import { parseSimOptions, type SimCliOptions } from './simOptions';

export const SIMULATE_USAGE = 'simulate <journey> [--cohort c] [--customers N] [--seed S] [--engine fast|reference] [--horizon 90d] [--over 28d] [-o result.json]';

/** loadValidJourney, with its errors cut to one line: the first error, and how many more there are. */
export function loadJourneyOneLine(io: CliIo, file: string, cohortFile: string | undefined): ReturnType<typeof loadValidJourney> {
  try {
    return loadValidJourney(io, file, cohortFile);
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    const lines = err.message.split('\n');
    if (lines.length <= 1) throw err;
    throw new CliError(`${lines[0]} (and ${lines.length - 1} more error${lines.length > 2 ? 's' : ''}: see 'journey validate ${file}')`, err.exitCode);
  }
}

/**
 * The cohort of a run: with the run's horizon, the cohort's own `arrivals.over` must fit in it (J034,
 * on the cohort's line) unless `--over` replaces it.
 */
export function loadRunCohort(io: CliIo, file: string, run: { horizonMs: number; overMs?: number }): Cohort {
  return loadCohort(io, file, run.overMs === undefined ? { horizonMs: run.horizonMs } : {});
}

/** A journey checked against its cohort (the given one, else the journey's own). */
export function loadJourneyAndCohort(io: CliIo, command: string, file: string, cohortFile: string | undefined, run: { horizonMs: number; overMs?: number }): { journey: Journey; cohort: Cohort } {
  const { journey, cohortFile: used } = loadJourneyOneLine(io, file, cohortFile);
  if (used === undefined) throw new CliError(`${file}: the journey names no cohort: pass --cohort <file> to ${command} it`, 2);
  return { journey, cohort: loadRunCohort(io, used, run) };
}

/** The run options of the simulator from the command line's. */
export function runOptionsOf(options: SimCliOptions): { customers: number; seed: number; engine: SimCliOptions['engine']; horizonMs: number; overMs?: number } {
  return { customers: options.customers, seed: options.seed, engine: options.engine, horizonMs: options.horizonMs, ...(options.overMs !== undefined ? { overMs: options.overMs } : {}) };
}

/** On a terminal, the run's summary line on stderr before it starts. */
export function announceRun(io: CliIo, command: string, cohort: Cohort, options: SimCliOptions): void {
  if (io.stderrIsTTY) io.stderr(`${runSummary(command, options.customers, cohort, options)}\n`);
}

/**
 * Runs a simulation of the journeys in `files` (A and B for a comparison), turning its errors into
 * one line that names the journey's file and the place: `file: error node 'x', customer 3: …` (exit 1).
 */
export function runSimulation<T>(files: readonly string[], f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (!(err instanceof SimulationError)) throw err;
    const file = err.place.journey === 'b' ? files[1] : files[0];
    throw new CliError(`${file}: error ${err.message.split('\n')[0]}`, 1);
  }
}

/** `simulate`: the `simulation/1` result of N customers through the journey, as JSON. */
export function simulateCommand(io: CliIo, files: string[], o: Record<string, string | boolean | undefined>): number {
  if (files.length !== 1) throw new CliError(`usage: journey ${SIMULATE_USAGE}`);
  const options = parseSimOptions('simulate', o);
  const { journey, cohort } = loadJourneyAndCohort(io, 'simulate', files[0]!, options.cohort, options);
  announceRun(io, 'simulate', cohort, options);
  const bar = progressBar(io, 'simulate');
  const result = runSimulation(files, () => simulate(journey, cohort, { ...runOptionsOf(options), ...(bar.onProgress ? { onProgress: bar.onProgress } : {}) }));
  bar.done();
  const text = `${JSON.stringify(result, null, 2)}\n`;
  if (options.output) io.writeText(options.output, text);
  else io.stdout(text);
  return EXIT.ok;
}
