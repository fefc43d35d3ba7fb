import { printParseErrorCode, visit } from 'jsonc-parser';
import type { TextPosition } from '../diagnostics/diagnostic';
import type { TextPositions } from './textPositions';

export interface SyntaxProblem {
  message: string;
  start: TextPosition;
  end: TextPosition;
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

/** The syntax errors of a JSON text as jsonc-parser finds them (in one pass, building nothing), with a hint each and located. */
export function jsonSyntaxErrors(text: string, positions: TextPositions): SyntaxProblem[] {
  const errors: { code: string; offset: number; length: number }[] = [];
  visit(text, { onError: (error, offset, length) => errors.push({ code: printParseErrorCode(error), offset, length }) }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const at = positions.positionsAt(errors.flatMap((e) => [e.offset, e.offset + Math.max(1, e.length)]));
  return errors.map((e, i) => ({ message: SYNTAX_HINTS[e.code] ?? e.code, start: at[2 * i]!, end: at[2 * i + 1]! }));
}
