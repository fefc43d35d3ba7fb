import { memo } from 'react';
import { Chip, NodeCard, type NodeOfKind, type NodeViewProps } from '../NodeCard';

/** A handoff: to whom, and whether the customer repeats information. */
export const HandoffView = memo(function HandoffView(props: NodeViewProps<NodeOfKind<'handoff'>>) {
  const { node } = props;
  return (
    <NodeCard
      {...props}
      chips={
        <>
          {node.toTeam ? <Chip title={`Handed to ${node.toTeam}`}>→ {node.toTeam}</Chip> : null}
          {node.repeatsInfo ? (
            <Chip tone="warning" title="The customer has to repeat information">
              repeats info
            </Chip>
          ) : (
            <Chip tone="ok" title="Context travels with the customer">
              seamless
            </Chip>
          )}
        </>
      }
    />
  );
});

/** The view the canvas finds in this folder (nodes/views.ts). */
export default HandoffView;
