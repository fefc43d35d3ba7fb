import { compareJourneys } from '../../sim/compareJourneys';
import { CliError, EXIT } from '../cliError';
import type { CliIo } from '../cliIo';
import { progressBar } from './progressBar';
import { parseSimOptions } from './simOptions';
import { announceRun, loadJourneyOneLine, loadRunCohort, runOptionsOf, runSimulation } from './simulateCommand';

export const COMPARE_USAGE = 'compare <journeyA> <journeyB> --cohort c [--customers N] [--seed S] [--engine fast|reference] [--horizon 90d] [--over 28d] [-o out.json]';

/** `compare`: the same customers through A and B; per outcome the difference B − A with a paired 95% CI. */
export function compareCommand(io: CliIo, files: string[], o: Record<string, string | boolean | undefined>): number {
  if (files.length !== 2) throw new CliError(`usage: journey ${COMPARE_USAGE}`);
  const options = parseSimOptions('compare', o);
  const [fileA, fileB] = files as [string, string];
  const a = loadJourneyOneLine(io, fileA, options.cohort);
  const cohortFile = options.cohort ?? a.cohortFile;
  if (cohortFile === undefined) throw new CliError(`journey compare: pass --cohort <file>: both journeys must see the same customers`, 2);
  const b = loadJourneyOneLine(io, fileB, cohortFile);
  const cohort = loadRunCohort(io, cohortFile, options);
  announceRun(io, 'compare', cohort, options);
  const bar = progressBar(io, 'compare');
  const comparison = runSimulation([fileA, fileB], () => compareJourneys(a.journey, b.journey, cohort, { ...runOptionsOf(options), ...(bar.onProgress ? { onProgress: bar.onProgress } : {}) }));
  bar.done();
  const text = `${JSON.stringify(comparison, null, 2)}\n`;
  if (options.output) io.writeText(options.output, text);
  else io.stdout(text);
  return EXIT.ok;
}
