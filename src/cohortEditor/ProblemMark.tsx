import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';

/**
 * A problem in a summary cell whose fields are folded away (a segment's patience, its attributes):
 * a mark with the messages as its tooltip; a click unfolds the fields, which show them in full.
 */
export function ProblemMark({ diagnostics, onClick }: { diagnostics: readonly Diagnostic[] | undefined; onClick?: (() => void) | undefined }) {
  if (!diagnostics?.length) return null;
  const error = diagnostics.some((d) => d.severity === 'error');
  const text = diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n');
  return (
    <button type="button" className={`ce-problem-mark ${error ? 'ji-diag-error' : 'ji-diag-warning'}`} title={text} aria-label={text} data-code={diagnostics[0]!.code} onClick={onClick} disabled={!onClick}>
      {error ? '✕' : '▲'} {diagnostics.length}
    </button>
  );
}
