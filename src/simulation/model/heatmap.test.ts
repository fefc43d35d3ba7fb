import { describe, expect, it } from 'vitest';
import { DEFAULT_HEAT_THRESHOLDS, edgeWidth, heatmapOf, serviceHeatLevel, serviceLabel, type QueueService } from './heatmap';
import { sampleRun, targetRun } from './testRuns';

const { journey, result } = sampleRun('mortgage-preapproval');

describe('heatmapOf', () => {
  it('puts every edge count on the map, with its share of customers and a width of 1…12 px', () => {
    const map = heatmapOf(journey, result);
    expect(map.flows).toBe(true);
    expect(map.customers).toBe(2_000);
    expect(Object.keys(map.edges)).toEqual(journey.edges.map((e) => e.id));
    for (const [id, heat] of Object.entries(map.edges)) {
      expect(heat.count).toBe(result.edges[id]!.count);
      expect(heat.share).toBe(result.edges[id]!.count / 2_000);
      expect(heat.width).toBeGreaterThanOrEqual(1);
      expect(heat.width).toBeLessThanOrEqual(12);
    }
    const first = map.edges['life-event-signal-to-route-outreach']!;
    expect(first).toEqual({ count: 2_000, share: 1, width: 12, label: '2,000 · 100.0%' });
    expect(edgeWidth(0)).toBe(1);
    expect(edgeWidth(0.25)).toBe(6.5);
    expect(edgeWidth(3)).toBe(12);
  });

  it('shows drop-off, queue waits and emotion on nodes', () => {
    const map = heatmapOf(journey, result);
    const call = map.nodes['advisor-call']!;
    const stats = result.nodes['advisor-call']!;
    expect(call.visits).toBe(stats.visits);
    expect(call.dropped).toBe(stats.stalled + stats.abandoned);
    expect(call.dropOff).toBe((stats.stalled + stats.abandoned) / stats.visits);
    expect(call.meanWaitMs).toBe(stats.queue!.meanWaitMs);
    expect(call.p90WaitMs).toBe(stats.queue!.p90WaitMs);
    expect(call.level.dropoff).toBe('warn'); // 65 of 609 give up in the advisors' queue: 10.7%
    expect(call.level.queue).toBe('bad'); // p90 of hours
    expect(call.level.emotion).toBe('good');
    expect(call.label.dropoff).toMatch(/^[\d,]+ visits · \d+\.\d% drop$/);
    expect(call.label.queue).toMatch(/^wait .+ · p90 .+$/);
    const upload = map.nodes['document-upload']!;
    expect(upload.meanEmotion).toBe(-1);
    expect(upload.level).toEqual({ dropoff: 'good', queue: 'none', service: 'none', emotion: 'bad' });
    const route = map.nodes['route-outreach']!;
    expect(route.level.emotion).toBe('none');
  });

  it('shows outcomes with their share of customers', () => {
    const map = heatmapOf(journey, result);
    const opened = map.nodes['mortgage-opened']!;
    expect(opened.outcome).toEqual({ result: 'success', count: result.outcomes['mortgage-opened']!.count, share: result.outcomes['mortgage-opened']!.share });
    expect(opened.level.dropoff).toBe('good');
    expect(map.nodes['lost-interest']!.level.dropoff).toBe('bad');
    expect(map.nodes['not-ready']!.level.dropoff).toBe('none');
  });

  it('keeps emotion by stage for everybody and per segment', () => {
    expect(heatmapOf(journey, result).stages['assess']).toEqual({ meanEmotion: result.emotion.byStage['assess']!.mean, level: 'bad' });
    expect(heatmapOf(journey, result, 'movers').stages['apply']!.meanEmotion).toBe(result.emotion.byStage['apply']!.bySegment['movers']);
  });

  it('for one segment: its own volumes, drop-offs and outcomes; shared queue waits; emotion by stage', () => {
    const map = heatmapOf(journey, result, 'investors');
    const n = result.segments['investors']!.customers;
    expect(map.flows).toBe(true);
    expect(map.customers).toBe(n);
    expect(Object.keys(map.edges)).toEqual(journey.edges.map((e) => e.id));
    const first = map.edges['life-event-signal-to-route-outreach']!;
    expect(first.count).toBe(n);
    expect(first.share).toBe(1);
    const call = map.nodes['advisor-call']!;
    const mine = result.nodes['advisor-call']!.bySegment['investors']!;
    expect(call.visits).toBe(mine.visits);
    expect(call.dropped).toBe(mine.stalled + mine.abandoned);
    expect(call.p90WaitMs).toBe(result.nodes['advisor-call']!.queue!.p90WaitMs);
    expect(call.meanEmotion).toBeNull();
    expect(call.level.emotion).toBe('none');
    const opened = map.nodes['mortgage-opened']!;
    expect(opened.outcome).toEqual({ result: 'success', ...result.outcomes['mortgage-opened']!.bySegment['investors']! });
    expect(map.note).toMatch(/by stage/);
    expect(() => heatmapOf(journey, result, 'aliens')).toThrow(/no segment 'aliens'/);
  });

  it('for one segment of a result without per-segment flows: outcomes and stage emotion only, and says why', () => {
    const old = {
      ...result,
      nodes: Object.fromEntries(Object.entries(result.nodes).map(([k, { bySegment: _b, ...rest }]) => [k, rest])),
      edges: Object.fromEntries(Object.entries(result.edges).map(([k, { count }]) => [k, { count }])),
    } as unknown as typeof result;
    const map = heatmapOf(journey, old, 'investors');
    expect(map.flows).toBe(false);
    expect(map.edges).toEqual({});
    expect(Object.keys(map.nodes)).toEqual(Object.keys(result.outcomes));
    expect(map.note).toMatch(/all customers only/);
  });

  it('uses the thresholds it is given', () => {
    const strict = { ...DEFAULT_HEAT_THRESHOLDS, emotion: { warn: 1.5, bad: 0.5 } };
    expect(heatmapOf(journey, result, undefined, strict).nodes['advisor-call']!.level.emotion).toBe('warn');
  });

  it('colours the queues by service level against their team’s target', () => {
    const run = targetRun();
    const map = heatmapOf(run.journey, run.result);
    const withWork = run.journey.nodes.filter((n) => n.work).map((n) => n.id);
    expect(withWork.length).toBeGreaterThan(0);
    for (const id of withWork) {
      const heat = map.nodes[id]!;
      const q = run.result.nodes[id]!.queue!;
      const team = run.journey.nodes.find((n) => n.id === id)!.work!.team;
      expect(heat.service).toEqual({ team, offered: q.offered, serviceLevel: q.serviceLevel, abandonRate: q.abandonRate, target: run.result.teams[team]!.target });
      expect(heat.level.service).toBe(serviceHeatLevel(heat.service, DEFAULT_HEAT_THRESHOLDS.targetMargin));
      expect(heat.label.service).toMatch(/^SL (\d+\.\d%|–) \(target \d+% in \d+[hd]\) · \d+\.\d% gave up/);
    }
    const plain = map.nodes[run.journey.start]!;
    expect(plain.service).toBeUndefined();
    expect(plain.level.service).toBe('none');
    // One segment: the same shared queue.
    const segment = Object.keys(run.result.segments)[0]!;
    expect(heatmapOf(run.journey, run.result, segment).nodes[withWork[0]!]!.level.service).toBe(map.nodes[withWork[0]!]!.level.service);
  });

  it('grades a queue: met, missed by at most the margin, missed by more, no target', () => {
    const q = (patch: Partial<QueueService>): QueueService => ({ team: 't', offered: 100, serviceLevel: 0.8, abandonRate: 0.02, target: { serviceLevel: 0.8, withinMs: 20_000, maxAbandon: 0.05 }, ...patch });
    expect(serviceHeatLevel(q({}), 0.1)).toBe('good');
    expect(serviceHeatLevel(q({ serviceLevel: 0.72 }), 0.1)).toBe('warn');
    expect(serviceHeatLevel(q({ serviceLevel: 0.65 }), 0.1)).toBe('bad');
    // Without a service-level target, the abandon rate against maxAbandon decides.
    const onlyAbandon = { serviceLevel: null, withinMs: null, maxAbandon: 0.05 };
    expect(serviceHeatLevel(q({ serviceLevel: null, target: onlyAbandon }), 0.1)).toBe('good');
    expect(serviceHeatLevel(q({ serviceLevel: null, abandonRate: 0.2, target: onlyAbandon }), 0.1)).toBe('bad');
    expect(serviceHeatLevel(q({ serviceLevel: null, target: { serviceLevel: null, withinMs: null, maxAbandon: null } }), 0.1)).toBe('none');
    expect(serviceHeatLevel(q({ offered: 0, serviceLevel: null }), 0.1)).toBe('none');
    expect(serviceHeatLevel(undefined, 0.1)).toBe('none');
    expect(serviceLabel(q({ serviceLevel: 0.72 }))).toBe('SL 72.0% (target 80% in 20s) · 2.0% gave up (max 5%)');
    expect(serviceLabel(q({ serviceLevel: null, target: onlyAbandon }))).toBe('2.0% gave up (max 5%)');
    expect(serviceLabel(q({ offered: 0 }))).toBe('nobody queued');
  });
});
