import type { Journey } from '../../runtime/model/journey';
import { actionSchema, type Action } from '../../runtime/model/primitives';
import type { ExprScope } from '../../runtime/expr';
import { ExpressionField } from './fields/ExpressionField';
import { SelectField } from './fields/SelectField';
import { SchemaField, type FormContext } from './SchemaField';
import { fieldOf } from './schemaFields';

const ACTION = fieldOf('action', actionSchema);

export interface ActionsFieldProps {
  /** "actions" */
  name: string;
  value: readonly Action[] | undefined;
  onCommit(value: Action[] | undefined): void;
  journey: Journey;
  scope: ExprScope;
  ctx: FormContext;
}

/** Entry or edge actions: each one's fields generated from its type; teams and variables as selects, `expr` checked as CEL. */
export function ActionsField({ name, value, onCommit, journey, scope, ctx }: ActionsFieldProps) {
  const actions = value ?? [];
  const teams = (journey.teams ?? []).map((t) => ({ value: t.id, label: t.name }));
  const vars = Object.keys(journey.vars ?? {});
  const set = (i: number, a: unknown) => onCommit(actions.map((x, k) => (k === i ? (a as Action) : x)));
  const remove = (i: number) => {
    const next = actions.filter((_, k) => k !== i);
    onCommit(next.length ? next : undefined);
  };
  const itemCtx: FormContext = {
    ...ctx,
    override(spec, n, v, commit) {
      const key = n.split('.').pop();
      if (key === 'team') return <SelectField name={n} label="Team" value={v as string | undefined} options={teams} onCommit={commit} diagnostics={ctx.diagnostics(n)} />;
      if (key === 'var') return <SelectField name={n} label="Journey variable" value={v as string | undefined} options={vars} onCommit={commit} diagnostics={ctx.diagnostics(n)} />;
      if (key === 'expr') return <ExpressionField name={n} label="Value (CEL)" value={v as string | undefined} onCommit={commit} scope={scope} expect="any" placeholder="journey.reminders + 1" diagnostics={ctx.diagnostics(n)} />;
      return undefined;
    },
  };
  return (
    <div className="ji-actions" data-field={name}>
      {actions.map((a, i) => (
        <div key={i} className="ji-action">
          <div className="ji-action-head">
            <span className="ji-action-index">{i + 1}</span>
            <span className="ji-spacer" />
            <button type="button" className="ji-icon-button" title="Remove action" aria-label={`Remove action ${i + 1}`} onClick={() => remove(i)}>
              ✕
            </button>
          </div>
          <SchemaField spec={{ ...ACTION, label: 'Type' }} name={`${name}.${i}`} value={a} onCommit={(v) => set(i, v)} ctx={itemCtx} />
        </div>
      ))}
      <button type="button" className="ji-add" onClick={() => onCommit([...actions, { type: 'track', name: '' }])}>
        + Add action
      </button>
    </div>
  );
}
