import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { viewOf } from '../../nodes/views';
import type { JourneyFlowNode } from './toFlow';
import { NodeOverlayMarks } from './NodeOverlayMarks';

/** A journey node on the canvas: the kind's view between its handles, and an overlay's marks over it. */
export const JourneyFlowNodeView = memo(function JourneyFlowNodeView({ data, selected }: NodeProps<JourneyFlowNode>) {
  const { View } = viewOf(data.node);
  return (
    <>
      <Handle type="target" position={Position.Left} className="jn-handle jn-handle-target" title="Drop a connection here" />
      <View node={data.node} selected={selected} issues={data.issues} team={data.team} isStart={data.isStart} overlay={data.overlay} />
      {data.outgoing ? <Handle type="source" position={Position.Right} className="jn-handle jn-handle-source" title="Drag to connect" /> : null}
      {data.overlay ? <NodeOverlayMarks overlay={data.overlay} nodeId={data.node.id} /> : null}
    </>
  );
});
