import { hasTrait, requireNodeKind } from '../../nodes/registry';

export interface LargeJourneyOptions {
  /** How many stages (columns); default one per 20 nodes. */
  stages?: number;
  /** Give every node a position (default); without, the canvas places nodes in their cell. */
  positioned?: boolean;
}

/**
 * A large, valid, realistic-shaped journey for benchmarks, performance tests and the canvas
 * harness: `size` nodes over the stages and the five lanes, with events, timers, rules with guards,
 * work for a team, surveys after moments of truth, and outcomes. Deterministic for its arguments.
 */
export function generateLargeJourney(size: number, options: LargeJourneyOptions = {}): Record<string, unknown> & { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] } {
  const lanes = ['customer', 'frontstage', 'backstage', 'support', 'evidence'];
  const stageCount = Math.max(1, options.stages ?? Math.ceil(size / 20));
  const perStage = Math.max(1, Math.ceil((size - 2) / stageCount));
  const positioned = options.positioned ?? true;
  const stages = Array.from({ length: stageCount }, (_, s) => ({ id: `stage-${s}`, name: `Stage ${s + 1}` }));
  const nodes: Record<string, unknown>[] = [];
  const edges: Record<string, unknown>[] = [];
  const body = size - 2;
  for (let i = 0; i < body; i++) {
    const s = Math.min(stageCount - 1, Math.floor(i / perStage));
    const col = i % perStage;
    const kind = i % 10 === 4 ? 'decision' : i % 10 === 7 ? 'survey' : i % 10 === 2 ? 'wait' : i % 10 === 5 ? 'action' : 'touchpoint';
    const node: Record<string, unknown> = {
      id: `n${i}`, kind, label: `Step ${i}`, stage: `stage-${s}`, lane: lanes[i % 5], emotion: ((i % 5) - 2),
    };
    if (positioned) node.position = { x: s * (Math.ceil(perStage / 5) * 260 + 140) + Math.floor(col / 5) * 260, y: (i % 5) * 160 };
    // The kind's own fields come from its descriptor's defaults; some are then varied.
    const { label: _label, ...example } = requireNodeKind(kind).defaults() as Record<string, unknown>;
    Object.assign(node, example);
    if ('channel' in example) node.channel = ['web', 'app', 'email', 'phone'][i % 4];
    if ('questions' in example) node.questions = ['Score?', 'Why?'];
    if (i % 10 === 6) node.momentOfTruth = true;
    if (i % 10 === 3) node.work = { team: 'agents', handle: { dist: 'lognormal', median: '10m', p90: '30m' } };
    if (i % 10 === 1) node.actions = [{ type: 'assign', var: 'touches', expr: 'journey.touches + 1' }];
    nodes.push(node);
  }
  nodes.push({ id: 'won', kind: 'outcome', label: 'Won', result: 'success', value: 500, stage: `stage-${stageCount - 1}`, lane: 'customer' });
  nodes.push({ id: 'lost', kind: 'outcome', label: 'Lost', result: 'churn', stage: `stage-${stageCount - 1}`, lane: 'customer' });
  for (let i = 0; i < body; i++) {
    const from = `n${i}`;
    const next = i + 1 < body ? `n${i + 1}` : 'won';
    const kind = String(nodes[i]!.kind);
    if (hasTrait(kind, 'routes-by-rules')) {
      edges.push({ id: `e${i}-rich`, from, to: next, always: true, guard: 'customer.income > 40000 || journey.touches > 3' });
      edges.push({ id: `e${i}-default`, from, to: 'lost', always: true });
    } else if (i % 10 === 5) {
      // Every tenth step (an action) moves on at once, by a rule.
      edges.push({ id: `e${i}-next`, from, to: next, always: true });
    } else {
      edges.push({ id: `e${i}-next`, from, to: next, event: 'NEXT', sim: { p: 0.97, delay: { dist: 'exponential', mean: '2h' }, segments: { digital: { p: 0.99 } } } });
      edges.push({ id: `e${i}-timeout`, from, to: hasTrait(kind, 'needs-timer') || i % 3 ? 'lost' : next, after: '3d' });
    }
  }
  return {
    format: 'journey/1', id: `large-${size}`, name: `Generated ${size}-node journey`,
    customer: { income: 'number' }, vars: { touches: 0 }, stages,
    teams: [{ id: 'agents', name: 'Agents', staff: 20, costPerHour: 40 }],
    start: 'n0', nodes, edges,
  };
}
