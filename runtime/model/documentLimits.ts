// What a document (a journey or cohort file) may be, so that hostile or huge input is refused with
// a message instead of hanging, crashing or silently turning into something else. README, Formats.

/** The most bytes a document may have: 50 MB (52,428,800 bytes). Larger files are not read. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/** The deepest nesting of objects and arrays a document may have (a journey needs about 8). */
export const MAX_JSON_DEPTH = 256;

/**
 * The largest money amount, in absolute value (a node's `cost`, a team's `costPerHour`, an
 * outcome's `value`, an incentive's `cost`): 10¹², so that the costs and values a run adds up over
 * its customers stay far inside what a number holds.
 */
export const MAX_AMOUNT = 1e12;
/** MAX_AMOUNT as the messages write it: 1e12. */
export const MAX_AMOUNT_TEXT = MAX_AMOUNT.toExponential().replace('+', '');

const MB = 1024 * 1024;

/**
 * Why a file of `bytes` bytes is not read, or undefined when its size is fine. `exact`: the file's
 * whole size is known (from its stat), not only that it has more bytes than the limit.
 */
export function tooLargeReason(bytes: number, exact = true): string | undefined {
  if (bytes <= MAX_DOCUMENT_BYTES) return undefined;
  const size = exact ? `${bytes.toLocaleString('en-US')} bytes` : `larger than ${MAX_DOCUMENT_BYTES / MB} MB`;
  return `the file is ${size}; a document may be at most ${MAX_DOCUMENT_BYTES / MB} MB (${MAX_DOCUMENT_BYTES.toLocaleString('en-US')} bytes): split it, or remove what it does not need`;
}
