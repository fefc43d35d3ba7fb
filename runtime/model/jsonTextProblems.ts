import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic';
import { MAX_AMOUNT_TEXT, MAX_JSON_DEPTH } from './documentLimits';
import { scanJson } from './scanJson';
import type { TextPositions } from './textPositions';

export interface JsonTextProblems {
  /** Nesting deeper than MAX_JSON_DEPTH (J036): the text must not be parsed any further. */
  tooDeep?: Diagnostic;
  /** Numbers that would become ±Infinity (J037): the document is refused. */
  overflows: Diagnostic[];
  /** Repeated keys (J109), at the repeat: the value JSON keeps. */
  duplicates: Diagnostic[];
}

/** The problems of a JSON text that JSON.parse passes over in silence (or crashes on), located. */
export function jsonTextProblems(text: string, positions: TextPositions): JsonTextProblems {
  const scan = scanJson(text);
  const out: JsonTextProblems = { overflows: [], duplicates: [] };
  if (scan.tooDeep !== undefined) {
    const d = diagnostic('J036', `objects and arrays are nested more than ${MAX_JSON_DEPTH} deep here: a document may nest at most ${MAX_JSON_DEPTH} levels; flatten the data`, { path: [] });
    const [start, end] = positions.positionsAt([scan.tooDeep, scan.tooDeep + 1]);
    out.tooDeep = { ...d, start: start!, end: end! };
    return out;
  }
  // Every offset to place, in one pass over the text: per finding its start and end (and of a repeated key, where it came first).
  const offsets: number[] = [];
  for (const o of scan.overflows) offsets.push(o.offset, o.offset + Math.max(1, o.length));
  for (const k of scan.duplicates) offsets.push(k.offset, k.offset + Math.max(1, k.length), k.firstOffset);
  const at = positions.positionsAt(offsets);
  let i = 0;
  for (const o of scan.overflows) {
    const shown = o.literal.length > 24 ? `${o.literal.slice(0, 20)}… (${o.literal.length} characters)` : o.literal;
    const d = diagnostic('J037', `the number ${shown} is too large to hold: it would become ${o.literal.startsWith('-') ? '-' : ''}Infinity here and null in an export; write a smaller number (money amounts may be at most ${MAX_AMOUNT_TEXT})`, { path: [] });
    out.overflows.push({ ...d, start: at[i++]!, end: at[i++]! });
  }
  for (const k of scan.duplicates) {
    const start = at[i++]!;
    const end = at[i++]!;
    const first = at[i++]!;
    const d = diagnostic('J109', `the key ${JSON.stringify(k.key)} comes again in this object (first at ${first.line}:${first.column}): only the last one counts, its value is used and the earlier ones are ignored; remove or rename the extra key`, { path: [] });
    out.duplicates.push({ ...d, start, end });
  }
  return out;
}
