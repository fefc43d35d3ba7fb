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

/**
 * Mermaid's lexer ends an id at '-', reads some words as keywords, and reads `direction` followed
 * by whitespace and TB/LR/… anywhere; those ids get a suffix with a capital letter, which no
 * document id (a slug) has, so it cannot clash.
 */
const RESERVED = new Set(['state', 'note', 'class', 'classdef', 'default', 'scale', 'end', 'hide', 'direction', 'click', 'href', 'style', 'acctitle', 'accdescr', 'statediagram', 'as']);
function mermaidId(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9_]/g, '_');
  return RESERVED.has(safe.toLowerCase()) || /direction$/i.test(safe) ? `${safe}_S` : safe;
}

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
  /** `#<xstate id>`, or already a Mermaid id (relative targets are siblings). */
  to: string;
  label: string;
}

function transitionLabel(trigger: string, t: TransitionConfig): string {
  const guard = t.guard ? `[${t.guard.params.expr}]` : '';
  return mermaidLabel([trigger, guard].filter(Boolean).join(' ') || 'always');
}

/** States without an XState id (the steps of a staffed node) are named after their parent. */
const childId = (ancestors: string[], key: string) => mermaidId([...ancestors.slice(-1), key].join('_'));

/** How the document wrote an edge's timer ("14d"), else the shortest exact form of the milliseconds. */
type AfterText = (t: TransitionConfig, ms: number) => string;

function collect(key: string, state: StateConfig, ancestors: string[], byXstateId: Map<string, string>, arrows: Arrow[], afterText: AfterText): Node {
  const id = state.id !== undefined ? mermaidId(state.id) : childId(ancestors, key);
  if (state.id !== undefined) byXstateId.set(state.id, id);
  const add = (trigger: (t: TransitionConfig) => string, list: TransitionConfig[] | undefined) => {
    for (const t of list ?? []) arrows.push({ from: id, to: t.target.startsWith('#') ? t.target : childId(ancestors, t.target), label: transitionLabel(trigger(t), t) });
  };
  for (const [event, list] of Object.entries(state.on ?? {})) add(() => event, list);
  for (const [ms, list] of Object.entries(state.after ?? {})) add((t) => `after ${afterText(t, Number(ms))}`, list);
  add(() => '', state.always);
  const children = Object.entries(state.states ?? {}).map(([k, child]) => collect(k, child, [...ancestors, id], byXstateId, arrows, afterText));
  const node: Node = { id, key, label: state.meta?.label ?? key, final: state.type === 'final', children, ancestors };
  if (state.initial !== undefined) node.initial = state.states?.[state.initial]?.id !== undefined ? mermaidId(state.initial) : childId([...ancestors, id], state.initial);
  return node;
}

/** A valid journey → a Mermaid `stateDiagram-v2`. */
export function exportMermaid(journey: Journey): string {
  const config = toMachineConfig(journey);
  const byXstateId = new Map<string, string>();
  const rawArrows: Arrow[] = [];
  const edgeAfter = new Map(journey.edges.map((e) => [e.id, e.after]));
  const afterText: AfterText = (t, ms) => {
    const written = edgeAfter.get(t.meta.edge);
    return typeof written === 'string' ? written.trim() : formatDuration(ms);
  };
  const roots = Object.entries(config.states).map(([k, s]) => collect(k, s, [], byXstateId, rawArrows, afterText));
  const nodes = new Map<string, Node>();
  const index = (n: Node) => {
    nodes.set(n.id, n);
    n.children.forEach(index);
  };
  roots.forEach(index);

  const arrows = rawArrows.map((a) => (a.to.startsWith('#') ? { ...a, to: byXstateId.get(a.to.slice(1)) ?? mermaidId(a.to.slice(1)) } : a));

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
    arrowsIn.set(h, [...(arrowsIn.get(h) ?? []), a]);
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
  emit(roots, byXstateId.get(config.initial) ?? mermaidId(config.initial), undefined, '  ');
  return lines.join('\n') + '\n';
}
