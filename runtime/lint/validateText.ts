import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic';
import { locate, parseDocumentText, type DocumentKind } from '../model/parseDocument';
import type { Journey } from '../model/journey';
import type { Cohort } from '../model/cohort';
import { lintJourney } from './lintJourney';
import { lintCohort } from './lintCohort';
import { arrivalsWithinHorizon } from './arrivalRules';
import { RESERVED_NAME, reservedKeys } from './rules/reservedName';

export interface Validation {
  kind?: DocumentKind;
  journey?: Journey;
  cohort?: Cohort;
  /** Every problem, located in the text and sorted by position. */
  diagnostics: Diagnostic[];
}

export interface ValidateOptions {
  /** The file name the diagnostics carry. */
  file?: string;
  /** Only accept this kind of file (journey or cohort). */
  expect?: DocumentKind;
  /** For a journey: the cohort it will be simulated with, to check that they fit. */
  cohort?: Cohort;
  /**
   * For a journey, when `cohort` is not given: the cohort to check it against, asked for once the
   * text has parsed (e.g. read from the journey's own `cohort` path), so the text is validated once.
   */
  cohortFor?(journey: Journey): Cohort | undefined;
  /** For a cohort: the horizon of the run it is for (its arrivals must fit, J034). */
  horizonMs?: number;
}

/** Whether a key of the text may read "__proto__": written so, or with a \u escape (any character may be one). */
function mayHaveReservedKey(text: string): boolean {
  return text.includes(RESERVED_NAME) || text.includes('\\u');
}

/** Parse and lint a journey or cohort text: the one validation the CLI, the editor and the tests share. */
export function validateText(text: string, options: ValidateOptions = {}): Validation {
  const parsed = parseDocumentText(text, options.expect);
  const result: Validation = { diagnostics: [] };
  if (parsed.kind) result.kind = parsed.kind;
  // A document with the schema's shape has only warnings from the parser (repeated keys, J109).
  let found = parsed.diagnostics;
  if (parsed.journey) {
    result.journey = parsed.journey;
    found = found.concat(lintJourney(parsed.journey, options.cohort ?? options.cohortFor?.(parsed.journey)));
  } else if (parsed.cohort) {
    result.cohort = parsed.cohort;
    found = found.concat(lintCohort(parsed.cohort));
    if (options.horizonMs !== undefined) found.push(...arrivalsWithinHorizon(parsed.cohort, options.horizonMs));
  }
  // The schema drops "__proto__" keys without a word: they are found in the JSON as it was written
  // (a text without that name, even escaped, has none: the walk over every value is skipped).
  if (parsed.kind && mayHaveReservedKey(text)) found = found.concat(reservedKeys(parsed.raw));
  result.diagnostics = locate(found, parsed.locator, options.file).sort(compareDiagnostics);
  return result;
}
