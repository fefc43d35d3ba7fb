// Document strings go into the picture as XML text and attribute values: characters XML 1.0 forbids
// (control characters, lone surrogates, U+FFFE/U+FFFF) are dropped, markup characters escaped, and
// tabs and line breaks written as character references so that parsers keep them as they are.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** The characters of a string that XML 1.0 can hold (the others dropped). */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** A string encoded for XML text or a quoted attribute value. */
export function xml(text: string): string {
  return xmlChars(text).replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c]!);
}
