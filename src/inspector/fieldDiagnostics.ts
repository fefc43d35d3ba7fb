import type { Diagnostic, JsonPath } from '../../runtime/diagnostics/diagnostic';
import { plainMessage } from '../../runtime/diagnostics/plainMessage';

/** The diagnostics of one element (a node, an edge, the journey), looked up by form field. */
export interface ElementDiagnostics {
  /**
   * The diagnostics at a field (dotted name relative to the element, e.g. "incentive.cost"): those
   * whose path is the field's or, unless `exact`, lies inside it (a list item, a sub-field).
   */
  at(name: string, exact?: boolean): Diagnostic[] | undefined;
  /** Diagnostics of the element itself or of parts no top-level field shows. */
  rest(topLevelFields: readonly string[]): Diagnostic[];
  all: Diagnostic[];
}

/** The diagnostics whose JSON path lies under `base` (e.g. ['nodes', 3]), by relative path. */
export function elementDiagnostics(diagnostics: readonly Diagnostic[], base: JsonPath): ElementDiagnostics {
  const under = diagnostics.filter((d) => startsWith(d.path, base)).map((d) => ({ d, rel: d.path.slice(base.length).map(String) }));
  return {
    all: under.map((u) => u.d),
    at(name, exact = false) {
      const parts = name.split('.');
      const found = under.filter(({ rel }) => (exact ? rel.length === parts.length : rel.length >= parts.length) && parts.every((p, i) => rel[i] === p)).map((u) => u.d);
      return found.length > 0 ? found : undefined;
    },
    rest(topLevelFields) {
      return under.filter(({ rel }) => rel.length === 0 || !topLevelFields.includes(rel[0]!)).map((u) => u.d);
    },
  };
}

function startsWith(path: JsonPath, base: JsonPath): boolean {
  return base.length <= path.length && base.every((p, i) => path[i] === p);
}

/** Deduplicate diagnostics from two sources (same code, path and message). */
export function mergeDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of [...a, ...b]) {
    const key = `${d.code}|${d.path.join('.')}|${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

/** A diagnostic as the inspector shows it: `message` in plain words, the JSON-level one kept. */
export type InspectorDiagnostic = Diagnostic & { jsonMessage: string };

/**
 * The diagnostics in the inspector's words (see plainMessage): the fields and sections it shows,
 * nodes by their labels in `doc` — the document now, so a rename shows at once. The Source tab and
 * the CLI keep the JSON-level message (`jsonMessage` here).
 */
export function inPlainWords(diagnostics: readonly Diagnostic[], doc: unknown): InspectorDiagnostic[] {
  return diagnostics.map((d) => ({ ...d, message: plainMessage(d, doc), jsonMessage: d.message }));
}
