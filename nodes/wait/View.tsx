import { memo } from 'react';
import { NodeCard, type NodeOfKind, type NodeViewProps } from '../NodeCard';

/** A wait: the customer or the world takes its time (the timers are its edges). */
export const WaitView = memo(function WaitView(props: NodeViewProps<NodeOfKind<'wait'>>) {
  return <NodeCard {...props} />;
});

/** The view the canvas finds in this folder (nodes/views.ts). */
export default WaitView;
