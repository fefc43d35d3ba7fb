import type { z } from 'zod';

/** A form field generated from a zod schema. `key` is the property name; `label` comes from `.describe()`. */
export type FieldSpec =
  | (FieldBase & { type: 'text' })
  | (FieldBase & { type: 'number'; min?: number; max?: number; int: boolean })
  | (FieldBase & { type: 'boolean' })
  | (FieldBase & { type: 'select'; options: string[] })
  | (FieldBase & { type: 'stringList'; min?: number })
  /** A number or a string (e.g. a duration): one text input, numbers parsed. */
  | (FieldBase & { type: 'scalar' })
  | (FieldBase & { type: 'object'; fields: FieldSpec[] })
  /** A list of objects (e.g. an experiment's variants): one fieldset per item, with add and remove. */
  | (FieldBase & { type: 'objectList'; fields: FieldSpec[]; min?: number })
  | (FieldBase & { type: 'union'; discriminator: string; options: { value: string; fields: FieldSpec[] }[] })
  | (FieldBase & { type: 'constant'; value: unknown })
  | (FieldBase & { type: 'json' });

export interface FieldBase {
  key: string;
  label: string;
  /** May be left out of the document (the form offers to clear it). */
  optional: boolean;
  /** The `.describe()` text, when there is one. */
  description?: string;
}

type AnySchema = z.ZodType;
interface Def {
  type: string;
  innerType?: AnySchema;
  element?: AnySchema;
  options?: AnySchema[];
  discriminator?: string;
  values?: unknown[];
  entries?: Record<string, string>;
  shape?: Record<string, AnySchema>;
  checks?: { _zod: { def: { check: string; minimum?: number } } }[];
}

const defOf = (s: AnySchema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const descriptionOf = (s: AnySchema): string | undefined => (s as unknown as { description?: string }).description;

/** "responseRate" → "Response rate". */
export function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The form fields of an object shape (a node kind's `props`, an action, a distribution…), in order. */
export function fieldsOf(shape: Readonly<Record<string, z.core.$ZodType>>, skip: readonly string[] = []): FieldSpec[] {
  return Object.entries(shape)
    .filter(([k]) => !skip.includes(k))
    .map(([k, s]) => fieldOf(k, s as AnySchema));
}

/** The form field of one schema. */
export function fieldOf(key: string, schema: AnySchema): FieldSpec {
  let s = schema;
  let optional = false;
  let description = descriptionOf(s);
  for (;;) {
    const d = defOf(s);
    if ((d.type === 'optional' || d.type === 'default' || d.type === 'nullable' || d.type === 'prefault') && d.innerType) {
      optional ||= d.type !== 'nullable';
      s = d.innerType;
      description ??= descriptionOf(s);
      continue;
    }
    break;
  }
  const base: FieldBase = { key, label: description ?? humanize(key), optional, ...(description ? { description } : {}) };
  const d = defOf(s);
  switch (d.type) {
    case 'string':
      return { ...base, type: 'text' };
    case 'number': {
      const n = s as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
      const spec: FieldSpec = { ...base, type: 'number', int: n.isInt };
      if (n.minValue !== null && Number.isFinite(n.minValue) && Math.abs(n.minValue) < Number.MAX_SAFE_INTEGER) spec.min = n.minValue;
      if (n.maxValue !== null && Number.isFinite(n.maxValue) && Math.abs(n.maxValue) < Number.MAX_SAFE_INTEGER) spec.max = n.maxValue;
      return spec;
    }
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'enum':
      return { ...base, type: 'select', options: Object.values(d.entries ?? {}).map(String) };
    case 'literal':
      return { ...base, type: 'constant', value: d.values?.[0] };
    case 'array': {
      if (d.element && defOf(d.element).type === 'string') {
        const min = (d.checks ?? []).map((c) => c._zod.def).find((c) => c.check === 'min_length')?.minimum;
        return { ...base, type: 'stringList', ...(min !== undefined ? { min } : {}) };
      }
      if (d.element && defOf(d.element).type === 'object') {
        const min = (d.checks ?? []).map((c) => c._zod.def).find((c) => c.check === 'min_length')?.minimum;
        return { ...base, type: 'objectList', fields: fieldsOf(defOf(d.element).shape ?? {}), ...(min !== undefined ? { min } : {}) };
      }
      return { ...base, type: 'json' };
    }
    case 'object':
      return { ...base, type: 'object', fields: fieldsOf(d.shape ?? {}) };
    case 'union': {
      const options = d.options ?? [];
      if (d.discriminator) {
        const disc = d.discriminator;
        return {
          ...base,
          type: 'union',
          discriminator: disc,
          options: options.map((o) => {
            const shape = defOf(o).shape ?? {};
            const tag = shape[disc] ? defOf(shape[disc]).values?.[0] : undefined;
            return { value: String(tag), fields: fieldsOf(shape, [disc]) };
          }),
        };
      }
      const kinds = new Set(options.map((o) => defOf(o).type));
      if ([...kinds].every((k) => k === 'string' || k === 'number')) return { ...base, type: 'scalar' };
      return { ...base, type: 'json' };
    }
    default:
      return { ...base, type: 'json' };
  }
}

/** A value for a new field of this spec: what a required field starts with. */
export function defaultValueOf(spec: FieldSpec): unknown {
  switch (spec.type) {
    case 'text':
    case 'scalar':
      return '';
    case 'number':
      return spec.min !== undefined && spec.min > 0 ? spec.min : 0;
    case 'boolean':
      return false;
    case 'select':
      return spec.options[0];
    case 'stringList':
      return spec.min ? Array.from({ length: spec.min }, () => '') : [];
    case 'constant':
      return spec.value;
    case 'object':
      return objectDefaults(spec.fields);
    case 'objectList':
      return spec.min ? Array.from({ length: spec.min }, () => objectDefaults(spec.fields)) : [];
    case 'union': {
      const first = spec.options[0];
      return first ? { [spec.discriminator]: first.value, ...objectDefaults(first.fields) } : undefined;
    }
    default:
      return undefined;
  }
}

/** The required fields of an object, at their defaults. */
export function objectDefaults(fields: readonly FieldSpec[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (!f.optional) out[f.key] = defaultValueOf(f);
  return out;
}
