import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic';
import { MAX_AMOUNT_TEXT, MAX_JSON_DEPTH } from './documentLimits';
import { scanJson } from './scanJson';
import type { TextLocator } from './textLocator';

export interface JsonTextProblems {
  /** Nesting deeper than MAX_JSON_DEPTH (J036): the text must not be parsed any further. */
  tooDeep?: Diagnostic;
  /** Numbers that would become ±Infinity (J037): the document is refused. */
  overflows: Diagnostic[];
  /** Repeated keys (J109), at the repeat: the value JSON keeps. */
  duplicates: Diagnostic[];
}

function at(d: Diagnostic, locator: TextLocator, offset: number, length: number): Diagnostic {
  return { ...d, start: locator.positionAt(offset), end: locator.positionAt(offset + Math.max(1, length)) };
}

const where = (locator: TextLocator, offset: number) => {
  const p = locator.positionAt(offset);
  return `${p.line}:${p.column}`;
};

/** The problems of a JSON text that JSON.parse passes over in silence (or crashes on), located. */
export function jsonTextProblems(text: string, locator: TextLocator): JsonTextProblems {
  const scan = scanJson(text);
  const out: JsonTextProblems = { overflows: [], duplicates: [] };
  if (scan.tooDeep !== undefined) {
    const d = diagnostic('J036', `objects and arrays are nested more than ${MAX_JSON_DEPTH} deep here: a document may nest at most ${MAX_JSON_DEPTH} levels; flatten the data`, { path: [] });
    out.tooDeep = at(d, locator, scan.tooDeep, 1);
    return out;
  }
  for (const o of scan.overflows) {
    const shown = o.literal.length > 24 ? `${o.literal.slice(0, 20)}… (${o.literal.length} characters)` : o.literal;
    const d = diagnostic('J037', `the number ${shown} is too large to hold: it would become ${o.literal.startsWith('-') ? '-' : ''}Infinity here and null in an export; write a smaller number (money amounts may be at most ${MAX_AMOUNT_TEXT})`, { path: [] });
    out.overflows.push(at(d, locator, o.offset, o.length));
  }
  for (const k of scan.duplicates) {
    const d = diagnostic('J109', `the key ${JSON.stringify(k.key)} comes again in this object (first at ${where(locator, k.firstOffset)}): only the last one counts, its value is used and the earlier ones are ignored; remove or rename the extra key`, { path: [] });
    out.duplicates.push(at(d, locator, k.offset, k.length));
  }
  return out;
}
