/**
 * The text of a document as the workbench writes it: JSON, two-space indent, and any object or
 * array that fits in the line width written on one line (`{ "x": 0, "y": 40 }`), as the samples are.
 */
export const FORMAT_WIDTH = 100;

function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Does a value contain an object nested in an object (then it goes on several lines)? */
function deep(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (depth >= 2) return true;
  const children = Array.isArray(value) ? value : Object.values(value);
  return children.some((c) => deep(c, Array.isArray(value) ? depth : depth + 1));
}

function print(value: unknown, indent: string, prefixLength: number): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const flat = inline(value);
  if (indent !== '' && indent.length + prefixLength + flat.length <= FORMAT_WIDTH && !deep(value, 0)) return flat;
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
