import { describe, expect, it } from 'vitest';
import { simulationOverlay } from './simulationOverlay';
import { sampleRun, targetRun } from './model/testRuns';

describe('simulationOverlay', () => {
  const { journey, result, cohort } = sampleRun('mortgage-preapproval');
  const name = (id: string) => cohort.segments.find((s) => s.id === id)?.name ?? id;

  it('puts volumes on the edges and drop-off on the nodes', () => {
    const o = simulationOverlay(journey, result, { mode: 'dropoff', segment: null }, name);
    expect(o.source).toBe('simulation');
    expect(o.legend).toBe('Simulation · 2,000 customers · line width: volume · colour: drop-off');
    const edges = Object.values(o.edges);
    expect(edges.length).toBeGreaterThan(5);
    for (const e of edges) {
      expect(e.label).toMatch(/^[\d,]+ · \d+\.\d%$/);
      expect(e.width).toBeGreaterThanOrEqual(1);
      expect(e.width).toBeLessThanOrEqual(12);
    }
    const start = o.nodes[journey.start]!;
    expect(start.tone).toMatch(/good|warn|bad|none/);
    expect(start.title).toContain('visits');
    const outcome = Object.keys(result.outcomes)[0]!;
    expect(o.nodes[outcome]!.badge).toMatch(/^\d+\.\d%$/);
  });

  it('shows queue waits and emotion in the other modes', () => {
    const queue = simulationOverlay(journey, result, { mode: 'queue', segment: null });
    expect(Object.values(queue.nodes).some((n) => n.badge?.startsWith('⏱ p90'))).toBe(true);
    const emotion = simulationOverlay(journey, result, { mode: 'emotion', segment: null });
    expect(Object.values(emotion.nodes).some((n) => /^[☺☹] [+-]?\d\.\d\d$/.test(n.badge ?? ''))).toBe(true);
  });

  it('for one segment: its own volumes, and its stages\' emotion on the steps', () => {
    const seg = Object.keys(result.segments)[0]!;
    const n = result.segments[seg]!.customers;
    const o = simulationOverlay(journey, result, { mode: 'emotion', segment: seg }, name);
    expect(o.legend).toContain(`${name(seg)} (${n.toLocaleString('en-US')} of 2,000 customers)`);
    expect(o.legend).toContain('line width: volume');
    const first = journey.edges[0]!;
    expect(o.edges[first.id]!.label).toMatch(new RegExp(`^[\\d,]+ · \\d+\\.\\d%$`));
    const step = journey.nodes.find((x) => x.kind !== 'outcome' && x.stage && result.emotion.byStage[x.stage]?.bySegment[seg] !== null)!;
    expect(o.nodes[step.id]!.title).toContain('Mean emotion of the stage for this segment');
  });

  it('falls back to all customers for a segment the run does not have', () => {
    const o = simulationOverlay(journey, result, { mode: 'dropoff', segment: 'nobody' });
    expect(o.legend).toContain('2,000 customers · line width');
  });

  it('colours only the steps with work by service level, with a legend of what the colours mean', () => {
    const run = targetRun();
    const o = simulationOverlay(run.journey, run.result, { mode: 'service', segment: null });
    expect(o.legend).toBe("Simulation · 1,000 customers · line width: volume · colour: service level against the team's target");
    expect(o.toneNames).toEqual({ good: 'meets target', warn: 'misses by ≤ 10 pp', bad: 'misses by more', none: 'no target' });
    for (const node of run.journey.nodes) {
      const painted = o.nodes[node.id];
      if (!painted) continue;
      if (node.work) {
        expect(painted.tone).toMatch(/^(good|warn|bad|none)$/);
        expect(painted.badge ?? '').toMatch(/^(SL \d+%)?$/);
        expect(painted.title).toMatch(/\(SL .+ \(target .+\) · .+ gave up.*\)$/);
        expect(simulationOverlay(run.journey, run.result, { mode: 'queue', segment: null }).nodes[node.id]!.title).toContain('service: SL');
      } else {
        expect(painted.tone).toBeUndefined();
        expect(painted.badge).toBeUndefined();
      }
    }
    expect(Object.keys(o.edges).length).toBeGreaterThan(0);
    // The other modes keep the default key.
    expect(simulationOverlay(run.journey, run.result, { mode: 'queue', segment: null }).toneNames).toBeUndefined();
  });
});

describe('simulationOverlay on a journey with a split', () => {
  it("gives the split node each variant's customers and goal share, from the run's experiments", () => {
    const { journey, result } = sampleRun('grocery-weekly-shop');
    const splits = Object.keys(result.experiments);
    expect(splits.length).toBeGreaterThan(0);
    const overlay = simulationOverlay(journey, result, { mode: 'dropoff', segment: null });
    for (const id of splits) {
      const variants = Object.entries(result.experiments[id]!.variants);
      expect(variants.length).toBeGreaterThanOrEqual(2);
      expect(overlay.nodes[id]?.variants).toEqual(Object.fromEntries(variants.map(([v, r]) => [v, { customers: r.customers, goalShare: r.goalShare }])));
      expect(variants.reduce((n, [, r]) => n + r.customers, 0)).toBeGreaterThan(0);
    }
    // For one segment the whole run's experiment figures are not shown as that segment's.
    const segment = Object.keys(result.segments)[0]!;
    expect(simulationOverlay(journey, result, { mode: 'dropoff', segment }).nodes[splits[0]!]?.variants).toBeUndefined();
  });
});
