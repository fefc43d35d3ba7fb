import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';

/**
 * An imported file's bytes that were not UTF-8 are held as U+FFFD (the replacement character) so
 * the file can be opened and fixed; its J035 (the CLI's, with the byte offset in the file) stays a
 * problem of the document, at the first U+FFFD left, until none is: then the text is what the user
 * meant. Undefined once no U+FFFD is left.
 */
export function notUtf8Problem(text: string, j035: Diagnostic): Diagnostic | undefined {
  const at = text.indexOf('\uFFFD');
  if (at < 0) return undefined;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
  const column = at - lineStart + 1;
  return { ...j035, start: { line, column }, end: { line, column: column + 1 } };
}
