import { describe, expect, it } from 'vitest';
import { attributeText } from './attributeText';

describe('attributeText', () => {
  it('numbers with separators and at most two decimals, booleans as yes/no', () => {
    expect(attributeText(52310.456)).toBe('52,310.46');
    expect(attributeText(-1200)).toBe('-1,200');
    expect(attributeText(0.5)).toBe('0.5');
    expect(attributeText(true)).toBe('yes');
    expect(attributeText(false)).toBe('no');
    expect(attributeText('salaried')).toBe('salaried');
    expect(attributeText(null)).toBe('–');
    expect(attributeText([1, 2])).toBe('[1,2]');
  });
});
