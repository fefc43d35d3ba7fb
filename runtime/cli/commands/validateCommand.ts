import { diagnostic, formatDiagnostic, hasErrors, type Diagnostic } from '../../diagnostics/diagnostic';
import { locate } from '../../model/parseDocument';
import { createTextLocator } from '../../model/textLocator';
import { validateText } from '../../lint/validateText';
import { CliError, EXIT } from '../cliError';
import type { CliIo } from '../cliIo';
import { DocumentTextError } from '../documentTextError';
import { loadCohort } from '../loadDocuments';

export const VALIDATE_USAGE = 'validate <file>… [--json]';

/** `validate <file>…`: every problem of every file, one line each; exit 1 when any is an error. */
export function validateCommand(io: CliIo, files: string[], options: { json?: boolean }): number {
  if (files.length === 0) throw new CliError(`usage: journey ${VALIDATE_USAGE}`);
  const all: Diagnostic[] = [];
  for (const file of files) {
    const text = readOrDiagnose(io, file, all);
    if (text === undefined) continue;
    const v = validateJourneyOrCohort(io, file, text);
    for (const d of v) all.push(d); // not push(...v): a call's arguments live on the stack
  }
  if (options.json) io.stdout(`${JSON.stringify(all, null, 2)}\n`);
  else for (const d of all) io.stdout(`${formatDiagnostic(d)}\n`);
  return hasErrors(all) ? EXIT.invalid : EXIT.ok;
}

/** The file's text; a file that is not UTF-8 (J035) is a problem of that file, listed with the others. */
function readOrDiagnose(io: CliIo, file: string, all: Diagnostic[]): string | undefined {
  try {
    return io.readText(file);
  } catch (err) {
    if (!(err instanceof DocumentTextError)) throw err;
    all.push(err.diagnostic);
    return undefined;
  }
}

/**
 * One validation of the file; a journey naming a cohort is checked against it, and an unreadable
 * or broken cohort is reported on the journey's `cohort` line.
 */
function validateJourneyOrCohort(io: CliIo, file: string, text: string): Diagnostic[] {
  let cohortProblem: CliError | undefined;
  const v = validateText(text, {
    file,
    cohortFor: (journey) => {
      if (journey.cohort === undefined) return undefined;
      try {
        return loadCohort(io, io.resolveBeside(file, journey.cohort));
      } catch (err) {
        if (!(err instanceof CliError)) throw err;
        cohortProblem = err;
        return undefined;
      }
    },
  });
  if (!cohortProblem) return v.diagnostics;
  const d = diagnostic('J005', `the journey's cohort cannot be used: ${cohortProblem.message}`, { path: ['cohort'] });
  return [...v.diagnostics, ...locate([d], createTextLocator(text), file)];
}
