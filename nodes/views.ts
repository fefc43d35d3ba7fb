import { NODE_KINDS, nodeKind, type NodeKind } from './registry';
import type { NodeOfKind, NodeView } from './NodeCard';
import { NodeCard } from './NodeCard';
import { TouchpointView } from './touchpoint/View';
import { DecisionView } from './decision/View';
import { WaitView } from './wait/View';
import { ActionView } from './action/View';
import { OfferView } from './offer/View';
import { SurveyView } from './survey/View';
import { HandoffView } from './handoff/View';
import { SplitView } from './split/View';
import { OutcomeView } from './outcome/View';

/**
 * The trigger of an edge drawn out of a node on the canvas: `event` (named after the target),
 * `always` (a rule), or `none` when no edge may leave (no source handle). The kind's descriptor says.
 */
export type ConnectTrigger = 'event' | 'always' | 'none';

/** How the canvas draws a kind: its view, and how edges drawn out of it start. */
export interface NodeViewEntry<K extends NodeKind> {
  View: NodeView<NodeOfKind<K>>;
  connect: ConnectTrigger;
}

// Each kind's view: the component of its folder's View.tsx (imported here: this file also runs in
// Node, for the benchmarks, where there is no bundler to find the folders). `connect` comes from the
// kind's descriptor.
const VIEWS: { [K in NodeKind]: NodeView<NodeOfKind<K>> } = {
  touchpoint: TouchpointView,
  decision: DecisionView,
  wait: WaitView,
  action: ActionView,
  offer: OfferView,
  survey: SurveyView,
  handoff: HandoffView,
  split: SplitView,
  outcome: OutcomeView,
};

/** The one map from kind to view. */
export const NODE_VIEWS = Object.fromEntries(NODE_KINDS.map((k) => [k.kind, { View: VIEWS[k.kind], connect: k.connect ?? 'event' }])) as unknown as { [K in NodeKind]: NodeViewEntry<K> };

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
