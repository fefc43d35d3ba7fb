// Lookups in records keyed by the document's names: events, variables, attributes, labels, segment
// and node ids. A plain object answers `constructor`, `toString`, `hasOwnProperty`… from
// Object.prototype even when nothing was stored under that name; these answer only what was.
const hasOwn = Object.prototype.hasOwnProperty;

/** `record[name]` when `record` holds `name` itself (never an inherited member), else undefined. */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, name: string): T | undefined {
  return record != null && hasOwn.call(record, name) ? record[name] : undefined;
}

/** Whether `record` holds `name` itself (`in` and `record[name] !== undefined` also see Object.prototype). */
export function hasName<T extends object>(record: T | undefined, name: string): record is T {
  return record != null && hasOwn.call(record, name);
}
