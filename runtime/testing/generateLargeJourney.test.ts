import { describe, expect, it } from 'vitest';
import { validateText } from '../lint/validateText';
import { generateLargeJourney } from './generateLargeJourney';

describe('generateLargeJourney', () => {
  it.each([30, 300, 1000])('a %d-node journey has that many nodes and no errors', (n) => {
    const doc = generateLargeJourney(n);
    expect(doc.nodes).toHaveLength(n);
    const errors = validateText(JSON.stringify(doc)).diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('takes a number of stages, and can leave positions to the canvas', () => {
    const doc = generateLargeJourney(120, { stages: 6, positioned: false });
    expect(new Set(doc.nodes.map((n) => n.stage)).size).toBe(6);
    expect(doc.nodes.some((n) => 'position' in n)).toBe(false);
    expect(validateText(JSON.stringify(doc)).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
