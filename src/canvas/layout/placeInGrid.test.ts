import { describe, expect, it } from 'vitest';
import { gridOf } from '../gridOf';
import { mortgage } from '../testJourneys';
import { generateJourney } from '../dev/generateJourney';
import { autoLayout, elkGraphOf } from './autoLayout';
import { placeInGrid } from './placeInGrid';
import { moveNodes } from '../../../runtime/model/ops';
import type { Journey } from '../../../runtime/model/journey';

/** Every node inside its own cell, and no two nodes overlapping. */
function expectCleanLayout(j: Journey, positions: Record<string, { x: number; y: number }>) {
  const laid = moveNodes(j, positions);
  const g = gridOf(laid);
  for (const n of laid.nodes) {
    const cell = g.cells.get(n.id)!;
    const c = g.columns[cell.column]!;
    const r = g.rows[cell.row]!;
    const p = positions[n.id]!;
    expect(p.x).toBeGreaterThanOrEqual(c.x0);
    expect(p.x + 200).toBeLessThanOrEqual(c.x1);
    expect(p.y).toBeGreaterThanOrEqual(r.y0);
    expect(p.y + 84).toBeLessThanOrEqual(r.y1);
  }
  const boxes = Object.values(positions);
  for (let i = 0; i < boxes.length; i++)
    for (let k = i + 1; k < boxes.length; k++) {
      const a = boxes[i]!;
      const b = boxes[k]!;
      expect(Math.abs(a.x - b.x) >= 200 || Math.abs(a.y - b.y) >= 84).toBe(true);
    }
}

describe('placeInGrid', () => {
  it('keeps nodes in their stage and lane, layers left to right, stacks within a cell', () => {
    const j = mortgage();
    const order = new Map(j.nodes.map((n, i) => [n.id, { x: i * 10, y: 0 }]));
    const positions = placeInGrid(j, order);
    expectCleanLayout(j, positions);
    // same stage and lane, different layers: left to right in layer order
    expect(positions['preapproval-invite']!.x).toBeGreaterThan(positions['first-home-invite']!.x);
  });

  it('stacks nodes of one layer and cell in vertical order', () => {
    const j = mortgage();
    const order = new Map(j.nodes.map((n) => [n.id, { x: 0, y: n.id === 'preapproval-invite' ? 0 : 100 }]));
    const positions = placeInGrid(j, order);
    expectCleanLayout(j, positions);
    expect(positions['preapproval-invite']!.y).toBeLessThan(positions['first-home-invite']!.y);
    expect(positions['preapproval-invite']!.x).toBe(positions['first-home-invite']!.x);
  });
});

describe('autoLayout (elk)', () => {
  it('partitions the ELK graph by stage column', () => {
    const g = elkGraphOf(mortgage());
    expect(g.layoutOptions!['elk.partitioning.activate']).toBe('true');
    expect(g.children!.find((c) => c.id === 'advisor-call')!.layoutOptions!['elk.partitioning.partition']).toBe('2');
  });

  it('lays out the sample and a generated journey inside their cells', async () => {
    const j = mortgage();
    expectCleanLayout(j, await autoLayout(j));
    const big = generateJourney(120, 6, false);
    const positions = await autoLayout(big);
    expect(Object.keys(positions)).toHaveLength(120);
    expectCleanLayout(big, positions);
  });
});
