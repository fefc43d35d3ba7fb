import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../runtime/model/journey';
import { fixtureJourney, fixtureResult } from './dropOffFixture';
import { stageFunnel } from './stageFunnel';
import { sampleRun } from './testRuns';

describe('stageFunnel (hand-counted fixture)', () => {
  it('follows the stages in map order: reached, moved on, succeeded, left, still inside', () => {
    const f = stageFunnel(fixtureJourney, fixtureResult);
    expect(f.customers).toBe(100);
    expect(f.stages).toEqual([
      { stageId: 'discover', name: 'Discover', entryNodeId: 'ad', reached: 100, movedOn: 73, succeeded: 0, left: 27, inside: 0, reachedShare: 1 },
      { stageId: 'apply', name: 'Apply', entryNodeId: 'form', reached: 73, movedOn: 45, succeeded: 0, left: 25, inside: 3, reachedShare: 0.73 },
      { stageId: 'decide', name: 'Decide', entryNodeId: 'review', reached: 45, movedOn: 0, succeeded: 30, left: 15, inside: 0, reachedShare: 0.45 },
    ]);
  });

  it('for one segment, with its own customers', () => {
    const f = stageFunnel(fixtureJourney, fixtureResult, 'b');
    expect(f.customers).toBe(40);
    expect(f.stages.map((s) => [s.stageId, s.reached, s.movedOn, s.succeeded, s.left, s.inside])).toEqual([
      ['discover', 40, 23, 0, 17, 0],
      ['apply', 23, 15, 0, 5, 3],
      ['decide', 15, 0, 5, 10, 0],
    ]);
    expect(f.stages[1]!.reachedShare).toBe(23 / 40);
  });

  it('keeps the map order of the stages, whatever the document order of the nodes', () => {
    const journey = { ...fixtureJourney, stages: [...fixtureJourney.stages!].reverse() } as Journey;
    expect(stageFunnel(journey, fixtureResult).stages.map((s) => s.stageId)).toEqual(['decide', 'apply', 'discover']);
  });
});

describe('stageFunnel (a real run)', () => {
  it('accounts for every arrival at a stage, loops back included', () => {
    const { journey, result } = sampleRun('mortgage-preapproval');
    const f = stageFunnel(journey, result);
    expect(f.stages.map((s) => s.stageId)).toEqual(journey.stages!.map((s) => s.id));
    expect(f.stages[0]!.reached).toBe(result.customers);
    for (const s of f.stages) expect(s.movedOn + s.succeeded + s.left + s.inside).toBe(s.reached);
    const total = (k: 'succeeded' | 'left') => f.stages.reduce((sum, s) => sum + s[k], 0);
    const successes = Object.values(result.outcomes)
      .filter((o) => o.result === 'success')
      .reduce((sum, o) => sum + o.count, 0);
    expect(total('succeeded')).toBe(successes);
    expect(total('left')).toBe(result.customers - successes - result.terminal.inProgress);
  });
});
