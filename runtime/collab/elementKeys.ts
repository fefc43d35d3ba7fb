/**
 * Keys that match the elements of two versions of a collection: the id and its occurrence
 * (the second `a` is `a#1`), so that duplicate ids stay distinct elements; elements without a
 * string id are matched in order among themselves.
 */
export function elementKeys(ids: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const base = typeof id === 'string' ? `=${id}` : '#';
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}#${n}`;
  });
}
