import { describe, expect, it } from 'vitest';
import { traceCustomer } from '../../../runtime/sim';
import { createReplay } from '../model/replay';
import { sample } from '../model/testRuns';
import { movedByLabel, stepContext } from './stepContext';

const { journey, cohort } = sample('mortgage-preapproval');

describe('stepContext', () => {
  const trace = traceCustomer(journey, cohort, 7, 2, { customers: 200 });
  const replay = createReplay(trace, journey);

  it('the first node: moved by the start', () => {
    expect(stepContext(replay, journey, 0)).toMatchObject({ nodeId: journey.start, enteredMs: 0, movedBy: { kind: 'start' }, queue: null });
    expect(movedByLabel({ kind: 'start' })).toBe('the start of the journey');
  });

  it('every later node: moved by the trigger of the edge taken to it', () => {
    for (let i = 0; i < replay.steps.length; i++) {
      const frame = replay.at(i);
      if (frame.step.type !== 'enter' || i === 0) continue;
      const ctx = stepContext(replay, journey, i);
      expect(ctx.nodeId).toBe(frame.step.node);
      expect(ctx.enteredMs).toBe(frame.time);
      expect(ctx.movedBy.kind).not.toBe('start');
      const edge = journey.edges.find((e) => 'edgeId' in ctx.movedBy && e.id === ctx.movedBy.edgeId)!;
      expect(edge.to).toBe(frame.step.node);
      const kind = edge.event !== undefined ? 'event' : edge.after !== undefined ? 'timer' : 'rule';
      expect(ctx.movedBy.kind).toBe(kind);
    }
  });

  it('the staff queue at a node with work: the wait once served', () => {
    const serve = replay.steps.find((f) => f.step.type === 'serve')!;
    const ctx = stepContext(replay, journey, serve.index);
    expect(ctx.queue).toMatchObject({ waitMs: serve.queueWaitMs, abandoned: false });
    expect(movedByLabel({ kind: 'timer', delayMs: 6 * 86_400_000, edgeId: 'x' })).toBe('timer after 6d');
    expect(movedByLabel({ kind: 'rule', guard: 'customer.digital', edgeId: 'x' })).toBe('rule (if customer.digital)');
  });
});
