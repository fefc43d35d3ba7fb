import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { JsonPath, TextPosition } from '../diagnostics/diagnostic';
import { lastProperty, nodeAtPath } from './nodeAtPath';

export interface TextRange {
  start: TextPosition;
  end: TextPosition;
}

export interface SyntaxProblem {
  message: string;
  start: TextPosition;
  end: TextPosition;
}

/** Maps JSON paths and offsets of a text to line:column positions. */
export interface TextLocator {
  readonly tree: JsonNode | undefined;
  readonly syntaxErrors: SyntaxProblem[];
  positionAt(offset: number): TextPosition;
  /** The range of the value at a path (of a repeated key, the last: the one used); falls back to the nearest existing parent. */
  rangeOf(path: JsonPath): TextRange;
  /** The position of a character inside the string value at a path (an expression's offset). */
  positionInString(path: JsonPath, offset: number): TextPosition | undefined;
}

const SYNTAX_HINTS: Record<string, string> = {
  CommaExpected: 'a comma is missing between two values',
  PropertyNameExpected: 'a property name in double quotes is expected (a trailing comma?)',
  ValueExpected: 'a value is expected (a trailing comma, or an unfinished value?)',
  ColonExpected: 'a colon is missing after a property name',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  EndOfFileExpected: 'there is text after the end of the document',
  InvalidCommentToken: 'JSON has no comments',
  UnexpectedEndOfString: 'a string is not closed with "',
  InvalidSymbol: 'unexpected character',
};

/** A locator for a text; the syntax tree is built on first use (most texts have nothing to locate). */
export function createTextLocator(text: string): TextLocator {
  let lineStartsCache: number[] | undefined;
  const lineStarts = (): number[] => {
    if (!lineStartsCache) {
      lineStartsCache = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStartsCache.push(i + 1);
    }
    return lineStartsCache;
  };
  const positionAt = (offset: number): TextPosition => {
    const starts = lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
  let parsed: { tree: JsonNode | undefined; syntaxErrors: SyntaxProblem[] } | undefined;
  const parse = () => {
    if (!parsed) {
      const errors: ParseError[] = [];
      const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
      const syntaxErrors = errors.map((e) => {
        const code = printParseErrorCode(e.error);
        return { message: SYNTAX_HINTS[code] ?? code, start: positionAt(e.offset), end: positionAt(e.offset + Math.max(1, e.length)) };
      });
      parsed = { tree, syntaxErrors };
    }
    return parsed;
  };
  const nodeAt = (path: JsonPath): JsonNode | undefined => {
    const tree = parse().tree;
    if (!tree) return undefined;
    for (let n = path.length; n >= 0; n--) {
      const found = nodeAtPath(tree, path.slice(0, n));
      if (found) {
        // For a missing property of an object, point at the object's first line rather than its whole body.
        return found;
      }
    }
    return tree;
  };
  return {
    get tree() {
      return parse().tree;
    },
    get syntaxErrors() {
      return parse().syntaxErrors;
    },
    positionAt,
    rangeOf(path) {
      const node = nodeAt(path);
      if (!node) return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
      // An object with an id (a node, an edge): point at its id, the line people look for.
      const idProp = node.type === 'object' ? lastProperty(node, 'id') : undefined;
      if (idProp) return { start: positionAt(idProp.offset), end: positionAt(idProp.offset + idProp.length) };
      // A property's value: point at its key, which is what people look for.
      const anchor = node.parent?.type === 'property' && node.parent.children?.[1] === node ? node.parent : node;
      return { start: positionAt(anchor.offset), end: positionAt(anchor.offset + anchor.length) };
    },
    positionInString(path, offset) {
      const tree = parse().tree;
      const node = tree ? nodeAtPath(tree, path) : undefined;
      if (!node || node.type !== 'string') return undefined;
      // Offset of the raw text: skip the opening quote; escapes are rare in expressions and counted as one.
      return positionAt(node.offset + 1 + offset);
    },
  };
}
