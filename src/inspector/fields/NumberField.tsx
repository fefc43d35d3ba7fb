import { useId, type KeyboardEvent } from 'react';
import type { Diagnostic } from '../../../runtime/diagnostics/diagnostic';
import { FieldFrame } from './Field';
import { useDraft } from './useDraft';

export interface NumberFieldProps {
  name: string;
  label: string;
  value: number | undefined;
  onCommit(value: number | undefined): void;
  optional?: boolean;
  min?: number | undefined;
  max?: number | undefined;
  int?: boolean;
  step?: number;
  description?: string | undefined;
  diagnostics?: readonly Diagnostic[] | undefined;
  /** The input's data-testid, for browser tests. */
  testId?: string;
}

/** A number input with the schema's bounds; commits on blur or Enter; empty clears an optional field. */
export function NumberField({ name, label, value, onCommit, optional, min, max, int, step, description, diagnostics, testId }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft, revert] = useDraft(value === undefined ? '' : String(value));
  const parsed = draft.trim() === '' ? undefined : Number(draft);
  const problem =
    parsed === undefined
      ? optional
        ? undefined
        : 'required: enter a number'
      : Number.isNaN(parsed)
        ? 'not a number'
        : int && !Number.isInteger(parsed)
          ? 'must be a whole number'
          : min !== undefined && parsed < min
            ? `must be at least ${min}`
            : max !== undefined && parsed > max
              ? `must be at most ${max}`
              : undefined;
  const commit = () => {
    if (parsed === value) return;
    if (parsed === undefined && !optional) return revert();
    if (parsed !== undefined && Number.isNaN(parsed)) return revert();
    onCommit(parsed);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    else if (e.key === 'Escape') revert();
  };
  return (
    <FieldFrame
      id={id}
      name={name}
      label={label}
      description={description}
      diagnostics={diagnostics}
      onClear={optional && value !== undefined ? () => onCommit(undefined) : undefined}
      note={problem ? <div className="ji-note ji-note-error">{problem}</div> : null}
    >
      <input
        id={id}
        name={name}
        data-testid={testId}
        type="number"
        className="ji-input ji-input-number"
        value={draft}
        min={min}
        max={max}
        step={step ?? (int ? 1 : 'any')}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
        aria-invalid={problem !== undefined || diagnostics?.some((d) => d.severity === 'error') || undefined}
      />
    </FieldFrame>
  );
}
