import { useId } from 'react';
import type { Diagnostic } from '../../../runtime/diagnostics/diagnostic';
import { DiagnosticList } from './Field';

export interface CheckboxFieldProps {
  name: string;
  label: string;
  value: boolean | undefined;
  /** Commits at once; an optional field that is unticked is removed (undefined). */
  onCommit(value: boolean | undefined): void;
  optional?: boolean;
  description?: string | undefined;
  diagnostics?: readonly Diagnostic[] | undefined;
  /** The checkbox's data-testid, for browser tests. */
  testId?: string;
}

export function CheckboxField({ name, label, value, onCommit, optional, description, diagnostics = [], testId }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="ji-field ji-field-check" data-field={name}>
      <label className="ji-check" htmlFor={id} title={description}>
        <input id={id} name={name} type="checkbox" data-testid={testId} checked={value === true} onChange={(e) => onCommit(e.target.checked ? true : optional ? undefined : false)} />
        <span>{label}</span>
      </label>
      <DiagnosticList diagnostics={diagnostics} />
    </div>
  );
}
