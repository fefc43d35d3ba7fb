import { useDeferredValue, useMemo } from 'react';
import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import { validateText } from '../../runtime/lint/validateText';
import type { Journey } from '../../runtime/model/journey';
import { inPlainWords, mergeDiagnostics } from './fieldDiagnostics';

/**
 * The document's diagnostics as the CLI sees them (schema and lint: validateText on its JSON),
 * merged with those the shell passes (e.g. cohort fit), in plain words naming nodes by their labels
 * now. Validated again only when the document changes, at low priority; the words follow at once.
 */
export function useDocumentDiagnostics(journey: Journey, given: readonly Diagnostic[]): Diagnostic[] {
  // Deferred: a big document re-validates after the edit has been drawn, not before.
  const deferred = useDeferredValue(journey);
  const own = useMemo(() => validateText(JSON.stringify(deferred), { expect: 'journey' }).diagnostics, [deferred]);
  return useMemo(() => inPlainWords(mergeDiagnostics(given, own), journey), [given, own, journey]);
}
