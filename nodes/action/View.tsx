import { memo } from 'react';
import { Chip, NodeCard, type NodeOfKind, type NodeViewProps } from '../NodeCard';

/** An action of the organisation; shows how many entry actions it runs. */
export const ActionView = memo(function ActionView(props: NodeViewProps<NodeOfKind<'action'>>) {
  const n = props.node.actions?.length ?? 0;
  const names = (props.node.actions ?? []).map((a) => a.type).join(', ');
  return <NodeCard {...props} chips={n > 0 ? <Chip title={`On entry: ${names}`}>{n === 1 ? props.node.actions![0]!.type : `${n} actions`}</Chip> : null} />;
});

/** The view the canvas finds in this folder (nodes/views.ts). */
export default ActionView;
