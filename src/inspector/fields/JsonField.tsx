import type { Diagnostic } from '../../../runtime/diagnostics/diagnostic';
import { TextField } from './TextField';

/** Any value as JSON, for shapes the form cannot show; invalid JSON is not committed. */
export function JsonField({ name, label, value, onCommit, optional, diagnostics }: { name: string; label: string; value: unknown; onCommit(v: unknown): void; optional?: boolean; diagnostics?: readonly Diagnostic[] | undefined }) {
  const parse = (t: string): { ok: true; value: unknown } | { ok: false; error: string } => {
    try {
      return { ok: true, value: JSON.parse(t) };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  };
  return (
    <TextField
      name={name}
      label={label}
      multiline
      optional={optional ?? false}
      inputClass="ji-input-code"
      value={value === undefined ? undefined : JSON.stringify(value, null, 2)}
      diagnostics={diagnostics}
      noteFor={(draft) => {
        const r = draft.trim() === '' ? undefined : parse(draft);
        return r && !r.ok ? <div className="ji-note ji-note-error">JSON: {r.error}</div> : null;
      }}
      onCommit={(t) => {
        if (t === undefined) return onCommit(undefined);
        const r = parse(t);
        if (r.ok) onCommit(r.value);
      }}
    />
  );
}
