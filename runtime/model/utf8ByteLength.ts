/**
 * How many bytes `text` takes in UTF-8 (a lone surrogate counts 3, as the U+FFFD an encoder writes
 * for it), counted without encoding it. Counting stops as soon as it passes `stopAbove`: the answer
 * is then some number above it, enough to refuse a text over a limit without reading all of it.
 */
export function utf8ByteLength(text: string, stopAbove = Infinity): number {
  // Each UTF-16 unit is at least one byte: a text longer than the limit is over it.
  if (text.length > stopAbove) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one code point above U+FFFF
      i++;
    } else bytes += 3;
    if (bytes > stopAbove) return bytes;
  }
  return bytes;
}
