import { diagnostic, type Diagnostic, type JsonPath } from '../diagnostics/diagnostic';

/**
 * J108: fields of `value` that are not in `known`. Documents keep unknown fields (formats are
 * extended compatibly), but in the operations objects a typo ("staf", "withn") would silently
 * change the simulation, so it is worth a warning.
 */
export function unknownFields(value: object, known: readonly string[], path: JsonPath, what: string, owner: { nodeId?: string } = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      out.push(diagnostic('J108', `${what} has an unknown field "${key}": it is ignored; the fields are ${known.map((k) => `"${k}"`).join(', ')}`, { path: [...path, key], ...owner }));
    }
  }
  return out;
}
