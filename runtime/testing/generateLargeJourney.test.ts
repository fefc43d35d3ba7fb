import { describe, expect, it } from 'vitest';
import { validateText } from '../lint/validateText';
import { toMachineConfig } from '../compile/toMachineConfig';
import { generateLargeJourney } from './generateLargeJourney';

describe('generateLargeJourney', () => {
  it.each([30, 300, 1000])('a %d-node journey has that many nodes and no errors', (n) => {
    const doc = generateLargeJourney(n);
    expect(doc.nodes).toHaveLength(n);
    const errors = validateText(JSON.stringify(doc)).diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('a 20,000-node journey in 4 stages (paths 20,000 deep through stage and work states) validates clean and compiles', () => {
    const doc = generateLargeJourney(20_000, { stages: 4, positioned: false });
    const v = validateText(JSON.stringify(doc));
    expect(v.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const config = toMachineConfig(v.journey!);
    expect(Object.keys(config.states['stage-3']!.states!)).toHaveLength(5_000 - 2);
    expect(config.states['stage-0']!.states!.n3!.states).toHaveProperty('handling');
  });

  it('takes a number of stages, and can leave positions to the canvas', () => {
    const doc = generateLargeJourney(120, { stages: 6, positioned: false });
    expect(new Set(doc.nodes.map((n) => n.stage)).size).toBe(6);
    expect(doc.nodes.some((n) => 'position' in n)).toBe(false);
    expect(validateText(JSON.stringify(doc)).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
