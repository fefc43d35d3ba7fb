import type { ReactNode } from 'react';
import type { Diagnostic } from '../../../runtime/diagnostics/diagnostic';
import { TextField } from './TextField';

export interface ScalarFieldProps {
  name: string;
  label: string;
  value: string | number | boolean | undefined;
  onCommit(value: string | number | undefined): void;
  optional?: boolean;
  placeholder?: string;
  description?: string | undefined;
  diagnostics?: readonly Diagnostic[] | undefined;
  noteFor?: (draft: string) => ReactNode;
}

/** Text to a scalar: digits become a number, anything else stays text ("3d", "web"). */
export function parseScalar(text: string): string | number {
  const t = text.trim();
  return t !== '' && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(t) ? Number(t) : text;
}

/** A number or a string in one text input (durations, distribution parameters). */
export function ScalarField({ value, onCommit, ...rest }: ScalarFieldProps) {
  return <TextField {...rest} value={value === undefined ? undefined : String(value)} onCommit={(t) => onCommit(t === undefined ? undefined : parseScalar(t))} />;
}
