import type { ReactNode } from 'react';
import type { Diagnostic } from '../../../runtime/diagnostics/diagnostic';
import { parseJsonText, type ParsedJsonText } from '../../../runtime/lint/parseJsonText';
import { MAX_DOCUMENT_BYTES } from '../../../runtime/model/documentLimits';
import { TextField } from './TextField';

const where = (d: Diagnostic) => (d.start ? `${d.start.line}:${d.start.column}: ` : '');
const line = (d: Diagnostic) => `${where(d)}${d.code} ${d.message}`;

/** What the note under the field says about a draft that is refused, or repeats a key. */
function noteOf(r: ParsedJsonText): ReactNode {
  if (!r.ok) {
    const first = r.tooLarge ? `the text is more than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB, more than a whole document may hold` : line(r.errors[0]!);
    const more = r.errors.length > 1 ? ` (and ${r.errors.length - 1} more)` : '';
    return (
      <div className="ji-note ji-note-error" data-testid="json-problem">
        JSON: {first}
        {more}
      </div>
    );
  }
  if (r.warnings.length === 0) return null;
  return (
    <div className="ji-note ji-note-warning" data-testid="json-warning">
      JSON: {line(r.warnings[0]!)}
      {r.warnings.length > 1 ? ` (and ${r.warnings.length - 1} more)` : ''}
    </div>
  );
}

/**
 * Any value as JSON, for shapes the form cannot show. What is typed is read as a document is (depth,
 * numbers that overflow, `__proto__`, size; a repeated key is a warning): a text with a problem is
 * not committed, the problem shows under the field, and the draft stays as typed.
 */
export function JsonField({ name, label, value, onCommit, optional, diagnostics }: { name: string; label: string; value: unknown; onCommit(v: unknown): void; optional?: boolean; diagnostics?: readonly Diagnostic[] | undefined }) {
  return (
    <TextField
      name={name}
      label={label}
      multiline
      optional={optional ?? false}
      inputClass="ji-input-code"
      value={value === undefined ? undefined : JSON.stringify(value, null, 2)}
      diagnostics={diagnostics}
      noteFor={(draft) => (draft.trim() === '' ? null : noteOf(parseJsonText(draft)))}
      onCommit={(t) => {
        if (t === undefined) return onCommit(undefined);
        const r = parseJsonText(t);
        if (r.ok) onCommit(r.value);
      }}
    />
  );
}
