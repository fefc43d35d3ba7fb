import { useId } from 'react';
import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import type { ExprScope } from '../../runtime/expr';
import { EmotionFace, EMOTION_NAMES } from '../../nodes/EmotionFace';
import { ExpressionNote } from './fields/ExpressionField';
import { FieldFrame } from './fields/Field';
import { parseScalar } from './fields/ScalarField';
import { useLiveDraft } from './fields/useLiveDraft';

export interface EmotionFieldProps {
  value: number | string | undefined;
  onCommit(value: number | string | undefined): void;
  scope: ExprScope;
  diagnostics?: readonly Diagnostic[] | undefined;
}

/** How the customer feels here: five faces, or any number −2…+2, or a CEL expression (checked and committed as you type). */
export function EmotionField({ value, onCommit, scope, diagnostics }: EmotionFieldProps) {
  const id = useId();
  const live = useLiveDraft(value === undefined ? '' : String(value), (text) => onCommit(text.trim() === '' ? undefined : parseScalar(text)));
  const draft = live.text;
  const parsed = parseScalar(draft);
  const note =
    draft.trim() === '' ? null : typeof parsed === 'number' ? (
      parsed < -2 || parsed > 2 ? <div className="ji-note ji-note-error">an emotion is between −2 and +2</div> : null
    ) : (
      <ExpressionNote text={draft} scope={scope} expect="number" />
    );
  return (
    <FieldFrame id={id} name="emotion" label="Emotion" description="How the customer feels here: −2…+2, or a CEL expression" diagnostics={diagnostics} onClear={value !== undefined ? () => onCommit(undefined) : undefined} note={note}>
      <div className="ji-faces" role="group" aria-label="Emotion">
        {[-2, -1, 0, 1, 2].map((v) => (
          <button key={v} type="button" className={`ji-face${value === v ? ' ji-face-on' : ''}`} aria-pressed={value === v} title={`${v > 0 ? '+' : ''}${v} ${EMOTION_NAMES[String(v)]}`} onClick={() => onCommit(value === v ? undefined : v)}>
            <EmotionFace value={v} size={20} />
          </button>
        ))}
      </div>
      <input
        id={id}
        name="emotion"
        className="ji-input ji-input-code"
        value={draft}
        placeholder="−2…+2 or CEL, e.g. customer.digital ? 1.0 : -1.0"
        spellCheck={false}
        onChange={(e) => live.change(e.target.value)}
        onFocus={live.focus}
        onBlur={live.blur}
        onKeyDown={(e) => live.keyDown(e)}
      />
    </FieldFrame>
  );
}
