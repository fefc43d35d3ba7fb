import { describe, expect, it } from 'vitest';
import { validateText } from '../lint/validateText';
import { journeySchema } from '../model/journey';
import { toMachineConfig } from '../compile/toMachineConfig';
import { generateTreeJourney } from './generateTreeJourney';

describe('generateTreeJourney', () => {
  const doc = generateTreeJourney(20_000);

  it('a 20,000-node tree, most of it in its last stages, validates clean', () => {
    expect(doc.nodes).toHaveLength(20_000);
    expect(validateText(JSON.stringify(doc)).diagnostics).toEqual([]);
  });

  it('a 20,000-node tree compiles: inner nodes in their level\'s stage, the leaves (outcomes) at the top level', () => {
    const config = toMachineConfig(journeySchema.parse(doc));
    // 15 levels: 14 full ones (16,383 nodes), then 3,616; nodes 0…9,998 have children.
    const inStages = Object.values(config.states).map((s) => Object.keys(s.states ?? {}).length);
    expect(inStages.reduce((a, b) => a + b, 0)).toBe(9_999);
    expect(Object.keys(config.states['level-13']!.states!)).toHaveLength(9_999 - 8_191);
    expect(Object.values(config.states).filter((s) => s.type === 'final')).toHaveLength(10_001);
  });

  it('branches as asked', () => {
    const small = generateTreeJourney(41, { branching: 3 });
    expect(small.edges.filter((e) => e.from === 'n0').map((e) => e.to)).toEqual(['n1', 'n2', 'n3', 'lapsed']);
    expect(validateText(JSON.stringify(small)).diagnostics).toEqual([]);
  });
});
