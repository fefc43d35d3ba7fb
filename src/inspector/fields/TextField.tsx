import { useId, type KeyboardEvent, type ReactNode } from 'react';
import type { Diagnostic } from '../../../runtime/diagnostics/diagnostic';
import { FieldFrame } from './Field';
import { useLiveDraft } from './useLiveDraft';

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
  /**
   * Commit as you type, when the typing pauses (the default); false: only on blur and Enter, for
   * text whose half-typed states must not reach the document (an id that renames its references).
   */
  live?: boolean;
}

/**
 * A text input that commits as you type, when the typing pauses (a burst of typing is one undo
 * step), and on blur or Enter (Ctrl/Cmd+Enter in a multi-line field); Escape drops what is not
 * committed yet; Ctrl/Cmd+Z undoes the document, the typing included.
 */
export function TextField({ name, label, value, onCommit, optional, multiline, placeholder, description, diagnostics, noteFor, inputClass, testId, live }: TextFieldProps) {
  const id = useId();
  const draft = useLiveDraft(value ?? '', (text) => onCommit(text === '' && optional ? undefined : text), { live: live ?? true });
  const common = {
    id,
    name,
    'data-testid': testId,
    value: draft.text,
    placeholder,
    className: `ji-input${inputClass ? ` ${inputClass}` : ''}`,
    spellCheck: false,
    onChange: (e: { target: { value: string } }) => draft.change(e.target.value),
    onFocus: draft.focus,
    onBlur: draft.blur,
    onKeyDown: (e: KeyboardEvent) => draft.keyDown(e, multiline),
    'aria-invalid': diagnostics?.some((d) => d.severity === 'error') || undefined,
  };
  return (
    <FieldFrame id={id} name={name} label={label} description={description} diagnostics={diagnostics} onClear={optional && value !== undefined ? () => onCommit(undefined) : undefined} note={noteFor?.(draft.text)}>
      {multiline ? <textarea {...common} rows={3} /> : <input type="text" {...common} />}
    </FieldFrame>
  );
}
