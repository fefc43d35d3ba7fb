import { memo } from 'react';
import { NodeCard, type NodeOfKind, type NodeViewProps } from '../NodeCard';

/** A decision: a business rule; its branches are the rule edges out. */
export const DecisionView = memo(function DecisionView(props: NodeViewProps<NodeOfKind<'decision'>>) {
  return <NodeCard {...props} />;
});

/** The view the canvas finds in this folder (nodes/views.ts). */
export default DecisionView;
