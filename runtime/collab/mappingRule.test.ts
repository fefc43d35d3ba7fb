import { describe, expect, it } from 'vitest';
import { mappingRule } from './mappingRule';

describe('mappingRule', () => {
  it('makes arrays of objects under collection keys collections, other arrays values', () => {
    expect(mappingRule('nodes', [{ id: 'a' }])).toBe('collection');
    expect(mappingRule('segments', [])).toBe('collection');
    expect(mappingRule('actions', [{ type: 'assign' }])).toBe('value');
    expect(mappingRule('questions', ['Why?'])).toBe('value');
    expect(mappingRule('nodes', ['not', 'objects'])).toBe('value');
  });

  it('makes objects maps, except positions; scalars are values', () => {
    expect(mappingRule('work', { team: 't' })).toBe('map');
    expect(mappingRule('position', { x: 1, y: 2 })).toBe('value');
    expect(mappingRule('label', 'x')).toBe('value');
    expect(mappingRule('emotion', null)).toBe('value');
  });
});
