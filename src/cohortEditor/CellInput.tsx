import type { KeyboardEvent } from 'react';
import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import { useDraft } from '../inspector/fields/useDraft';

export interface CellInputProps {
  value: string;
  /** The text when it changed: on blur or Enter (Escape reverts), so a change is one undo step. */
  onCommit(text: string): void;
  /** The accessible name (a table cell has no visible label of its own). */
  label: string;
  /** A tooltip, e.g. the whole value when a narrow cell cuts it. */
  title?: string;
  testId?: string;
  className?: string;
  inputMode?: 'text' | 'decimal';
  diagnostics?: readonly Diagnostic[] | undefined;
  disabled?: boolean;
  /** Keys of its own (e.g. arrows that step a number); return true when handled. */
  onKey?(e: KeyboardEvent<HTMLInputElement>, draft: string): boolean;
}

/** A compact text input for a table cell or an inline row. */
export function CellInput({ value, onCommit, label, title, testId, className, inputMode, diagnostics, disabled, onKey }: CellInputProps) {
  const [draft, setDraft, revert] = useDraft(value);
  const commit = () => {
    if (draft === value) return;
    onCommit(draft);
    // An edit that changes nothing (bad input, the same value rounded) leaves the value as it was:
    // show it again. A real change brings its own value, which the draft follows.
    revert();
  };
  return (
    <input
      className={`ji-input ce-cell-input${className ? ` ${className}` : ''}`}
      value={draft}
      aria-label={label}
      title={title || undefined}
      data-testid={testId}
      inputMode={inputMode}
      spellCheck={false}
      disabled={disabled}
      aria-invalid={diagnostics?.some((d) => d.severity === 'error') || undefined}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (onKey?.(e, draft)) return;
        if (e.key === 'Enter') commit();
        else if (e.key === 'Escape') revert();
      }}
    />
  );
}
