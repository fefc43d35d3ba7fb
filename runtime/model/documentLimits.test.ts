import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT_TEXT, MAX_DOCUMENT_BYTES, tooLargeReason } from './documentLimits';

describe('documentLimits', () => {
  it('a document may have 50 MB, not a byte more', () => {
    expect(MAX_DOCUMENT_BYTES).toBe(52_428_800);
    expect(tooLargeReason(MAX_DOCUMENT_BYTES)).toBeUndefined();
    expect(tooLargeReason(MAX_DOCUMENT_BYTES + 1)).toBe('the file is 52,428,801 bytes; a document may be at most 50 MB (52,428,800 bytes): split it, or remove what it does not need');
    expect(tooLargeReason(MAX_DOCUMENT_BYTES + 1, false)).toMatch(/^the file is larger than 50 MB; /);
  });

  it('writes the largest amount as 1e12', () => {
    expect(MAX_AMOUNT_TEXT).toBe('1e12');
  });
});
