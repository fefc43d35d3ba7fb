// The text of a journey with new staff levels (`journey staff -o`): only the `staff` numbers that
// changed are rewritten; every other byte of the document stays as it was (key order, other fields,
// and the author's layout). A document in the workbench's own layout (formatDocument) is written in
// that layout again, so a number that grows a line past the width re-wraps it as the workbench would.
import { applyEdits, modify, type JSONPath } from 'jsonc-parser';
import { formatDocument } from '../../model/formatDocument';
import type { Journey } from '../../model/journey';

export interface StaffChange {
  path: JSONPath;
  value: number;
}

/** The `staff` values (of teams and of their schedule entries) that differ from `before` to `after`. */
export function staffChanges(before: Journey, after: Journey): StaffChange[] {
  const out: StaffChange[] = [];
  (before.teams ?? []).forEach((team, i) => {
    const next = after.teams?.[i];
    if (!next || next.id !== team.id) return;
    if (next.staff !== team.staff) out.push({ path: ['teams', i, 'staff'], value: next.staff });
    team.schedule?.forEach((entry, j) => {
      const staff = next.schedule?.[j]?.staff;
      if (staff !== undefined && staff !== entry.staff) out.push({ path: ['teams', i, 'schedule', j, 'staff'], value: staff });
    });
  });
  return out;
}

function setAt(doc: unknown, path: JSONPath, value: number): void {
  let at = doc as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1]!] = value;
}

/** `text` (the journey `before` was read from) with the staff levels of `after`. */
export function staffedText(text: string, before: Journey, after: Journey): string {
  const changes = staffChanges(before, after);
  if (changes.length === 0) return text;
  const raw: unknown = JSON.parse(text);
  if (formatDocument(raw) === text) {
    for (const c of changes) setAt(raw, c.path, c.value);
    return formatDocument(raw);
  }
  let out = text;
  for (const c of changes) out = applyEdits(out, modify(out, c.path, c.value, { formattingOptions: { insertSpaces: true, tabSize: 2 } }));
  return out;
}
