import { describe, expect, it } from 'vitest';
import { journeyHash } from './journeyHash';
import { sample } from './model/testRuns';

describe('journeyHash', () => {
  const { journey } = sample('mortgage-preapproval');

  it('is stable under key order and node moves', () => {
    const reverse = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reverse) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverse(x)])) : v;
    const reordered = reverse(journey) as typeof journey;
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(journey)[0]);
    expect(journeyHash(reordered)).toBe(journeyHash(journey));
    const moved = { ...journey, nodes: journey.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: 1, y: 2 } } : n)) } as typeof journey;
    expect(journeyHash(moved)).toBe(journeyHash(journey));
  });

  it('changes with any other edit', () => {
    expect(journeyHash({ ...journey, name: `${journey.name}!` })).not.toBe(journeyHash(journey));
    const relabelled = { ...journey, nodes: journey.nodes.map((n, i) => (i === 0 ? { ...n, label: 'x' } : n)) } as typeof journey;
    expect(journeyHash(relabelled)).not.toBe(journeyHash(journey));
    expect(journeyHash(journey)).toMatch(/^[0-9a-f]{16}$/);
  });
});
