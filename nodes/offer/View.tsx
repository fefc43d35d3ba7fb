import { memo } from 'react';
import { ChannelChip, Chip, NodeCard, type NodeOfKind, type NodeViewProps } from '../NodeCard';

/** An offer: product, channel and incentive. */
export const OfferView = memo(function OfferView(props: NodeViewProps<NodeOfKind<'offer'>>) {
  const { node } = props;
  return (
    <NodeCard
      {...props}
      chips={
        <>
          <Chip title={`Product: ${node.product}`} tone="accent">
            {node.product}
          </Chip>
          <ChannelChip channel={node.channel} />
          {node.incentive ? <Chip title={`Incentive ${node.incentive.name}, costs ${node.incentive.cost}`}>+{node.incentive.name}</Chip> : null}
        </>
      }
    />
  );
});

/** The view the canvas finds in this folder (nodes/views.ts). */
export default OfferView;
