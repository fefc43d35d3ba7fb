import type { TextPosition } from '../diagnostics/diagnostic';

/** Offsets of a text to 1-based line:column (lines end at "\n"; columns count UTF-16 units, as editors do). */
export interface TextPositions {
  positionAt(offset: number): TextPosition;
  /** Many at once, in one pass up to the largest offset, whatever their order. */
  positionsAt(offsets: readonly number[]): TextPosition[];
}

/**
 * Line:column of offsets without a table of the text's lines: newlines are counted from the last
 * position found (or the start) up to the offset asked, so offsets asked in increasing order cost
 * one pass up to the last of them, however large the text, and memory stays constant.
 */
export function createTextPositions(text: string): TextPositions {
  // The last position found: its offset, its 0-based line, where that line starts, and the first newline at or after it (-1: none).
  let atOffset = 0;
  let line = 0;
  let lineStart = 0;
  let nextNewline = text.indexOf('\n');
  const positionAt = (offset: number): TextPosition => {
    if (offset < atOffset) {
      atOffset = 0;
      line = 0;
      lineStart = 0;
      nextNewline = text.indexOf('\n');
    }
    while (nextNewline !== -1 && nextNewline < offset) {
      line++;
      lineStart = nextNewline + 1;
      nextNewline = text.indexOf('\n', lineStart);
    }
    atOffset = offset;
    return { line: line + 1, column: offset - lineStart + 1 };
  };
  return {
    positionAt,
    positionsAt(offsets) {
      const order = offsets.map((_, i) => i).sort((a, b) => offsets[a]! - offsets[b]!);
      const out: TextPosition[] = new Array<TextPosition>(offsets.length);
      for (const i of order) out[i] = positionAt(offsets[i]!);
      return out;
    },
  };
}
