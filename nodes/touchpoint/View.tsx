import { memo } from 'react';
import { ChannelChip, NodeCard, type NodeOfKind, type NodeViewProps } from '../NodeCard';

/** A touchpoint: the channel the customer uses. */
export const TouchpointView = memo(function TouchpointView(props: NodeViewProps<NodeOfKind<'touchpoint'>>) {
  return <NodeCard {...props} chips={<ChannelChip channel={props.node.channel} />} />;
});

/** The view the canvas finds in this folder (nodes/views.ts). */
export default TouchpointView;
