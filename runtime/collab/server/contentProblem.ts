import * as Y from 'yjs';
import { MAX_JSON_DEPTH } from '../../model/documentLimits';
import { docRoot } from '../docRoot';

/**
 * Why the shared document is no longer a JSON document (a journey or cohort that the editor can
 * open, lint errors and all), or null when it still is. Only `types` (and everything inside them)
 * are looked at: the types a transaction changed (`transaction.changed`), so that a node move
 * checks that node, not the whole journey. Without `types`, the whole document.
 *
 * A JSON document: under the root `doc` (a Y.Map), only Y.Map, Y.Array and JSON values (strings,
 * finite numbers, booleans, null, plain arrays and objects), at most MAX_JSON_DEPTH deep; nothing
 * under another root type; no Uint8Array, bigint, undefined, NaN, Y.Text, Y.Xml*, sub-document;
 * no list items inside a map nor keyed items inside an array (content that reads as nothing).
 */
/** Any Yjs type, as `Y.Doc.share` and `transaction.changed` hold them. */
export type AnyType = Y.Doc['share'] extends Map<string, infer T> ? T : never;

export function contentProblem(ydoc: Y.Doc, types?: Iterable<AnyType>): string | null {
  const root = docRoot(ydoc) as unknown as AnyType;
  for (const [name, type] of ydoc.share) {
    if (type !== root && (type._start !== null || type._map.size > 0)) return `content under a second root type "${name}": a shared document has only "doc"`;
  }
  for (const type of types ?? [root]) {
    if (isDeleted(type)) continue;
    const top = rootOf(type);
    if (top !== root) return `content under a second root type "${shareName(ydoc, top)}": a shared document has only "doc"`;
    const problem = typeProblem(type, depthOf(type));
    if (problem) {
      const path = [...pathOf(type), ...problem.at];
      return path.length > 0 ? `${formatPath(path)}: ${problem.what}` : problem.what;
    }
  }
  return null;
}

interface Problem {
  what: string;
  /** Keys and indexes from the checked value down to the culprit. */
  at: (string | number)[];
}

function typeProblem(type: AnyType, depth: number): Problem | null {
  if (depth > MAX_JSON_DEPTH) return { what: `nesting deeper than ${MAX_JSON_DEPTH}`, at: [] };
  if (type instanceof Y.Map) {
    if (hasLiveItem(type._start)) return { what: type._item === null ? 'the root is not an object (list items in the root map)' : 'list items inside a map', at: [] };
    for (const [key, value] of type.entries()) {
      const p = valueProblem(value, depth + 1);
      if (p) return { what: p.what, at: [key, ...p.at] };
    }
    return null;
  }
  if (type instanceof Y.Array) {
    for (const item of type._map.values()) if (!item.deleted) return { what: 'keyed items inside a list', at: [] };
    const values = type.toArray();
    for (let i = 0; i < values.length; i++) {
      const p = valueProblem(values[i], depth + 1);
      if (p) return { what: p.what, at: [i, ...p.at] };
    }
    return null;
  }
  return { what: `a ${typeName(type)}, which is not JSON`, at: [] };
}

function valueProblem(value: unknown, depth: number): Problem | null {
  if (value instanceof Y.AbstractType) return typeProblem(value, depth);
  if (depth > MAX_JSON_DEPTH) return { what: `nesting deeper than ${MAX_JSON_DEPTH}`, at: [] };
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : { what: `the number ${value}, which is not JSON`, at: [] };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = valueProblem(value[i], depth + 1);
      if (p) return { what: p.what, at: [i, ...p.at] };
    }
    return null;
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return { what: `a ${typeName(value)}, which is not JSON`, at: [] };
    for (const [key, v] of Object.entries(value)) {
      const p = valueProblem(v, depth + 1);
      if (p) return { what: p.what, at: [key, ...p.at] };
    }
    return null;
  }
  return { what: `${typeof value === 'undefined' ? 'an' : 'a'} ${typeof value} value, which is not JSON`, at: [] };
}

function typeName(value: object): string {
  if (value instanceof Uint8Array) return 'Uint8Array';
  if (value instanceof Y.Doc) return 'sub-document';
  if (value instanceof Y.XmlText) return 'Y.XmlText';
  if (value instanceof Y.Text) return 'Y.Text';
  if (value instanceof Y.XmlElement) return 'Y.XmlElement';
  if (value instanceof Y.XmlFragment) return 'Y.XmlFragment';
  return value.constructor?.name || 'object';
}

function hasLiveItem(start: Y.Item | null): boolean {
  for (let item = start; item !== null; item = item.right) if (!item.deleted) return true;
  return false;
}

function isDeleted(type: AnyType): boolean {
  for (let t: AnyType | null = type; t?._item; t = t._item.parent as AnyType) if (t._item.deleted) return true;
  return false;
}

function rootOf(type: AnyType): AnyType {
  let t = type;
  while (t._item !== null) t = t._item.parent as AnyType;
  return t;
}

function depthOf(type: AnyType): number {
  let depth = 0;
  for (let t = type; t._item !== null; t = t._item.parent as AnyType) depth++;
  return depth;
}

function shareName(ydoc: Y.Doc, type: AnyType): string {
  for (const [name, t] of ydoc.share) if (t === type) return name;
  return '?';
}

/** Keys and indexes from the root `doc` down to `type`. */
function pathOf(type: AnyType): (string | number)[] {
  const path: (string | number)[] = [];
  for (let t = type; t._item !== null; t = t._item.parent as AnyType) {
    const parent = t._item.parent as AnyType;
    if (t._item.parentSub !== null) path.unshift(t._item.parentSub);
    else path.unshift(parent instanceof Y.Array ? parent.toArray().indexOf(t) : '?');
  }
  return path;
}

/** `nodes[3].label`. */
function formatPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `${i === 0 ? '' : '.'}${p}` : `[${JSON.stringify(p)}]`)).join('');
}
