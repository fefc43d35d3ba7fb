import { describe, expect, it } from 'vitest';
import type { Journey } from '../journey';
import { minimalJourney } from '../../testing/minimalJourney';
import { addStage, moveStage, removeStage } from './stageOps';

const mini = () => minimalJourney() as unknown as Journey;

describe('stage ops', () => {
  it('adds a stage with a unique id', () => {
    const { journey, stageId } = addStage(mini(), 'Explore', 0);
    expect(stageId).toBe('explore-2');
    expect(journey.stages!.map((s) => s.id)).toEqual(['explore-2', 'explore']);
  });

  it('removes a stage, unstaging its nodes and dropping its stage-level edges', () => {
    const j = mini();
    j.edges.push({ id: 'leave', from: 'explore', to: 'gone', event: 'LEAVE' });
    const before = JSON.stringify(j);
    const next = removeStage(j, 'explore');
    expect(next.stages).toEqual([]);
    expect(next.nodes[0]!.stage).toBeUndefined();
    expect('stage' in next.nodes[0]!).toBe(false);
    expect(next.edges.map((e) => e.id)).toEqual(['apply', 'timeout']);
    expect(JSON.stringify(j)).toBe(before);
  });

  it('moves a stage', () => {
    const j = addStage(mini(), 'Buy').journey;
    expect(moveStage(j, 'buy', -1).stages!.map((s) => s.id)).toEqual(['buy', 'explore']);
    expect(moveStage(j, 'buy', 1)).toBe(j);
  });
});
