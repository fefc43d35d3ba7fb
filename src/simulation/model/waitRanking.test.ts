import { describe, expect, it } from 'vitest';
import type { QueueStats, SimulationResult } from '../../../runtime/sim';
import { fixtureJourney, fixtureResult } from './dropOffFixture';
import { rankWaits } from './waitRanking';
import { sampleRun } from './testRuns';

const queue = (served: number, meanWaitMs: number | null, p90WaitMs: number | null): QueueStats => ({
  offered: served,
  served,
  abandoned: 0,
  abandonRate: 0,
  meanWaitMs,
  p50WaitMs: meanWaitMs,
  p90WaitMs,
  p99WaitMs: p90WaitMs,
  maxWaitMs: p90WaitMs === null ? null : p90WaitMs * 2,
  serviceLevel: null,
});

/** The fixture with these queues at its nodes. */
function withQueues(queues: Record<string, QueueStats>): SimulationResult {
  const nodes = Object.fromEntries(Object.entries(fixtureResult.nodes).map(([id, n]) => [id, { ...n, queue: queues[id] ?? null }]));
  return { ...fixtureResult, nodes } as SimulationResult;
}

describe('rankWaits', () => {
  it('ranks the steps with a queue by mean wait, longest first, by label with their stage and p90', () => {
    const result = withQueues({ form: queue(50, 60_000, 180_000), call: queue(40, 900_000, 2_400_000), review: queue(30, 300_000, 600_000) });
    const rows = rankWaits(fixtureJourney, result);
    expect(rows.map((r) => r.nodeId)).toEqual(['call', 'review', 'form']);
    expect(rows[0]).toEqual({ nodeId: 'call', label: 'Calls an advisor', stageId: 'apply', stage: 'Apply', served: 40, meanWaitMs: 900_000, p90WaitMs: 2_400_000, maxWaitMs: 4_800_000 });
  });

  it('breaks a tie on the mean by the longer p90, then by map order', () => {
    const result = withQueues({ ad: queue(5, 1_000, 2_000), form: queue(5, 1_000, 9_000), call: queue(5, 1_000, 2_000) });
    expect(rankWaits(fixtureJourney, result).map((r) => r.nodeId)).toEqual(['form', 'ad', 'call']);
  });

  it('leaves out the steps without a queue, whose queue served nobody, or where nobody waited', () => {
    expect(rankWaits(fixtureJourney, fixtureResult)).toEqual([]);
    const result = withQueues({ ad: queue(0, null, null), form: queue(12, 0, 0), call: queue(3, 5_000, 8_000) });
    expect(rankWaits(fixtureJourney, result).map((r) => r.nodeId)).toEqual(['call']);
  });

  it('ranks every queue of a real run, each wait its node’s own figure', () => {
    const { journey, result } = sampleRun('mortgage-preapproval');
    const rows = rankWaits(journey, result);
    expect(rows.length).toBeGreaterThan(0);
    const withWaits = journey.nodes.filter((n) => (result.nodes[n.id]?.queue?.meanWaitMs ?? 0) > 0 && result.nodes[n.id]!.queue!.served > 0);
    expect(rows.map((r) => r.nodeId).sort()).toEqual(withWaits.map((n) => n.id).sort());
    for (const r of rows) expect(r.meanWaitMs).toBe(result.nodes[r.nodeId]!.queue!.meanWaitMs);
    const means = rows.map((r) => r.meanWaitMs);
    expect(means).toEqual([...means].sort((a, b) => b - a));
  });
});
