import { NODE_KINDS, connectOf, nodeKind, type ConnectTrigger, type NodeKind } from './registry';
import type { NodeOfKind, NodeView } from './NodeCard';
import { NodeCard } from './NodeCard';

export type { ConnectTrigger } from './registry';

/** How the canvas draws a kind: its view, and how edges drawn out of it start. */
export interface NodeViewEntry<K extends NodeKind> {
  View: NodeView<NodeOfKind<K>>;
  connect: ConnectTrigger;
}

// Each kind's view is the default export of its folder's View.tsx, found by the bundler: a new kind
// is its folder and its registry line, nothing here. (Only the browser and its tests draw cards;
// Node code asks the registry for what it needs, e.g. `connectOf`.)
const FOUND = import.meta.glob<NodeView>('./*/View.tsx', { eager: true, import: 'default' });

function viewOfKind(kind: string): NodeView {
  const View = FOUND[`./${kind}/View.tsx`];
  if (!View) throw new Error(`node kind '${kind}' has no view: add nodes/${kind}/View.tsx with a default export`);
  return View;
}

/** The one map from kind to view. */
export const NODE_VIEWS = Object.fromEntries(NODE_KINDS.map((k) => [k.kind, { View: viewOfKind(k.kind), connect: connectOf(k) }])) as unknown as { [K in NodeKind]: NodeViewEntry<K> };

/** A view of any node. */
export interface AnyNodeViewEntry {
  View: NodeView;
  connect: ConnectTrigger;
}

const FALLBACK: AnyNodeViewEntry = { View: NodeCard, connect: 'event' };
const BY_KIND = NODE_VIEWS as unknown as Record<string, AnyNodeViewEntry | undefined>;

/** The view entry of a node's kind (a plain card for unknown kinds). */
export function viewOf(node: { kind: string }): AnyNodeViewEntry {
  return (nodeKind(node.kind) ? BY_KIND[node.kind] : undefined) ?? FALLBACK;
}
