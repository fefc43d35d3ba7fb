import type { NodeKind } from './registry';
import type { NodeOfKind, NodeView } from './NodeCard';
import { NodeCard } from './NodeCard';
import { TouchpointView } from './touchpoint/View';
import { DecisionView } from './decision/View';
import { WaitView } from './wait/View';
import { ActionView } from './action/View';
import { OfferView } from './offer/View';
import { SurveyView } from './survey/View';
import { HandoffView } from './handoff/View';
import { OutcomeView } from './outcome/View';

/**
 * The trigger of an edge drawn out of a node on the canvas: `event` (named after the target),
 * `always` (a rule), or `none` when no edge may leave (no source handle).
 */
export type ConnectTrigger = 'event' | 'always' | 'none';

/** How the canvas draws a kind: its view, and how edges drawn out of it start. */
export interface NodeViewEntry<K extends NodeKind> {
  View: NodeView<NodeOfKind<K>>;
  connect: ConnectTrigger;
}

/** The one map from kind to view. */
export const NODE_VIEWS: { [K in NodeKind]: NodeViewEntry<K> } = {
  touchpoint: { View: TouchpointView, connect: 'event' },
  decision: { View: DecisionView, connect: 'always' },
  wait: { View: WaitView, connect: 'event' },
  action: { View: ActionView, connect: 'always' },
  offer: { View: OfferView, connect: 'event' },
  survey: { View: SurveyView, connect: 'event' },
  handoff: { View: HandoffView, connect: 'event' },
  outcome: { View: OutcomeView, connect: 'none' },
};

/** A view of any node. */
export interface AnyNodeViewEntry {
  View: NodeView;
  connect: ConnectTrigger;
}

const FALLBACK: AnyNodeViewEntry = { View: NodeCard, connect: 'event' };
const BY_KIND = NODE_VIEWS as unknown as Record<string, AnyNodeViewEntry | undefined>;

/** The view entry of a node's kind (a plain card for unknown kinds). */
export function viewOf(node: { kind: string }): AnyNodeViewEntry {
  return BY_KIND[node.kind] ?? FALLBACK;
}
