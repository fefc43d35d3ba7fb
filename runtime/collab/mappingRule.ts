/** The arrays of identified elements (matched by `id`, kept in document order, duplicates kept). */
export const COLLECTION_KEYS: ReadonlySet<string> = new Set(['nodes', 'edges', 'stages', 'lanes', 'teams', 'segments']);

/** Objects written whole: a node's `position` changes as one (x and y of two moves never mix). */
export const ATOMIC_KEYS: ReadonlySet<string> = new Set(['position']);

/** How a document value under `key` lives in the Y.Doc (see README.md). */
export type MappingKind = 'map' | 'collection' | 'value';

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The rule: an array under a collection key whose elements are all objects is a Y.Array of Y.Map;
 * any other object is a Y.Map (except under an atomic key); everything else (scalars, arrays of
 * scalars, arrays of small objects such as `actions` or a `schedule`, positions) is a plain value.
 */
export function mappingRule(key: string, value: unknown): MappingKind {
  if (Array.isArray(value)) return COLLECTION_KEYS.has(key) && value.every(isPlainObject) ? 'collection' : 'value';
  if (isPlainObject(value)) return ATOMIC_KEYS.has(key) ? 'value' : 'map';
  return 'value';
}
