import { memo, useContext, useState } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { CanvasActionsContext } from './canvasActions';
import type { StageFlowNode } from './toFlow';

/** A stage's header above its column: double-click renames it; its handle starts stage-level edges. */
export const StageHeaderNode = memo(function StageHeaderNode({ data }: NodeProps<StageFlowNode>) {
  const { renameStage } = useContext(CanvasActionsContext);
  const [editing, setEditing] = useState(false);
  const stageId = data.stageId;
  const unstaged = stageId === undefined;
  const commit = (name: string) => {
    setEditing(false);
    if (stageId !== undefined && name.trim() !== '' && name !== data.name) renameStage(stageId, name.trim());
  };
  return (
    <div
      className={`jc-stage${unstaged ? ' jc-stage-unstaged' : ''}`}
      title={unstaged ? 'Nodes without a stage' : `Stage ${data.name} (${stageId}): double-click to rename, drag from the dot for a stage-level edge`}
      onDoubleClick={(e) => {
        if (unstaged) return;
        e.stopPropagation();
        setEditing(true);
      }}
    >
      {editing ? (
        <input
          className="jc-stage-input nodrag nopan nowheel"
          aria-label={`Name of stage ${stageId}`}
          defaultValue={data.name}
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          onBlur={(e) => commit(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(e.currentTarget.value);
            else if (e.key === 'Escape') setEditing(false);
          }}
        />
      ) : (
        <span className="jc-stage-name">{data.name}</span>
      )}
      <span className="jc-stage-count" title={`${data.count} node${data.count === 1 ? '' : 's'}`}>
        {data.count}
      </span>
      {unstaged ? null : <Handle type="source" position={Position.Bottom} className="jc-stage-handle" />}
    </div>
  );
});
