import { diagnostic, type Diagnostic, type JsonPath } from '../../diagnostics/diagnostic';
import { formatPath } from '../../model/zodIssues';
import type { LintContext } from '../lintContext';

/**
 * The one name a document may not use. Every other name (`constructor`, `toString`,
 * `hasOwnProperty`…) is an ordinary name everywhere: the compiler, the simulator and the exports
 * keep names in Maps and prototype-free records. `__proto__` alone JavaScript itself treats apart:
 * an object literal or an assignment takes it as the object's prototype instead of a key, and the
 * schema (zod) drops such keys. A machine exported with it would lose it (or worse, in a host's code),
 * so it is refused wherever a name becomes a key: object keys, event names, assigned variables.
 */
export const RESERVED_NAME = '__proto__';

const HOW = `JavaScript reads "${RESERVED_NAME}" as an object's prototype, not as a name, so compiling, simulating and exporting would drop it; rename it (e.g. "proto")`;

function ownerAt(raw: unknown, path: JsonPath): { nodeId?: string; edgeId?: string } {
  const [list, index] = path;
  if ((list !== 'nodes' && list !== 'edges') || typeof index !== 'number' || raw === null || typeof raw !== 'object') return {};
  const items = (raw as Record<string, unknown>)[list];
  const item = Array.isArray(items) ? (items[index] as unknown) : undefined;
  const id = item !== null && typeof item === 'object' ? (item as Record<string, unknown>).id : undefined;
  if (typeof id !== 'string') return {};
  return list === 'nodes' ? { nodeId: id } : { edgeId: id };
}

/** A value met on the walk, and how it was reached (the path is built only for what is reported). */
interface Step {
  value: unknown;
  key: string | number;
  parent: Step | undefined;
}

function pathOf(step: Step): JsonPath {
  const path: JsonPath = [];
  for (let s: Step | undefined = step; s?.parent !== undefined; s = s.parent) path.push(s.key);
  return path.reverse();
}

/**
 * J045: a `__proto__` key anywhere in a parsed JSON document (the raw value: JSON.parse keeps it as
 * an own key, the schema drops it in silence), in document order; what is under it is not looked
 * into. Walked without recursion.
 */
export function reservedKeys(raw: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stack: Step[] = [{ value: raw, key: '', parent: undefined }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (step.key === RESERVED_NAME) {
      const path = pathOf(step);
      out.push(diagnostic('J045', `${formatPath(path.slice(0, -1))} has a key "${RESERVED_NAME}": ${HOW}`, { path, ...ownerAt(raw, path) }));
      continue;
    }
    const value = step.value;
    if (value === null || typeof value !== 'object') continue;
    const keys: (string | number)[] = Array.isArray(value) ? value.map((_v, i) => i) : Object.keys(value);
    for (let k = keys.length - 1; k >= 0; k--) stack.push({ value: (value as Record<string | number, unknown>)[keys[k]!], key: keys[k]!, parent: step });
  }
  return out;
}

/** J045: `__proto__` as the name of an event or of an assigned variable (values that become keys). */
export function reservedNames(ctx: LintContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const actions = (list: { type: string; var?: unknown }[] | undefined, base: JsonPath, owner: { nodeId?: string; edgeId?: string }, who: string) =>
    (list ?? []).forEach((a, i) => {
      if (a.type === 'assign' && a.var === RESERVED_NAME) out.push(diagnostic('J045', `${who} assigns to a variable named "${RESERVED_NAME}": ${HOW}`, { path: [...base, 'actions', i, 'var'], ...owner }));
    });
  ctx.journey.nodes.forEach((n, i) => actions(n.actions, ['nodes', i], { nodeId: n.id }, `node '${n.id}'`));
  ctx.journey.edges.forEach((e, i) => {
    if (e.event === RESERVED_NAME) out.push(diagnostic('J045', `edge '${e.id}' has the event "${RESERVED_NAME}": ${HOW}`, { path: ['edges', i, 'event'], edgeId: e.id }));
    actions(e.actions, ['edges', i], { edgeId: e.id }, `edge '${e.id}'`);
  });
  return out;
}
