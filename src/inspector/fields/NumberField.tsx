import { useId, useRef } from 'react';
import type { Diagnostic } from '../../../runtime/diagnostics/diagnostic';
import { FieldFrame } from './Field';
import { useLiveDraft } from './useLiveDraft';

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

/** A number typed, or what is wrong with it; `undefined` for empty. */
function readNumber(text: string, bad: boolean): { value: number | undefined; problem?: string } {
  if (bad) return { value: undefined, problem: 'not a number' };
  const value = text.trim() === '' ? undefined : Number(text);
  return value !== undefined && Number.isNaN(value) ? { value, problem: 'not a number' } : { value };
}

/**
 * A number input with the schema's bounds; commits as you type (when the typing pauses), on blur
 * or Enter; empty clears an optional field. A draft that is not a number ("12a", "1e") is never
 * committed: it stays, with its note, and the document keeps its last number.
 */
export function NumberField({ name, label, value, onCommit, optional, min, max, int, step, description, diagnostics, testId }: NumberFieldProps) {
  const id = useId();
  // A number input reports "12e" as "" (and badInput): that is no number, not an empty field.
  const bad = useRef(false);
  const committable = (text: string) => {
    const n = readNumber(text, bad.current && text === '');
    return n.problem === undefined && (n.value !== undefined || !!optional);
  };
  const draft = useLiveDraft(value === undefined ? '' : String(value), (text) => onCommit(readNumber(text, false).value), { canCommit: committable });
  const parsed = readNumber(draft.text, bad.current && draft.text === '');
  const problem =
    parsed.problem ??
    (parsed.value === undefined
      ? optional
        ? undefined
        : 'required: enter a number'
      : int && !Number.isInteger(parsed.value)
        ? 'must be a whole number'
        : min !== undefined && parsed.value < min
          ? `must be at least ${min}`
          : max !== undefined && parsed.value > max
            ? `must be at most ${max}`
            : undefined);
  const kept = problem && !committable(draft.text) && value !== undefined ? ` (the document keeps ${value})` : '';
  return (
    <FieldFrame
      id={id}
      name={name}
      label={label}
      description={description}
      diagnostics={diagnostics}
      onClear={optional && value !== undefined ? () => onCommit(undefined) : undefined}
      note={problem ? <div className="ji-note ji-note-error">{problem}{kept}</div> : null}
    >
      <input
        id={id}
        name={name}
        data-testid={testId}
        type="number"
        className="ji-input ji-input-number"
        value={draft.text}
        min={min}
        max={max}
        step={step ?? (int ? 1 : 'any')}
        onChange={(e) => {
          bad.current = e.target.validity?.badInput === true;
          draft.change(e.target.value);
        }}
        onFocus={draft.focus}
        onBlur={draft.blur}
        onKeyDown={(e) => draft.keyDown(e)}
        aria-invalid={problem !== undefined || diagnostics?.some((d) => d.severity === 'error') || undefined}
      />
    </FieldFrame>
  );
}
