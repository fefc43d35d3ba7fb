import type { StateValue } from 'xstate';

/** A state value as a path: `{ apply: { "advisor-call": "queued" } }` → "apply › advisor-call › queued". */
export function stateValueText(value: StateValue): string {
  if (typeof value === 'string') return value;
  const parts = Object.entries(value).map(([k, v]) => (v === undefined ? k : `${k} › ${stateValueText(v as StateValue)}`));
  return parts.length === 1 ? parts[0]! : `{ ${parts.join(', ')} }`;
}
