// `compile --format mermaid`: the compiled machine as a `stateDiagram-v2` — stages (and staffed
// nodes) as composite states, transitions labelled with their trigger (`APPLY`, `after 3d`) and
// guard (`[customer.income > 50000]`), outcomes `--> [*]`. Drawn from the machine config, so the
// picture is what runs. Labels are written with Mermaid's entity codes (mermaidLabel), so the
// rendered diagram shows the document's text exactly, whatever it holds.
import type { Journey } from '../../model/journey';
import { formatDuration } from '../../model/duration';
import { toMachineConfig } from '../toMachineConfig';
import type { StateConfig, TransitionConfig } from '../machineConfig';
import { mermaidLabel } from './mermaidLabel';
import { MermaidIds } from './mermaidIds';

interface Node {
  id: string;
  /** The state's key in the config: the document's id of a node or stage. */
  key: string;
  label: string;
  final: boolean;
  initial?: string;
  children: Node[];
  /** Ids of the composites that contain this state, outermost first. */
  ancestors: string[];
}

interface Arrow {
  from: string;
  /** A Mermaid id. */
  to: string;
  label: string;
}

function transitionLabel(trigger: string, t: TransitionConfig): string {
  const guard = t.guard === undefined ? '' : t.guard.type === 'variant' ? `[variant ${t.guard.params.variant}]` : `[${t.guard.params.expr}]`;
  return mermaidLabel([trigger, guard].filter(Boolean).join(' ') || 'always');
}

/** How the document wrote an edge's timer ("14d"), else the shortest exact form of the milliseconds. */
type AfterText = (t: TransitionConfig, ms: number) => string;

/**
 * The Mermaid id of child `key` of a state (`parent`: its key in `ids` and its Mermaid id): a state
 * with an XState id (a node, a stage) by that id; the steps of a staffed node after their parent.
 */
function childIdOf(ids: MermaidIds, parent: { key: string; id: string } | undefined, key: string, child: StateConfig | undefined): string {
  if (child?.id !== undefined) return ids.id(`#${child.id}`, child.id);
  return parent === undefined ? ids.id(`#${key}`, key) : ids.id(`${parent.key}/${key}`, `${parent.id}_${key}`);
}

/** States with an XState id (nodes and stages) claim their ids before the steps of staffed nodes do. */
function claimStateIds(ids: MermaidIds, states: Record<string, StateConfig>): void {
  for (const state of Object.values(states)) {
    if (state.id !== undefined) ids.id(`#${state.id}`, state.id);
    claimStateIds(ids, state.states ?? {});
  }
}

function collect(key: string, state: StateConfig, parent: { key: string; id: string } | undefined, ancestors: string[], ids: MermaidIds, arrows: Arrow[], afterText: AfterText): Node {
  const id = childIdOf(ids, parent, key, state);
  const self = { key: state.id !== undefined ? `#${state.id}` : `${parent?.key ?? ''}/${key}`, id };
  const add = (trigger: (t: TransitionConfig) => string, list: TransitionConfig[] | undefined) => {
    for (const t of list ?? []) {
      const to = t.target.startsWith('#') ? ids.id(t.target, t.target.slice(1)) : childIdOf(ids, parent, t.target, undefined);
      arrows.push({ from: id, to, label: transitionLabel(trigger(t), t) });
    }
  };
  for (const [event, list] of Object.entries(state.on ?? {})) add(() => event, list);
  for (const [ms, list] of Object.entries(state.after ?? {})) add((t) => `after ${afterText(t, Number(ms))}`, list);
  add(() => '', state.always);
  const children = Object.entries(state.states ?? {}).map(([k, child]) => collect(k, child, self, [...ancestors, id], ids, arrows, afterText));
  const node: Node = { id, key, label: state.meta?.label ?? key, final: state.type === 'final', children, ancestors };
  if (state.initial !== undefined) node.initial = childIdOf(ids, self, state.initial, state.states?.[state.initial]);
  return node;
}

/** A valid journey → a Mermaid `stateDiagram-v2`. */
export function exportMermaid(journey: Journey): string {
  const config = toMachineConfig(journey);
  // Ids in document order: the nodes, the stages, then the steps of staffed nodes (named after them).
  const ids = new MermaidIds();
  for (const n of journey.nodes) ids.id(`#${n.id}`, n.id);
  for (const s of journey.stages ?? []) ids.id(`#${s.id}`, s.id);
  claimStateIds(ids, config.states);
  const arrows: Arrow[] = [];
  const edgeAfter = new Map(journey.edges.map((e) => [e.id, e.after]));
  const afterText: AfterText = (t, ms) => {
    const written = edgeAfter.get(t.meta.edge);
    return typeof written === 'string' ? written.trim() : formatDuration(ms);
  };
  const roots = Object.entries(config.states).map(([k, s]) => collect(k, s, undefined, [], ids, arrows, afterText));
  const nodes = new Map<string, Node>();
  const index = (n: Node) => {
    nodes.set(n.id, n);
    n.children.forEach(index);
  };
  roots.forEach(index);

  // Each arrow goes in the innermost composite holding both ends (Mermaid draws those reliably).
  const home = (a: Arrow): string | undefined => {
    const fa = nodes.get(a.from)?.ancestors ?? [];
    const ta = nodes.get(a.to)?.ancestors ?? [];
    let i = 0;
    while (i < fa.length && i < ta.length && fa[i] === ta[i]) i++;
    return i > 0 ? fa[i - 1] : undefined;
  };
  const arrowsIn = new Map<string | undefined, Arrow[]>();
  for (const a of arrows) {
    const h = home(a);
    const list = arrowsIn.get(h);
    if (list) list.push(a);
    else arrowsIn.set(h, [a]);
  }

  const lines: string[] = ['stateDiagram-v2'];
  const emit = (children: Node[], initial: string | undefined, composite: string | undefined, indent: string) => {
    if (initial !== undefined) lines.push(`${indent}[*] --> ${initial}`);
    for (const n of children) {
      const label = mermaidLabel(n.label || n.key);
      if (n.children.length > 0) {
        lines.push(`${indent}state "${label}" as ${n.id}{`);
        emit(n.children, n.initial, n.id, indent + '  ');
        lines.push(`${indent}}`);
      } else {
        lines.push(`${indent}state "${label}" as ${n.id}`);
      }
    }
    for (const a of arrowsIn.get(composite) ?? []) lines.push(`${indent}${a.from} --> ${a.to} : ${a.label}`);
    for (const n of children) if (n.final) lines.push(`${indent}${n.id} --> [*]`);
  };
  emit(roots, childIdOf(ids, undefined, config.initial, config.states[config.initial]), undefined, '  ');
  return lines.join('\n') + '\n';
}
