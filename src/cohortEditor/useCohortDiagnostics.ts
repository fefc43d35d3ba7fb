import { useMemo } from 'react';
import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import type { Cohort } from '../../runtime/model/cohort';
import { validateText } from '../../runtime/lint/validateText';

/**
 * The diagnostics the form shows at its fields: the file's own (those of the Problems panel) while
 * its text is valid. While the text is broken those are about the text (a JSON error), and the form
 * shows the last valid cohort: its fields get that cohort's diagnostics, by the same validation.
 */
export function useCohortDiagnostics(cohort: Cohort | undefined, given: Diagnostic[], broken: boolean): Diagnostic[] {
  return useMemo(() => (broken && cohort ? validateText(JSON.stringify(cohort), { expect: 'cohort' }).diagnostics : given), [cohort, given, broken]);
}
