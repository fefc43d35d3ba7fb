import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { LaneFlowNode } from './toFlow';

/** A lane's name in the gutter left of the map. */
export const LaneLabelNode = memo(function LaneLabelNode({ data }: NodeProps<LaneFlowNode>) {
  return (
    <div className={`jc-lane jc-lane-${data.kind}`} title={`${data.name} (${data.kind})`}>
      <span className="jc-lane-name">{data.name}</span>
      <span className="jc-lane-kind">{data.kind}</span>
    </div>
  );
});
