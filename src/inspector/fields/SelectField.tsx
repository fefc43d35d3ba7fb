import { useId } from 'react';
import type { Diagnostic } from '../../../runtime/diagnostics/diagnostic';
import { FieldFrame } from './Field';

export interface SelectOption {
  value: string;
  label?: string;
}

export interface SelectFieldProps {
  name: string;
  label: string;
  value: string | undefined;
  options: readonly (string | SelectOption)[];
  /** Commits at once: the chosen value, or undefined for the empty choice of an optional field. */
  onCommit(value: string | undefined): void;
  optional?: boolean;
  /** Text of the empty choice of an optional field. */
  emptyLabel?: string;
  description?: string | undefined;
  diagnostics?: readonly Diagnostic[] | undefined;
}

/** A select; a value the options do not know (e.g. a dangling id) is kept and shown as unknown. */
export function SelectField({ name, label, value, options, onCommit, optional, emptyLabel = '— none —', description, diagnostics }: SelectFieldProps) {
  const id = useId();
  const opts = options.map((o) => (typeof o === 'string' ? { value: o } : o));
  const known = value === undefined || opts.some((o) => o.value === value);
  return (
    <FieldFrame id={id} name={name} label={label} description={description} diagnostics={diagnostics}>
      <select id={id} name={name} className="ji-input ji-select" value={value ?? ''} onChange={(e) => onCommit(e.target.value === '' ? undefined : e.target.value)} aria-invalid={diagnostics?.some((d) => d.severity === 'error') || undefined}>
        {optional || value === undefined ? <option value="">{emptyLabel}</option> : null}
        {known ? null : <option value={value}>{`${value} (unknown)`}</option>}
        {opts.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label ?? o.value}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
