import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import type { DocState } from './documentState';

// The one rule for a file with errors, wherever it is used (run, staffing, compare, exports, the
// compiled module, import): it cannot be simulated or exported, and the refusal names the file, how
// many problems to fix and the first, as the Problems panel shows it.

const errorsOf = (doc: Pick<DocState, 'diagnostics'>): Diagnostic[] => doc.diagnostics.filter((d) => d.severity === 'error');

/** How many errors a file has now (warnings do not stop anything). */
export const errorCount = (doc: Pick<DocState, 'diagnostics'>): number => errorsOf(doc).length;

/** "fix the problem first", "fix the 3 problems first". */
export const fixTheProblems = (n: number): string => (n === 1 ? 'fix the problem first' : `fix the ${n.toLocaleString('en-US')} problems first`);

/** A problem as the Problems panel places it: `J001 (Ln 1, Col 13) invalid JSON: …`. */
export function problemText(d: Diagnostic): string {
  const where = d.start ? ` (Ln ${d.start.line}, Col ${d.start.column})` : d.nodeId ? ` (node ${d.nodeId})` : d.edgeId ? ` (edge ${d.edgeId})` : '';
  return `${d.code}${where} ${d.message}`;
}

/** `a.journey.json has 2 errors: fix the 2 problems first`, or undefined when it has no error. */
export function problemsToFix(doc: Pick<DocState, 'path' | 'diagnostics'>): string | undefined {
  const n = errorCount(doc);
  return n === 0 ? undefined : `${doc.path} has ${n.toLocaleString('en-US')} ${n === 1 ? 'error' : 'errors'}: ${fixTheProblems(n)}`;
}

/**
 * Why `what` ("simulate it", "export the map") cannot be done with this file now, or undefined:
 * `Cannot export the map: a.journey.json has 2 errors: fix the 2 problems first. First: J001 (Ln 1, Col 13) …`.
 */
export function fixProblemsFirst(doc: Pick<DocState, 'path' | 'kind' | 'diagnostics' | 'broken' | 'history'>, what: string): string | undefined {
  const first = errorsOf(doc)[0];
  if (first) return `Cannot ${what}: ${problemsToFix(doc)}. First: ${problemText(first)}`;
  if (doc.broken || !doc.history) return `Cannot ${what}: ${doc.path} is not a valid ${doc.kind} yet: fix it in its Source first`;
  return undefined;
}
