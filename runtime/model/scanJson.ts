import { MAX_JSON_DEPTH } from './documentLimits';

/** What JSON.parse would not say about a text: how deep it nests, repeated keys, numbers that overflow. */
export interface JsonScan {
  /** The offset of the first `{` or `[` that nests deeper than the limit; the scan stops there. */
  tooDeep?: number;
  /** Keys that come again in one object: where the repeat is (its value is the one JSON keeps) and where the key came first. */
  duplicates: { offset: number; length: number; key: string; firstOffset: number }[];
  /** Number literals too large for a number: JSON.parse would make them ±Infinity. */
  overflows: { offset: number; length: number; literal: string }[];
}

/** At most this many repeated keys and overflowing numbers are listed (a hostile file has millions). */
export const MAX_SCAN_FINDINGS = 100;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function isNumberChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x65 || c === 0x45;
}

/** The offset of the quote closing the string whose opening quote is at `open` (text.length when none). */
function stringEnd(text: string, open: number): number {
  let j = text.indexOf('"', open + 1);
  while (j >= 0) {
    let backslashes = 0;
    for (let k = j - 1; k > open && text.charCodeAt(k) === BACKSLASH; k--) backslashes++;
    if (backslashes % 2 === 0) return j;
    j = text.indexOf('"', j + 1);
  }
  return text.length;
}

function keyOf(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/**
 * One pass over a JSON text, without building anything: it stops at the first nesting deeper than
 * `maxDepth` (before a recursive parser would overflow its stack), and lists repeated keys and
 * overflowing numbers with their offsets. It tolerates broken JSON (syntax is JSON.parse's job).
 */
export function scanJson(text: string, maxDepth = MAX_JSON_DEPTH): JsonScan {
  const scan: JsonScan = { duplicates: [], overflows: [] };
  /** Per open container: an object's keys (key → offset of its first occurrence), null for an array. */
  const open: (Map<string, number> | null)[] = [];
  let expectKey = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      const keys = open[open.length - 1];
      if (keys && expectKey) {
        const key = keyOf(text.slice(i + 1, end));
        const first = keys.get(key);
        if (first === undefined) keys.set(key, i);
        else if (scan.duplicates.length < MAX_SCAN_FINDINGS) scan.duplicates.push({ offset: i, length: end + 1 - i, key, firstOffset: first });
      }
      expectKey = false;
      i = end + 1;
    } else if (c === 0x7b || c === 0x5b) {
      // { or [
      if (open.length >= maxDepth) {
        scan.tooDeep = i;
        return scan;
      }
      open.push(c === 0x7b ? new Map() : null);
      expectKey = c === 0x7b;
      i++;
    } else if (c === 0x7d || c === 0x5d) {
      // } or ]
      open.pop();
      expectKey = false;
      i++;
    } else if (c === 0x2c) {
      // ,
      expectKey = open[open.length - 1] != null;
      i++;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      // - or a digit: a number
      let j = i + 1;
      while (j < n && isNumberChar(text.charCodeAt(j))) j++;
      const literal = text.slice(i, j);
      const value = Number(literal);
      if ((value === Infinity || value === -Infinity) && scan.overflows.length < MAX_SCAN_FINDINGS) scan.overflows.push({ offset: i, length: j - i, literal });
      expectKey = false;
      i = j;
    } else {
      if (c === 0x3a) expectKey = false; // :
      i++;
    }
  }
  return scan;
}
