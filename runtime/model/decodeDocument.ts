import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic';
import { firstInvalidUtf8 } from './firstInvalidUtf8';

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * A document's bytes as text: UTF-8, strictly (a byte-order mark at the start is dropped). Bytes
 * that are not UTF-8 are refused, never replaced: J035 at the first bad byte, with its byte offset
 * and its line:column (the column counts characters, as every other diagnostic's does).
 */
export function decodeDocument(bytes: Uint8Array, file?: string): { text: string } | { diagnostic: Diagnostic } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes) ?? { offset: 0, length: 1 };
    const lineStart = bad.offset === 0 ? 0 : bytes.lastIndexOf(0x0a, bad.offset - 1) + 1;
    let line = 1;
    for (let i = bytes.indexOf(0x0a); i >= 0 && i < lineStart; i = bytes.indexOf(0x0a, i + 1)) line++;
    let before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, bad.offset));
    if (lineStart === 0 && before.startsWith('\uFEFF')) before = before.slice(1);
    const shown = [...bytes.subarray(bad.offset, bad.offset + bad.length)].map(hex).join(' ');
    const d: Diagnostic = {
      ...diagnostic('J035', `invalid UTF-8 at byte ${bad.offset} (${shown}): a document must be UTF-8; save the file as UTF-8 (it may have been saved as Latin-1 or Windows-1252)`, { path: [] }),
      start: { line, column: before.length + 1 },
      end: { line, column: before.length + 2 },
    };
    if (file !== undefined) d.file = file;
    return { diagnostic: d };
  }
}
