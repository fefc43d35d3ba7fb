import type { JsonPath, TextPosition } from '../diagnostics/diagnostic';
import { jsonSyntaxErrors, type SyntaxProblem } from './jsonSyntaxErrors';
import { pathSpans, type PathSpan, type Span } from './pathSpans';
import { createTextPositions, type TextPositions } from './textPositions';

export type { SyntaxProblem } from './jsonSyntaxErrors';

export interface TextRange {
  start: TextPosition;
  end: TextPosition;
}

/** A place to locate: the value at a path, or with `stringOffset`, a character inside the string there (an expression's offset). */
export interface LocateQuery {
  path: JsonPath;
  stringOffset?: number;
}

export interface Located {
  /** The value at the path (of a repeated key, the last: the one used); the nearest existing parent's when it does not exist. */
  range: TextRange;
  /** With `stringOffset`, when the value at the path itself is a string: that character. */
  inString?: TextPosition;
}

/** Maps JSON paths and offsets of a text to line:column positions. */
export interface TextLocator extends TextPositions {
  readonly syntaxErrors: SyntaxProblem[];
  /** Many places in one pass over the text: what `locate` uses. */
  locateAll(queries: readonly LocateQuery[]): Located[];
  /** The range of the value at a path; falls back to the nearest existing parent. One pass over the text per call. */
  rangeOf(path: JsonPath): TextRange;
  /** The position of a character inside the string value at a path. One pass over the text per call. */
  positionInString(path: JsonPath, offset: number): TextPosition | undefined;
}

export interface TextLocatorOptions {
  /** The text is valid JSON and no object repeats a key (scanJson says so): locating stops as soon as the places are found. */
  uniqueKeys?: boolean;
}

/** The span a diagnostic about a value points at. */
function anchorOf(span: PathSpan): Span {
  // An object with an id (a node, an edge): its id, the line people look for.
  if (span.kind === 'object' && span.id) return span.id;
  // A property's value: its key, which is what people look for.
  return span.property ?? span.value;
}

/**
 * A locator for a text. Nothing is built up front and nothing the size of the document is ever
 * built: each batch of places is found in one streaming pass (pathSpans), and line:column by
 * counting newlines up to the offsets needed (textPositions).
 */
export function createTextLocator(text: string, options: TextLocatorOptions = {}): TextLocator {
  const positions = createTextPositions(text);
  let syntaxErrors: SyntaxProblem[] | undefined;
  const locateAll = (queries: readonly LocateQuery[]): Located[] => {
    if (queries.length === 0) return [];
    const spans = pathSpans(
      text,
      queries.map((q) => q.path),
      { uniqueKeys: options.uniqueKeys === true },
    );
    // Offsets to place: per query, the range's start and end, and the character in the string if asked.
    const offsets: number[] = [];
    const inString: (number | undefined)[] = [];
    spans.forEach((span, i) => {
      const anchor = span ? anchorOf(span) : { offset: 0, length: 0 };
      offsets.push(anchor.offset, anchor.offset + anchor.length);
      const q = queries[i]!;
      // Of the raw text: skip the opening quote; escapes are rare in expressions and counted as one.
      const inside = q.stringOffset !== undefined && span && span.depth === q.path.length && span.kind === 'string' ? span.value.offset + 1 + q.stringOffset : undefined;
      inString.push(inside);
      if (inside !== undefined) offsets.push(inside);
    });
    const at = positions.positionsAt(offsets);
    let k = 0;
    return spans.map((span, i) => {
      const start = at[k++]!;
      const end = at[k++]!;
      const located: Located = { range: span ? { start, end } : { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } };
      if (inString[i] !== undefined) located.inString = at[k++]!;
      return located;
    });
  };
  return {
    get syntaxErrors() {
      syntaxErrors ??= jsonSyntaxErrors(text, positions);
      return syntaxErrors;
    },
    positionAt: positions.positionAt,
    positionsAt: positions.positionsAt,
    locateAll,
    rangeOf: (path) => locateAll([{ path }])[0]!.range,
    positionInString: (path, offset) => locateAll([{ path, stringOffset: offset }])[0]!.inString,
  };
}
