import type { Journey, JourneyNode } from '../../../runtime/model/journey';
import type { JourneyEdge } from '../../../runtime/model/edge';
import { LANE_KINDS } from '../../../runtime/model/primitives';

const KINDS_BY_LANE: Record<string, string[]> = {
  evidence: ['touchpoint'],
  customer: ['touchpoint', 'wait', 'survey'],
  frontstage: ['touchpoint', 'offer', 'handoff'],
  backstage: ['decision', 'action'],
  support: ['action'],
};

/**
 * A large, deterministic journey for performance checks: `count` nodes over `stages` stages and the
 * five lanes, chained stage by stage with a few cross links, no positions (the grid places them)
 * unless `positioned`.
 */
export function generateJourney(count = 300, stages = 10, positioned = true): Journey {
  const perStage = Math.ceil(count / stages);
  const nodes: JourneyNode[] = [];
  const edges: JourneyEdge[] = [];
  for (let i = 0; i < count; i++) {
    const s = Math.floor(i / perStage);
    const k = i % perStage;
    const lane = LANE_KINDS[k % LANE_KINDS.length]!;
    const kinds = KINDS_BY_LANE[lane]!;
    const kind = i === count - 1 ? 'outcome' : kinds[(i >> 1) % kinds.length]!;
    const node: Record<string, unknown> = { id: `n${i}`, kind, label: `Step ${i} ${kind}`, stage: `s${s}`, lane };
    if (kind === 'touchpoint' || kind === 'offer') node.channel = ['web', 'email', 'app', 'phone'][i % 4];
    if (kind === 'offer') node.product = 'card';
    if (kind === 'survey') Object.assign(node, { metric: 'csat', questions: ['How was it?', 'Why?'], responseRate: 0.3 });
    if (kind === 'handoff') node.repeatsInfo = i % 3 === 0;
    if (kind === 'outcome') node.result = 'success';
    if (i % 3 === 0) node.emotion = ((i % 5) - 2) as number;
    if (i % 17 === 0) node.momentOfTruth = true;
    if (positioned) node.position = { x: s * (Math.ceil(perStage / 5) * 240 + 120) + Math.floor(k / 5) * 240, y: (k % 5) * 200 + Math.floor(k / 25) * 100 };
    nodes.push(node as JourneyNode);
    if (i > 0) edges.push({ id: `e${i}`, from: `n${i - 1}`, to: `n${i}`, ...(nodes[i - 1]!.kind === 'decision' || nodes[i - 1]!.kind === 'action' ? { always: true } : { event: `GO_${i}` }) } as JourneyEdge);
    if (i > 7 && i % 7 === 0) edges.push({ id: `x${i}`, from: `n${i - 7}`, to: `n${i}`, after: '3d' } as JourneyEdge);
  }
  return {
    format: 'journey/1',
    id: 'generated',
    name: `Generated journey (${count} nodes)`,
    stages: Array.from({ length: stages }, (_, s) => ({ id: `s${s}`, name: `Stage ${s + 1}` })),
    start: 'n0',
    nodes,
    edges,
  } as Journey;
}
