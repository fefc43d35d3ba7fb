import { useDeferredValue, useMemo } from 'react';
import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import { validateText } from '../../runtime/lint/validateText';
import type { Journey } from '../../runtime/model/journey';
import { mergeDiagnostics } from './fieldDiagnostics';

/**
 * The document's diagnostics as the CLI sees them (schema and lint: validateText on its JSON),
 * merged with those the shell passes (e.g. cohort fit). Recomputed only when the document changes,
 * at low priority.
 */
export function useDocumentDiagnostics(journey: Journey, given: readonly Diagnostic[]): Diagnostic[] {
  // Deferred: a big document re-validates after the edit has been drawn, not before.
  const deferred = useDeferredValue(journey);
  const own = useMemo(() => validateText(JSON.stringify(deferred), { expect: 'journey' }).diagnostics, [deferred]);
  return useMemo(() => mergeDiagnostics(given, own), [given, own]);
}
