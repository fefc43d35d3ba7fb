/**
 * The text of a document as the workbench writes it: JSON, two-space indent, and any object or
 * array that fits in the line width (and nests objects at most one level) written on one line
 * (`{ "x": 0, "y": 40 }`), as the samples are. Linear: a one-line form is abandoned as soon as it
 * outgrows the room left on its line.
 */
export const FORMAT_WIDTH = 100;

/** The one-line form of a value, if it fits in `budget` characters and is shallow enough. */
function inline(value: unknown, budget: number, depth: number): string | undefined {
  if (value === null || typeof value !== 'object') {
    const s = JSON.stringify(value) ?? 'null';
    return s.length <= budget ? s : undefined;
  }
  if (depth >= 2) return undefined;
  const isArray = Array.isArray(value);
  const keys = isArray ? undefined : Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined);
  const count = isArray ? (value as unknown[]).length : keys!.length;
  if (count === 0) return isArray ? '[]' : '{}';
  const close = isArray ? 1 : 2;
  let out = isArray ? '[' : '{ ';
  for (let i = 0; i < count; i++) {
    const key = isArray ? '' : `${JSON.stringify(keys![i])}: `;
    const child = isArray ? (value as unknown[])[i] : (value as Record<string, unknown>)[keys![i]!];
    const sep = i === 0 ? '' : ', ';
    const room = budget - out.length - sep.length - key.length - close;
    if (room <= 0) return undefined;
    const text = inline(child, room, isArray ? depth : depth + 1);
    if (text === undefined) return undefined;
    out += sep + key + text;
  }
  out += isArray ? ']' : ' }';
  return out.length <= budget ? out : undefined;
}

function print(value: unknown, indent: string, prefixLength: number): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (indent !== '') {
    const flat = inline(value, FORMAT_WIDTH - indent.length - prefixLength, 0);
    if (flat !== undefined) return flat;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${print(v, inner, 0)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries
    .map(([k, v]) => {
      const key = `${JSON.stringify(k)}: `;
      return `${inner}${key}${print(v, inner, key.length)}`;
    })
    .join(',\n')}\n${indent}}`;
}

/** A document (journey or cohort) → its text, ending with a newline. */
export function formatDocument(doc: unknown): string {
  return `${print(doc, '', 0)}\n`;
}
