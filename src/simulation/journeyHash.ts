import type { Journey } from '../../runtime/model/journey';

/**
 * A fingerprint of what a run of the journey depends on: the document with its keys in a canonical
 * order and without the nodes' positions (moving a node changes no result). Two journeys with the
 * same hash simulate alike; a stored run whose hash differs from the open journey's was made
 * before an edit ("journey changed since").
 */
export function journeyHash(journey: Journey): string {
  const nodes = journey.nodes.map(({ position: _position, ...rest }) => rest);
  return fnv64(canonicalJson({ ...journey, nodes }));
}

/** JSON with object keys sorted (undefined members left out, as JSON.stringify does). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Two 32-bit FNV-1a hashes (different offsets) as 16 hex digits. */
function fnv64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
