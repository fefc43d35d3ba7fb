import type { ReactNode } from 'react';
import type { Diagnostic } from '../../../runtime/diagnostics/diagnostic';

export interface FieldFrameProps {
  /** The input's id, for the label. */
  id: string;
  /** The field's document key (dotted), shown as data-field. */
  name: string;
  label: string;
  description?: string | undefined;
  /** Diagnostics of the document at this field (validation like the CLI). */
  diagnostics?: readonly Diagnostic[] | undefined;
  /** Shown when the field may be removed from the document. */
  onClear?: (() => void) | undefined;
  /** A live note under the input (e.g. a CEL problem as you type). */
  note?: ReactNode;
  children: ReactNode;
}

/** A labelled form row: label, input, live note, and the document's diagnostics for this field. */
export function FieldFrame({ id, name, label, description, diagnostics = [], onClear, note, children }: FieldFrameProps) {
  const severity = diagnostics.some((d) => d.severity === 'error') ? 'error' : diagnostics.length > 0 ? 'warning' : '';
  return (
    <div className={`ji-field${severity ? ` ji-field-${severity}` : ''}`} data-field={name}>
      <div className="ji-label-row">
        <label className="ji-label" htmlFor={id} title={description && description !== label ? description : undefined}>
          {label}
        </label>
        {onClear ? (
          <button type="button" className="ji-clear" title={`Remove ${label.toLowerCase()} from the document`} aria-label={`Clear ${label}`} onClick={onClear}>
            ✕
          </button>
        ) : null}
      </div>
      {children}
      {note}
      <DiagnosticList diagnostics={diagnostics} />
    </div>
  );
}

/** Diagnostics as inline messages. */
export function DiagnosticList({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  if (diagnostics.length === 0) return null;
  return (
    <ul className="ji-diags">
      {diagnostics.map((d, i) => (
        <li key={i} className={`ji-diag ji-diag-${d.severity}`} data-code={d.code}>
          <span className="ji-diag-icon" aria-hidden="true">
            {d.severity === 'error' ? '✕' : d.severity === 'warning' ? '▲' : 'i'}
          </span>
          <span>
            <span className="ji-diag-code">{d.code}</span> {d.message}
          </span>
        </li>
      ))}
    </ul>
  );
}
