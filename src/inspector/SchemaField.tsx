import type { ReactNode } from 'react';
import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import { CheckboxField } from './fields/CheckboxField';
import { DiagnosticList } from './fields/Field';
import { JsonField } from './fields/JsonField';
import { NumberField } from './fields/NumberField';
import { ScalarField } from './fields/ScalarField';
import { SelectField } from './fields/SelectField';
import { StringListField } from './fields/StringListField';
import { TextField } from './fields/TextField';
import { objectDefaults, type FieldSpec } from './schemaFields';

/** What generated fields need from their form. */
export interface FormContext {
  /** The document's diagnostics at a field (dotted name relative to the element); `exact` for containers. */
  diagnostics(name: string, exact?: boolean): Diagnostic[] | undefined;
  /** A custom editor for some fields (a team select, a CEL expression…), or undefined for the generated one. */
  override?(spec: FieldSpec, name: string, value: unknown, onCommit: (v: unknown) => void): ReactNode | undefined;
}

export interface SchemaFieldProps {
  spec: FieldSpec;
  /** The field's dotted name relative to the element: the input's `name`. */
  name: string;
  value: unknown;
  /** The new value of this field (undefined removes it). */
  onCommit(value: unknown): void;
  ctx: FormContext;
}

const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? undefined : String(v));

/** The input a schema field gets: text, number (with bounds), select, checkbox, list, fieldset… */
export function SchemaField({ spec, name, value, onCommit, ctx }: SchemaFieldProps): ReactNode {
  const custom = ctx.override?.(spec, name, value, onCommit);
  if (custom !== undefined) return custom;
  const common = { name, label: spec.label, optional: spec.optional, description: spec.description, diagnostics: ctx.diagnostics(name) };
  switch (spec.type) {
    case 'text':
      return <TextField {...common} value={str(value)} onCommit={onCommit} />;
    case 'number':
      return <NumberField {...common} value={typeof value === 'number' ? value : undefined} min={spec.min} max={spec.max} int={spec.int} onCommit={onCommit} />;
    case 'boolean':
      return <CheckboxField {...common} value={value === true} onCommit={onCommit} />;
    case 'select':
      return <SelectField {...common} value={str(value)} options={spec.options} onCommit={onCommit} />;
    case 'stringList':
      return <StringListField {...common} value={Array.isArray(value) ? value.map(String) : undefined} min={spec.min} onCommit={onCommit} />;
    case 'scalar':
      return <ScalarField {...common} value={typeof value === 'number' || typeof value === 'string' ? value : undefined} onCommit={onCommit} />;
    case 'constant':
      return null;
    case 'object':
      return <ObjectFieldset spec={spec} name={name} value={value} onCommit={onCommit} ctx={ctx} />;
    case 'objectList':
      return <ObjectListFieldset spec={spec} name={name} value={value} onCommit={onCommit} ctx={ctx} />;
    case 'union':
      return <UnionFieldset spec={spec} name={name} value={value} onCommit={onCommit} ctx={ctx} />;
    default:
      return <JsonField {...common} value={value} onCommit={onCommit} />;
  }
}

function asRecord(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** Set one key of an object value; undefined removes it. */
export function withKey(obj: Record<string, unknown>, key: string, v: unknown): Record<string, unknown> {
  const next = { ...obj };
  if (v === undefined) delete next[key];
  else next[key] = v;
  return next;
}

function ObjectFieldset({ spec, name, value, onCommit, ctx }: SchemaFieldProps & { spec: Extract<FieldSpec, { type: 'object' }> }) {
  const obj = asRecord(value);
  if (!obj) {
    return (
      <div className="ji-field" data-field={name}>
        <button type="button" className="ji-add" onClick={() => onCommit(objectDefaults(spec.fields))}>
          + {spec.label}
        </button>
        <DiagnosticList diagnostics={ctx.diagnostics(name) ?? []} />
      </div>
    );
  }
  return (
    <fieldset className="ji-fieldset" data-field={name}>
      <legend>
        {spec.label}
        {spec.optional ? (
          <button type="button" className="ji-clear" title={`Remove ${spec.label.toLowerCase()}`} aria-label={`Remove ${spec.label}`} onClick={() => onCommit(undefined)}>
            ✕
          </button>
        ) : null}
      </legend>
      {spec.fields.map((f) => (
        <SchemaField key={f.key} spec={f} name={`${name}.${f.key}`} value={obj[f.key]} onCommit={(v) => onCommit(withKey(obj, f.key, v))} ctx={ctx} />
      ))}
      <DiagnosticList diagnostics={ctx.diagnostics(name, true) ?? []} />
    </fieldset>
  );
}

/** A list of objects: one fieldset per item (its fields generated), a remove button above the minimum, an add button. */
function ObjectListFieldset({ spec, name, value, onCommit, ctx }: SchemaFieldProps & { spec: Extract<FieldSpec, { type: 'objectList' }> }) {
  const items = Array.isArray(value) ? value : [];
  const set = (i: number, item: unknown) => onCommit(items.map((x, j) => (j === i ? item : x)));
  return (
    <fieldset className="ji-fieldset" data-field={name}>
      <legend>{spec.label}</legend>
      {items.map((item, i) => {
        const obj = asRecord(item) ?? {};
        return (
          <fieldset key={i} className="ji-fieldset" data-field={`${name}.${i}`}>
            <legend>
              {i + 1}
              {items.length > (spec.min ?? 0) ? (
                <button type="button" className="ji-clear" title={`Remove item ${i + 1}`} aria-label={`Remove item ${i + 1} of ${spec.label}`} onClick={() => onCommit(items.filter((_, j) => j !== i))}>
                  ✕
                </button>
              ) : null}
            </legend>
            {spec.fields.map((f) => (
              <SchemaField key={f.key} spec={f} name={`${name}.${i}.${f.key}`} value={obj[f.key]} onCommit={(v) => set(i, withKey(obj, f.key, v))} ctx={ctx} />
            ))}
          </fieldset>
        );
      })}
      <button type="button" className="ji-add" onClick={() => onCommit([...items, objectDefaults(spec.fields)])}>
        + Add to {spec.label.toLowerCase()}
      </button>
      <DiagnosticList diagnostics={ctx.diagnostics(name, true) ?? []} />
    </fieldset>
  );
}

function UnionFieldset({ spec, name, value, onCommit, ctx }: SchemaFieldProps & { spec: Extract<FieldSpec, { type: 'union' }> }) {
  const obj = asRecord(value) ?? {};
  const tag = str(obj[spec.discriminator]);
  const option = spec.options.find((o) => o.value === tag);
  return (
    <div className="ji-union" data-field={name}>
      <SelectField
        name={`${name}.${spec.discriminator}`}
        label={spec.label}
        value={tag}
        options={spec.options.map((o) => o.value)}
        diagnostics={ctx.diagnostics(`${name}.${spec.discriminator}`, true)}
        onCommit={(v) => {
          const next = spec.options.find((o) => o.value === v);
          if (next) onCommit({ [spec.discriminator]: next.value, ...objectDefaults(next.fields) });
        }}
      />
      {option?.fields.map((f) => (
        <SchemaField key={f.key} spec={f} name={`${name}.${f.key}`} value={obj[f.key]} onCommit={(v) => onCommit(withKey(obj, f.key, v))} ctx={ctx} />
      ))}
      <DiagnosticList diagnostics={ctx.diagnostics(name, true) ?? []} />
    </div>
  );
}

