/** More than this share of replaced characters: the bytes are not a text in another encoding, they are not text. */
const MOST_REPLACED = 0.1;

/**
 * Why bytes that are not UTF-8 are binary data rather than a text saved in another encoding (a
 * Latin-1 "é" is worth opening and fixing; an image is not), or undefined. Binary: a NUL byte (what
 * git looks for: UTF-16 and images have them, JSON never does), or many bytes that are not UTF-8.
 * `text`: the bytes decoded with U+FFFD for the bad ones.
 */
export function binaryReason(bytes: Uint8Array, text: string): string | undefined {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return `it is binary data, not text (a NUL byte at byte ${nul}; a UTF-16 text must be saved as UTF-8)`;
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  if (replaced > 8 && replaced > text.length * MOST_REPLACED) return `it is binary data, not text (${replaced.toLocaleString('en-US')} of its ${text.length.toLocaleString('en-US')} characters are not UTF-8)`;
  return undefined;
}
