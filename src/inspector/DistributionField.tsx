import { useId } from 'react';
import { distributionObjectSchema, type Distribution } from '../../runtime/model/primitives';
import { DurationNote } from './durationNote';
import { DiagnosticList } from './fields/Field';
import { ScalarField } from './fields/ScalarField';
import { SchemaField, withKey, type FormContext } from './SchemaField';
import { fieldOf, objectDefaults } from './schemaFields';

const DISTRIBUTIONS = fieldOf('distribution', distributionObjectSchema);
const OPTIONS = DISTRIBUTIONS.type === 'union' ? DISTRIBUTIONS.options : [];
const LABELS: Record<string, string> = { value: 'fixed value', fixed: 'fixed', exponential: 'exponential (mean)', uniform: 'uniform (min–max)', lognormal: 'lognormal (median, p90)', normal: 'normal (mean, sd)', categorical: 'categorical (weights)', bernoulli: 'bernoulli (p)' };

export interface DistributionFieldProps {
  name: string;
  label: string;
  value: Distribution | undefined;
  onCommit(value: Distribution | undefined): void;
  ctx: FormContext;
  optional?: boolean;
  /** Times (durations) rather than attribute values: notes explain what a duration means. */
  durations?: boolean;
}

/** A distribution: a bare value, or one of the named forms (DESIGN §2), generated from the schema. */
export function DistributionField({ name, label, value, onCommit, ctx, optional, durations }: DistributionFieldProps) {
  const id = useId();
  const isObject = typeof value === 'object' && value !== null;
  const mode = value === undefined ? '' : isObject ? value.dist : 'value';
  const option = OPTIONS.find((o) => o.value === mode);
  const note = durations ? (draft: string) => <DurationNote text={draft} /> : undefined;
  return (
    <fieldset className="ji-fieldset" data-field={name}>
      <legend>{label}</legend>
      <div className="ji-field">
        <label className="ji-label" htmlFor={id}>
          Distribution
        </label>
        <select
          id={id}
          name={`${name}.dist`}
          className="ji-input ji-select"
          value={mode}
          onChange={(e) => {
            const m = e.target.value;
            if (m === '') return onCommit(undefined);
            if (m === 'value') return onCommit(durations ? '1d' : 0);
            const o = OPTIONS.find((x) => x.value === m);
            if (o) onCommit({ dist: m, ...objectDefaults(o.fields) } as Distribution);
          }}
        >
          {optional || value === undefined ? <option value="">— none —</option> : null}
          {['value', ...OPTIONS.map((o) => o.value)].map((m) => (
            <option key={m} value={m}>
              {LABELS[m] ?? m}
            </option>
          ))}
        </select>
      </div>
      {mode === 'value' ? (
        <ScalarField name={name} label="Value" value={value as string | number} onCommit={(v) => onCommit(v === undefined ? undefined : v)} diagnostics={ctx.diagnostics(name, true)} noteFor={note} />
      ) : null}
      {isObject && option
        ? option.fields.map((f) => (
            <SchemaField
              key={f.key}
              spec={f}
              name={`${name}.${f.key}`}
              value={(value as Record<string, unknown>)[f.key]}
              onCommit={(v) => onCommit(withKey(value as Record<string, unknown>, f.key, v) as Distribution)}
              ctx={{
                ...ctx,
                override: (spec, n, v, commit) =>
                  spec.type === 'scalar' && durations ? <ScalarField name={n} label={spec.label} value={v as string | number | undefined} onCommit={commit} diagnostics={ctx.diagnostics(n)} noteFor={note} /> : undefined,
              }}
            />
          ))
        : null}
      {isObject ? null : <DiagnosticList diagnostics={mode === 'value' ? [] : (ctx.diagnostics(name) ?? [])} />}
    </fieldset>
  );
}
