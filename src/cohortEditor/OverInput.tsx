import { parseScalar } from '../inspector/fields/ScalarField';
import { DurationNote } from '../inspector/durationNote';
import { useDraft } from '../inspector/fields/useDraft';

export interface OverInputProps {
  value: string | number;
  invalid: boolean;
  onCommit(over: string | number): void;
}

/** The duration the arrivals spread over: "28d", "2w" or milliseconds; what it means is shown as you type. */
export function OverInput({ value, invalid, onCommit }: OverInputProps) {
  const [draft, setDraft, revert] = useDraft(String(value));
  const commit = () => {
    if (draft.trim() === '' || draft === String(value)) return revert();
    onCommit(parseScalar(draft.trim()));
  };
  return (
    <div className="ce-over">
      <input
        className="ji-input ce-cell-input ce-number"
        aria-label="Spread the arrivals over (a duration)"
        data-testid="arrivals-over"
        value={draft}
        aria-invalid={invalid || undefined}
        spellCheck={false}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          else if (e.key === 'Escape') revert();
        }}
      />
      <DurationNote text={draft} />
    </div>
  );
}
