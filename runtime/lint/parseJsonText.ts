import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic';
import { MAX_DOCUMENT_BYTES } from '../model/documentLimits';
import { jsonTextProblems } from '../model/jsonTextProblems';
import { locate } from '../model/parseDocument';
import { createTextLocator, type TextLocator } from '../model/textLocator';
import { utf8ByteLength } from '../model/utf8ByteLength';
import { reservedKeys } from './rules/reservedName';

export type ParsedJsonText =
  /** The value, with the repeated keys (J109 warnings) located in the text; `locator` locates more. */
  | { ok: true; value: unknown; warnings: Diagnostic[]; locator: TextLocator }
  /**
   * Refused: `errors` located in the text (J001, J036, J037, J045), or, with `tooLarge`, none: the
   * text is over MAX_DOCUMENT_BYTES of UTF-8 and was not looked into.
   */
  | { ok: false; errors: Diagnostic[]; warnings: Diagnostic[]; tooLarge?: true };

/**
 * A JSON text from outside a document file (the clipboard, a form field), read under the limits of
 * a document (README, Formats; runtime/model/documentLimits): at most MAX_DOCUMENT_BYTES of UTF-8;
 * nesting at most MAX_JSON_DEPTH (J036, checked before JSON.parse runs); JSON syntax (J001); no
 * number that overflows to ±Infinity (J037); no `__proto__` key (J045). A key repeated in an object
 * is a warning (J109) and its last value is used, as when a file is read. The text is never evaluated.
 */
export function parseJsonText(text: string): ParsedJsonText {
  if (utf8ByteLength(text, MAX_DOCUMENT_BYTES) > MAX_DOCUMENT_BYTES) return { ok: false, errors: [], warnings: [], tooLarge: true };
  const locator = createTextLocator(text);
  const problems = jsonTextProblems(text, locator);
  if (problems.tooDeep) return { ok: false, errors: [problems.tooDeep], warnings: [] };
  const warnings = problems.duplicates;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, errors: [syntaxError(text, locator)], warnings };
  }
  const errors = [...problems.overflows, ...locate(reservedKeys(value), locator)];
  return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, value, warnings, locator };
}

/** J001 at the first syntax error (the later ones are nearly always its echoes). */
function syntaxError(text: string, locator: TextLocator): Diagnostic {
  const e = text.trim() === '' ? undefined : locator.syntaxErrors[0];
  if (e) return { ...diagnostic('J001', `invalid JSON: ${e.message}`, { path: [] }), start: e.start, end: e.end };
  return { ...diagnostic('J001', text.trim() === '' ? 'invalid JSON: the text is empty' : 'invalid JSON', { path: [] }), start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
}
