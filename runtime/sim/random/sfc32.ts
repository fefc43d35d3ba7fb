// sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, from PractRand): 128 bits of state,
// 32-bit outputs, passes BigCrush/PractRand. The state lives in an Int32Array at an offset so that a
// simulation can keep one stream per live customer in a flat array, with no object per stream.

/** Words of state of one stream. */
export const STREAM_WORDS = 4;

/** The next 32-bit output (as an unsigned integer) of the stream at `state[offset…offset+3]`. */
export function nextUint32(state: Int32Array, offset: number): number {
  const a = state[offset]!;
  const b = state[offset + 1]!;
  const c = state[offset + 2]!;
  const d = state[offset + 3]!;
  const t = (((a + b) | 0) + d) | 0;
  state[offset + 3] = (d + 1) | 0;
  state[offset] = b ^ (b >>> 9);
  state[offset + 1] = (c + (c << 3)) | 0;
  state[offset + 2] = (((c << 21) | (c >>> 11)) + t) | 0;
  return t >>> 0;
}

const TWO_POW_32 = 4294967296;

/** A uniform draw in [0, 1) with 32 bits of resolution. */
export function nextUniform(state: Int32Array, offset: number): number {
  return nextUint32(state, offset) / TWO_POW_32;
}
