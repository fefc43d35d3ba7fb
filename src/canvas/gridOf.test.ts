import { describe, expect, it } from 'vitest';
import type { Journey } from '../../runtime/model/journey';
import { cellAt, gridOf, MIN_COLUMN_WIDTH, MIN_ROW_HEIGHT } from './gridOf';
import { mini, mortgage } from './testJourneys';

describe('gridOf', () => {
  it('makes one column per stage and one row per lane, contiguous, around the positioned nodes', () => {
    const j = mortgage();
    const g = gridOf(j);
    expect(g.columns.map((c) => c.stageId)).toEqual(j.stages!.map((s) => s.id));
    expect(g.rows.map((r) => r.laneId)).toEqual(['evidence', 'customer', 'frontstage', 'backstage', 'support']);
    for (let i = 1; i < g.columns.length; i++) expect(g.columns[i]!.x0).toBe(g.columns[i - 1]!.x1);
    for (let i = 1; i < g.rows.length; i++) expect(g.rows[i]!.y0).toBe(g.rows[i - 1]!.y1);
    for (const n of j.nodes) {
      const cell = g.cells.get(n.id)!;
      const c = g.columns[cell.column]!;
      const r = g.rows[cell.row]!;
      expect(c.stageId).toBe(n.stage);
      expect(r.laneId).toBe(n.lane);
      const p = g.positions.get(n.id)!;
      expect(p).toEqual(n.position);
      expect(p.x).toBeGreaterThanOrEqual(c.x0);
      expect(p.x + 200).toBeLessThanOrEqual(c.x1);
      expect(p.y).toBeGreaterThanOrEqual(r.y0);
      expect(p.y + 84).toBeLessThanOrEqual(r.y1);
    }
  });

  it('gives the five default lanes to a journey without lanes, and an extra column to unstaged nodes', () => {
    const g = gridOf(mini());
    expect(g.rows.map((r) => r.kind)).toEqual(['evidence', 'customer', 'frontstage', 'backstage', 'support']);
    expect(g.columns.map((c) => c.stageId)).toEqual(['explore', undefined]);
    expect(g.columns[1]!.name).toBe('No stage');
    // outcome nodes without a lane go to their kind's default lane (customer)
    expect(g.cells.get('applied')).toEqual({ column: 1, row: 1 });
  });

  it('places nodes without position in their cell, side by side, without overlapping', () => {
    const j = mini();
    const g = gridOf(j);
    const a = g.positions.get('applied')!;
    const b = g.positions.get('gone')!;
    expect(a.y).toBe(b.y);
    expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(200);
    const col = g.columns[1]!;
    expect(Math.max(a.x, b.x) + 200).toBeLessThanOrEqual(col.x1);
    const row = g.rows[1]!;
    expect(a.y).toBeGreaterThanOrEqual(row.y0);
    expect(a.y + 84).toBeLessThanOrEqual(row.y1);
  });

  it('puts unpositioned nodes below the positioned ones of their row', () => {
    const j = mini();
    j.nodes[0] = { ...j.nodes[0]!, position: { x: 0, y: 300 } };
    j.nodes.push({ id: 'later', kind: 'touchpoint', label: 'Later', channel: 'web', stage: 'explore', lane: 'customer' } as Journey['nodes'][number]);
    const g = gridOf(j);
    expect(g.positions.get('later')!.y).toBeGreaterThanOrEqual(300 + 84);
    expect(g.rows[1]!.y1).toBeGreaterThanOrEqual(g.positions.get('later')!.y + 84);
  });

  it('has minimum sizes for an empty journey', () => {
    const g = gridOf({ ...mini(), nodes: [], edges: [] });
    expect(g.columns).toHaveLength(1);
    expect(g.columns[0]!.x1 - g.columns[0]!.x0).toBe(MIN_COLUMN_WIDTH);
    expect(g.rows.every((r) => r.y1 - r.y0 === MIN_ROW_HEIGHT)).toBe(true);
  });

  it('finds the cell under a point, clamping outside points', () => {
    const g = gridOf(mortgage());
    const apply = g.columns.find((c) => c.stageId === 'apply')!;
    const front = g.rows.find((r) => r.laneId === 'frontstage')!;
    expect(cellAt(g, { x: apply.x0 + 5, y: front.y0 + 5 })).toMatchObject({ stage: 'apply', lane: 'frontstage' });
    expect(cellAt(g, { x: -1e6, y: -1e6 })).toMatchObject({ stage: 'life-event', lane: 'evidence' });
    expect(cellAt(g, { x: 1e6, y: 1e6 })).toMatchObject({ stage: 'buy', lane: 'support' });
  });
});
