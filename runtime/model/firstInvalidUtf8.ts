/**
 * Where the first ill-formed UTF-8 sequence of `bytes` starts, and how many bytes it spans (the
 * bytes a decoder would replace with one U+FFFD: a stray or missing continuation byte, an overlong
 * form, a surrogate, a code point above U+10FFFF, a truncated end); undefined when all is UTF-8.
 * The byte ranges are Unicode's (Table 3-7), the same TextDecoder's fatal mode refuses.
 */
export function firstInvalidUtf8(bytes: Uint8Array): { offset: number; length: number } | undefined {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // no overlong forms
      if (b === 0xed) hi = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // no overlong forms
      if (b === 0xf4) hi = 0x8f; // nothing above U+10FFFF
    } else return { offset: i, length: 1 }; // a continuation byte without a lead, C0, C1 or F5–FF
    for (let k = 1; k <= need; k++) {
      const c = i + k < n ? bytes[i + k]! : -1;
      const ok = k === 1 ? c >= lo && c <= hi : c >= 0x80 && c <= 0xbf;
      if (!ok) return { offset: i, length: k };
    }
    i += need + 1;
  }
  return undefined;
}
