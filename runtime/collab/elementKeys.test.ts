import { describe, expect, it } from 'vitest';
import { elementKeys } from './elementKeys';

describe('elementKeys', () => {
  it('numbers the occurrences of an id so duplicates stay distinct', () => {
    expect(elementKeys(['a', 'b', 'a', undefined, 7])).toEqual(['=a#0', '=b#0', '=a#1', '##0', '##1']);
  });
});
