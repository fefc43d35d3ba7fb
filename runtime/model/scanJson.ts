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

/** Without an exponent, a literal of at most this many characters is below 1e308: it cannot overflow, no need to read it. */
const SHORT_NUMBER = 308;

/** Up to this many keys an object's keys are compared in a list; beyond, they go in a Map (a hostile object has millions). */
const FEW_KEYS = 16;

/**
 * The keys of one open object so far, as spans of the text (the offsets of their quotes), with the
 * key itself only for those written with escapes. Reused by every object at that depth.
 */
interface KeysSeen {
  starts: number[];
  ends: number[];
  decoded: (string | undefined)[];
  map: Map<string, number> | undefined;
}

/** The key whose quotes are at `start` and `end`, as JSON reads it. */
const keyAt = (text: string, start: number, end: number) => keyOf(text.slice(start + 1, end));

function hasBackslash(text: string, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) if (text.charCodeAt(i) === BACKSLASH) return true;
  return false;
}

/** Whether two keys without escapes, quoted at a…aEnd and b…bEnd, are the same: compared in place, nothing sliced. */
function sameSpan(text: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  const length = aEnd - a;
  if (length !== bEnd - b) return false;
  for (let i = 1; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

/** Where the key quoted at start…end came first in the object, or undefined (and then it is recorded). */
function firstOccurrence(text: string, seen: KeysSeen, start: number, end: number): number | undefined {
  if (seen.map) {
    const key = keyAt(text, start, end);
    const first = seen.map.get(key);
    if (first === undefined) seen.map.set(key, start);
    return first;
  }
  const { starts, ends, decoded } = seen;
  const escaped = hasBackslash(text, start, end);
  let key = escaped ? keyAt(text, start, end) : undefined;
  for (let k = 0; k < starts.length; k++) {
    const other = decoded[k];
    if (key === undefined && other === undefined) {
      if (sameSpan(text, start, end, starts[k]!, ends[k]!)) return starts[k];
    } else {
      key ??= keyAt(text, start, end);
      if ((other ?? keyAt(text, starts[k]!, ends[k]!)) === key) return starts[k];
    }
  }
  starts.push(start);
  ends.push(end);
  decoded.push(escaped ? key : undefined);
  if (starts.length > FEW_KEYS) seen.map = new Map(starts.map((s, i) => [decoded[i] ?? keyAt(text, s, ends[i]!), s]));
  return undefined;
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
  /** Per depth: the keys of the object open there (reused: no allocation per object); whether the container open there is an object. */
  const keysAt: KeysSeen[] = [];
  const isObject: boolean[] = [];
  let depth = 0;
  let expectKey = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (expectKey && depth > 0 && isObject[depth - 1]) {
        const first = firstOccurrence(text, keysAt[depth - 1]!, i, end);
        if (first !== undefined && scan.duplicates.length < MAX_SCAN_FINDINGS) scan.duplicates.push({ offset: i, length: end + 1 - i, key: keyAt(text, i, end), firstOffset: first });
      }
      expectKey = false;
      i = end + 1;
    } else if (c === 0x7b || c === 0x5b) {
      // { or [
      if (depth >= maxDepth) {
        scan.tooDeep = i;
        return scan;
      }
      isObject[depth] = c === 0x7b;
      if (c === 0x7b) {
        const seen = (keysAt[depth] ??= { starts: [], ends: [], decoded: [], map: undefined });
        seen.starts.length = 0;
        seen.ends.length = 0;
        seen.decoded.length = 0;
        seen.map = undefined;
      }
      depth++;
      expectKey = c === 0x7b;
      i++;
    } else if (c === 0x7d || c === 0x5d) {
      // } or ]
      if (depth > 0) depth--;
      expectKey = false;
      i++;
    } else if (c === 0x2c) {
      // ,
      expectKey = depth > 0 && isObject[depth - 1]!;
      i++;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      // - or a digit: a number
      let j = i + 1;
      let exponent = false;
      for (let d = n > j ? text.charCodeAt(j) : 0; j < n && isNumberChar(d); d = text.charCodeAt(++j)) if (d === 0x65 || d === 0x45) exponent = true;
      if ((exponent || j - i > SHORT_NUMBER) && scan.overflows.length < MAX_SCAN_FINDINGS) {
        const literal = text.slice(i, j);
        const value = Number(literal);
        if (value === Infinity || value === -Infinity) scan.overflows.push({ offset: i, length: j - i, literal });
      }
      expectKey = false;
      i = j;
    } else {
      if (c === 0x3a) expectKey = false; // :
      i++;
    }
  }
  return scan;
}
