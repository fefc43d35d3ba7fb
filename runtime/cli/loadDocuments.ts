import { formatDiagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic';
import { validateText, type Validation } from '../lint/validateText';
import type { Journey } from '../model/journey';
import type { Cohort } from '../model/cohort';
import { CliError } from './cliError';
import type { CliIo } from './cliIo';

/**
 * Load and validate a cohort file; a cohort with errors is refused with its first error. With
 * `horizonMs` (a run that uses the cohort's own `arrivals.over`), an `over` longer than the horizon
 * is such an error (J034, located on `over`).
 */
export function loadCohort(io: CliIo, file: string, run: { horizonMs?: number } = {}): Cohort {
  const v = validateText(io.readText(file), { file, expect: 'cohort', ...(run.horizonMs !== undefined ? { horizonMs: run.horizonMs } : {}) });
  const firstError = v.diagnostics.find((d) => d.severity === 'error');
  if (!v.cohort || firstError) throw new CliError(formatDiagnostic(firstError ?? v.diagnostics[0]!), 1);
  return v.cohort;
}

/**
 * Validate a journey file together with its cohort (the given one, else the journey's own
 * `cohort`), in one pass over the text. A cohort that cannot be used throws its CliError.
 */
export function validateJourneyFile(io: CliIo, file: string, cohortFile?: string): Validation & { cohortFile?: string } {
  let useFile: string | undefined;
  const v = validateText(io.readText(file), {
    file,
    cohortFor: (journey) => {
      useFile = cohortFile ?? (journey.cohort !== undefined ? io.resolveBeside(file, journey.cohort) : undefined);
      return useFile === undefined ? undefined : loadCohort(io, useFile);
    },
  });
  return useFile === undefined ? v : { ...v, cohortFile: useFile };
}

/** A journey that validates without errors, or a CliError carrying its error lines (exit 1). */
export function loadValidJourney(io: CliIo, file: string, cohortFile?: string): { journey: Journey; diagnostics: Diagnostic[]; cohortFile?: string } {
  const v = validateJourneyFile(io, file, cohortFile);
  if (v.kind === 'cohort') throw new CliError(`${file}:1:1: error J002 this is a cohort ("cohort/1"); the command needs a journey ("journey/1")`, 1);
  if (!v.journey || hasErrors(v.diagnostics)) {
    throw new CliError(v.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic).join('\n'), 1);
  }
  const out: { journey: Journey; diagnostics: Diagnostic[]; cohortFile?: string } = { journey: v.journey, diagnostics: v.diagnostics };
  if (v.cohortFile !== undefined) out.cohortFile = v.cohortFile;
  return out;
}
