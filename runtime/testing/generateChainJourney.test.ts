import { describe, expect, it } from 'vitest';
import { validateText } from '../lint/validateText';
import { journeySchema } from '../model/journey';
import { toMachineConfig } from '../compile/toMachineConfig';
import { withTimerActors } from '../compile/withTimerActors';
import { generateChainJourney } from './generateChainJourney';

describe('generateChainJourney', () => {
  const doc = generateChainJourney(20_000);

  it('a 20,000-node chain validates clean, with no walk recursing once per node', () => {
    expect(doc.nodes).toHaveLength(20_000);
    expect(validateText(JSON.stringify(doc)).diagnostics).toEqual([]);
  });

  it('a 20,000-node chain compiles to a machine config, timers hosted', () => {
    const config = withTimerActors(toMachineConfig(journeySchema.parse(doc)));
    expect(Object.keys(config.states)).toHaveLength(20_000);
    expect(config.states.n19997!.on).toHaveProperty('NEXT');
    expect(config.states.n19997!.invoke).toHaveLength(1);
  });

  it('runs through stages in order, each a compound state of its nodes', () => {
    const v = validateText(JSON.stringify(generateChainJourney(302, { stages: 3 })));
    expect(v.diagnostics).toEqual([]);
    const config = toMachineConfig(v.journey!);
    expect(Object.keys(config.states)).toEqual(['stage-0', 'stage-1', 'stage-2', 'done', 'gave-up']);
    expect(Object.keys(config.states['stage-1']!.states!)).toHaveLength(100);
  });
});
