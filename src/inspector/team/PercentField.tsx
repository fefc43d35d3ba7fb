import type { Diagnostic } from '../../../runtime/diagnostics/diagnostic';
import { NumberField } from '../fields/NumberField';

export interface PercentFieldProps {
  name: string;
  label: string;
  /** A share, 0…1 in the journey. */
  value: number | undefined;
  onCommit(share: number | undefined): void;
  optional?: boolean;
  description?: string;
  diagnostics?: readonly Diagnostic[] | undefined;
  testId?: string;
}

/** 0.8 ↔ 80: shares as people say them, without the float noise of 0.07 × 100. */
export const toPercent = (share: number) => Number((share * 100).toFixed(6));

/** A share of the journey (0…1) typed as a percentage (0…100). */
export function PercentField({ value, onCommit, ...rest }: PercentFieldProps) {
  return <NumberField {...rest} value={value === undefined ? undefined : toPercent(value)} min={0} max={100} onCommit={(p) => onCommit(p === undefined ? undefined : p / 100)} />;
}
