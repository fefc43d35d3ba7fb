import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import type { Distribution } from '../../runtime/model/primitives';
import { DiagnosticList } from '../inspector/fields/Field';

/**
 * The problems of a distribution as a whole (J024 "a lognormal needs p90 above median"): the
 * distribution field shows those of a bare value and of each parameter, not these.
 */
export function DistributionProblems({ value, diagnostics }: { value: Distribution | undefined; diagnostics: readonly Diagnostic[] | undefined }) {
  if (typeof value !== 'object' || value === null || !diagnostics) return null;
  return <DiagnosticList diagnostics={diagnostics} />;
}
