import { describe, expect, it } from 'vitest';
import { lexableMermaidId, MermaidIds } from './mermaidIds';

describe('lexableMermaidId', () => {
  it('keeps letters, digits and _; the rest becomes _; keywords and …direction get _S', () => {
    expect(lexableMermaidId('call-queued')).toBe('call_queued');
    expect(lexableMermaidId('call queued')).toBe('call_queued');
    expect(lexableMermaidId('state')).toBe('state_S');
    expect(lexableMermaidId('END')).toBe('END_S');
    expect(lexableMermaidId('x-direction')).toBe('x_direction_S');
    expect(lexableMermaidId('')).toBe('_');
  });
});

describe('MermaidIds', () => {
  it('gives colliding names unique ids, in the order asked: the first keeps its name', () => {
    const ids = new MermaidIds();
    expect(['call-queued', 'call_queued', 'call queued', 'Call_Queued', 'call.queued'].map((name, i) => ids.id(`k${i}`, name))).toEqual([
      'call_queued',
      'call_queued_2',
      'call_queued_3',
      'Call_Queued_4', // Mermaid's ids are compared ignoring case here, to be safe
      'call_queued_5',
    ]);
  });

  it('never hands out an id twice, not even to a later name that reads like a suffixed one', () => {
    const ids = new MermaidIds();
    const got = ['a-b', 'a_b', 'a-b-2', 'a_b_2', 'state', 'state-s', 'state_S'].map((name, i) => ids.id(`k${i}`, name));
    expect(got).toEqual(['a_b', 'a_b_2', 'a_b_2_2', 'a_b_2_3', 'state_S', 'state_s_2', 'state_S_3']);
    expect(new Set(got.map((id) => id.toLowerCase())).size).toBe(got.length);
  });

  it('gives a key the same id every time it is asked', () => {
    const ids = new MermaidIds();
    expect(ids.id('#call-queued', 'call-queued')).toBe('call_queued');
    expect(ids.id('#call/queued', 'call_queued')).toBe('call_queued_2');
    expect(ids.id('#call-queued', 'anything')).toBe('call_queued');
    expect(ids.id('#call/queued', 'call_queued')).toBe('call_queued_2');
  });
});
