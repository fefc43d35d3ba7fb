import { describe, expect, it } from 'vitest';
import { blueprintLines } from './blueprintLines';

describe('blueprintLines', () => {
  it('draws the three lines of a service blueprint', () => {
    const rows = ['evidence', 'customer', 'frontstage', 'backstage', 'support'].map((kind) => ({ kind: kind as 'customer' }));
    expect(blueprintLines(rows)).toEqual([
      { kind: 'interaction', label: 'Line of interaction', afterRow: 1 },
      { kind: 'visibility', label: 'Line of visibility', afterRow: 2 },
      { kind: 'internal', label: 'Line of internal interaction', afterRow: 3 },
    ]);
  });
  it('only where neighbouring kinds meet', () => {
    expect(blueprintLines([{ kind: 'customer' }, { kind: 'customer' }, { kind: 'backstage' }])).toEqual([]);
  });
});
