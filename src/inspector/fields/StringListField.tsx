import { useId } from 'react';
import type { Diagnostic } from '../../../runtime/diagnostics/diagnostic';
import { FieldFrame } from './Field';
import { useLiveDraft } from './useLiveDraft';

export interface StringListFieldProps {
  name: string;
  label: string;
  value: readonly string[] | undefined;
  onCommit(value: string[] | undefined): void;
  optional?: boolean;
  min?: number | undefined;
  description?: string | undefined;
  diagnostics?: readonly Diagnostic[] | undefined;
  placeholder?: string;
}

/** A list of strings: one input per item (each commits as you type, when the typing pauses), add, remove and reorder. */
export function StringListField({ name, label, value, onCommit, optional, min, description, diagnostics, placeholder }: StringListFieldProps) {
  const id = useId();
  const items = value ?? [];
  const set = (i: number, text: string) => onCommit(items.map((x, k) => (k === i ? text : x)));
  const remove = (i: number) => {
    const next = items.filter((_, k) => k !== i);
    onCommit(next.length === 0 && optional ? undefined : next);
  };
  const move = (i: number, by: number) => {
    const next = [...items];
    const [x] = next.splice(i, 1);
    next.splice(i + by, 0, x!);
    onCommit(next);
  };
  return (
    <FieldFrame id={`${id}-0`} name={name} label={`${label} (${items.length})`} description={description} diagnostics={diagnostics}>
      <ol className="ji-list">
        {items.map((item, i) => (
          <li key={i} className="ji-list-item">
            <ListItemInput id={`${id}-${i}`} name={`${name}.${i}`} value={item} onCommit={(t) => set(i, t)} placeholder={placeholder} />
            <button type="button" className="ji-icon-button" title="Move up" aria-label={`Move item ${i + 1} up`} disabled={i === 0} onClick={() => move(i, -1)}>
              ↑
            </button>
            <button type="button" className="ji-icon-button" title="Remove" aria-label={`Remove item ${i + 1}`} disabled={min !== undefined && items.length <= min} onClick={() => remove(i)}>
              ✕
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="ji-add" onClick={() => onCommit([...items, ''])}>
        + Add
      </button>
    </FieldFrame>
  );
}

function ListItemInput({ id, name, value, onCommit, placeholder }: { id: string; name: string; value: string; onCommit(v: string): void; placeholder?: string | undefined }) {
  const draft = useLiveDraft(value, onCommit);
  return (
    <input
      id={id}
      name={name}
      className="ji-input"
      value={draft.text}
      placeholder={placeholder}
      onChange={(e) => draft.change(e.target.value)}
      onFocus={draft.focus}
      onBlur={draft.blur}
      onKeyDown={(e) => draft.keyDown(e)}
    />
  );
}
