import { useId, type KeyboardEvent, type ReactNode } from 'react';
import type { Diagnostic } from '../../../runtime/diagnostics/diagnostic';
import { FieldFrame } from './Field';
import { useDraft } from './useDraft';

export interface TextFieldProps {
  name: string;
  label: string;
  value: string | undefined;
  /** Commit: the new text, or undefined to remove an optional field. */
  onCommit(value: string | undefined): void;
  optional?: boolean;
  multiline?: boolean;
  placeholder?: string;
  description?: string | undefined;
  diagnostics?: readonly Diagnostic[] | undefined;
  /** A live note for the text being typed (a check as you type). */
  noteFor?: (draft: string) => ReactNode;
  /** Extra class on the input, e.g. monospace. */
  inputClass?: string;
  /** The input's data-testid, for browser tests. */
  testId?: string;
}

/** A text input that commits on blur or Enter (Escape reverts), so that each change is one undo step. */
export function TextField({ name, label, value, onCommit, optional, multiline, placeholder, description, diagnostics, noteFor, inputClass, testId }: TextFieldProps) {
  const id = useId();
  const [draft, setDraft, revert] = useDraft(value ?? '');
  const commit = () => {
    if (draft === (value ?? '')) return;
    onCommit(draft === '' && optional ? undefined : draft);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      revert();
    }
  };
  const common = {
    id,
    name,
    'data-testid': testId,
    value: draft,
    placeholder,
    className: `ji-input${inputClass ? ` ${inputClass}` : ''}`,
    spellCheck: false,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown,
    'aria-invalid': diagnostics?.some((d) => d.severity === 'error') || undefined,
  };
  return (
    <FieldFrame id={id} name={name} label={label} description={description} diagnostics={diagnostics} onClear={optional && value !== undefined ? () => onCommit(undefined) : undefined} note={noteFor?.(draft)}>
      {multiline ? <textarea {...common} rows={3} /> : <input type="text" {...common} />}
    </FieldFrame>
  );
}
