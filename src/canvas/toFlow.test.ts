import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import { updateNode } from '../../runtime/model/ops';
import { isJourneyFlowNode, toFlow, type JourneyFlowNode } from './toFlow';
import { generateJourney } from './dev/generateJourney';
import { mini, mortgage } from './testJourneys';

const none = { nodes: [], edges: [] };

describe('toFlow', () => {
  it('projects nodes with their size, handles and selection, plus a header per stage and a label per lane', () => {
    const flow = toFlow(mini(), [], { nodes: ['visit'], edges: ['apply'] });
    const journeyNodes = flow.nodes.filter(isJourneyFlowNode);
    expect(journeyNodes.map((n) => n.id)).toEqual(['visit', 'applied', 'gone']);
    const visit = journeyNodes[0]!;
    expect(visit).toMatchObject({ type: 'journey', selected: true, width: 200, height: 84, measured: { width: 200, height: 84 } });
    expect(visit.data.isStart).toBe(true);
    expect(visit.handles!.map((h) => h.type)).toEqual(['target', 'source']);
    // outcomes end the journey: no source handle
    expect(journeyNodes[1]!.handles!.map((h) => h.type)).toEqual(['target']);
    expect(flow.nodes.filter((n) => n.type === 'stage').map((n) => n.id)).toEqual(['stage:explore', 'stage:']);
    expect(flow.nodes.filter((n) => n.type === 'lane')).toHaveLength(5);
    expect(flow.nodes.filter((n) => n.type !== 'journey').every((n) => n.selectable === false && n.draggable === false)).toBe(true);
    expect(flow.edges.map((e) => [e.id, e.source, e.target, e.selected])).toEqual([
      ['apply', 'visit', 'applied', true],
      ['timeout', 'visit', 'gone', false],
    ]);
  });

  it('draws stage-level edges from the stage header and skips edges to unknown nodes', () => {
    const j = mini();
    j.edges.push({ id: 'leave', from: 'explore', to: 'gone', event: 'LEAVE' }, { id: 'broken', from: 'visit', to: 'nowhere', event: 'X' });
    const flow = toFlow(j, [], none);
    expect(flow.edges.find((e) => e.id === 'leave')).toMatchObject({ source: 'stage:explore', target: 'gone', data: { fromStage: true } });
    expect(flow.edges.some((e) => e.id === 'broken')).toBe(false);
  });

  it('badges diagnostics on their node or edge', () => {
    const diagnostics: Diagnostic[] = [
      { code: 'J014', severity: 'error', message: 'unreachable', path: ['nodes', 1], nodeId: 'applied' },
      { code: 'J101', severity: 'warning', message: 'listen', path: ['nodes', 1], nodeId: 'applied' },
      { code: 'J023', severity: 'error', message: 'bad duration', path: ['edges', 1, 'after'], edgeId: 'timeout', nodeId: 'visit' },
    ];
    const flow = toFlow(mini(), diagnostics, none);
    const applied = flow.nodes.find((n) => n.id === 'applied') as JourneyFlowNode;
    expect(applied.data.issues).toMatchObject({ errors: 1, warnings: 1, messages: [expect.stringMatching(/^J014 Customers can never reach ‘Applied’/), expect.stringMatching(/^J101 ‘Applied’ is a moment of truth/)] });
    expect((flow.nodes.find((n) => n.id === 'visit') as JourneyFlowNode).data.issues).toBeUndefined();
    expect(flow.edges.find((e) => e.id === 'timeout')!.data!.issues).toMatchObject({ errors: 1 });
  });

  it('numbers parallel edges so that they can be drawn apart', () => {
    const flow = toFlow(mortgage(), [], none);
    const push = flow.edges.find((e) => e.id === 'reminder-check-push')!;
    const sms = flow.edges.find((e) => e.id === 'reminder-check-sms')!;
    expect([push.data!.parallelIndex, sms.data!.parallelIndex, sms.data!.parallelCount]).toEqual([0, 1, 2]);
  });

  it('keeps the objects of unchanged elements when given the previous flow', () => {
    const j = mortgage();
    const first = toFlow(j, [], none);
    const moved = updateNode(j, 'advisor-call', { label: 'Advisor call' });
    const second = toFlow(moved, [], { nodes: ['declined'], edges: [] }, first);
    const byId = (f: typeof first) => new Map(f.nodes.map((n) => [n.id, n]));
    const a = byId(first);
    const b = byId(second);
    expect(b.get('visit' as string)).toBe(a.get('visit'));
    expect(b.get('not-ready')).toBe(a.get('not-ready'));
    expect(b.get('advisor-call')).not.toBe(a.get('advisor-call'));
    expect(b.get('declined')).not.toBe(a.get('declined'));
    expect(b.get('stage:apply')).toBe(a.get('stage:apply'));
    expect(second.edges[0]).toBe(first.edges[0]);
  });

  it('re-projects a 300-node journey on a selection change by rebuilding only the nodes whose selection changed', () => {
    // Its speed is measured by `npm run bench`; here, the work it does: what it may reuse, it reuses.
    const j = generateJourney(300);
    let flow = toFlow(j, [], none);
    for (let i = 0; i < 20; i++) {
      const next = toFlow(j, [], { nodes: [`n${i}`], edges: [] }, flow);
      const before = new Set(flow.nodes);
      const rebuilt = next.nodes.filter((n) => !before.has(n)).map((n) => n.id);
      expect(rebuilt.sort()).toEqual([...new Set([`n${i}`, ...(i > 0 ? [`n${i - 1}`] : [])])].sort());
      expect(next.edges.every((e, k) => e === flow.edges[k])).toBe(true);
      flow = next;
    }
    expect(flow.nodes.filter(isJourneyFlowNode)).toHaveLength(300);
  });
});
