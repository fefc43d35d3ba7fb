import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, useStoreApi, type EdgeProps } from '@xyflow/react';
import { edgeRoute } from './edgeRoute';
import type { FlowEdge } from './toFlow';
import { triggerLabel, triggerField } from './triggerLabel';
import { focusEdgeField } from './focusInspectorField';
import { showInspector } from '../state/layoutActions';

/**
 * An edge labelled with its trigger (`APPLY`, `⏱ 3d`, `rule`); parallel edges are drawn apart. Under
 * an overlay it is as wide as the overlay says and labelled with its figures instead.
 */
export const JourneyEdgeView = memo(function JourneyEdgeView(props: EdgeProps<FlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const store = useStoreApi();
  const { path, labelX, labelY } = edgeRoute({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition }, data?.parallelIndex, data?.parallelCount);
  if (!data) return <BaseEdge id={id} path={path} />;
  const label = triggerLabel(data.edge);
  const heat = data.overlay;
  const severity = data.issues?.errors ? 'error' : data.issues?.warnings ? 'warning' : '';
  const tone = severity || (selected ? 'selected' : heat ? 'heat' : label.type);
  const about = `${label.title}\n(double-click to edit the ${label.type === 'event' ? 'event' : 'trigger'})`;
  const trigger = data.issues ? `${about}\n\n${data.issues.messages.join('\n')}` : about;
  const title = heat?.label ? `${heat.label}\n${trigger}` : trigger;
  const heatClass = heat ? ` je-heat je-heat-${heat.tone ?? 'flow'}` : '';
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`je-path je-${label.type}${severity ? ` je-${severity}` : ''}${selected ? ' je-selected' : ''}${heatClass}`}
        style={heat?.width ? { strokeWidth: heat.width } : undefined}
        markerEnd={`url(#je-arrow-${tone})`}
        interactionWidth={16}
      />
      <EdgeLabelRenderer>
        <div
          className={`je-label je-label-${label.type} nodrag nopan${selected ? ' je-selected' : ''}${severity ? ` je-${severity}` : ''}${data.fromStage ? ' je-from-stage' : ''}${data.edge.guard && !heat?.label ? ' je-guarded' : ''}${heat?.label ? ' je-label-heat' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          title={title}
          data-testid={`edge-${id}`}
          onClick={(e) => {
            e.stopPropagation();
            const { addSelectedEdges, multiSelectionActive, edgeLookup, triggerEdgeChanges } = store.getState();
            if (multiSelectionActive || e.shiftKey) triggerEdgeChanges([{ type: 'select', id, selected: !edgeLookup.get(id)?.selected }]);
            else addSelectedEdges([id]);
          }}
          onDoubleClick={(e) => {
            // Edit the trigger where it is shown: the edge alone selected, its inspector field focused.
            e.stopPropagation();
            store.getState().addSelectedEdges([id]);
            showInspector();
            focusEdgeField(id, triggerField(data.edge));
          }}
        >
          {heat?.label ?? (label.type === 'after' ? <AfterText text={label.text} /> : label.text)}
        </div>
      </EdgeLabelRenderer>
    </>
  );
});

/** `⏱ 3d`, with the clock drawn (emoji fonts vary) and the text kept for copy, search and tests. */
function AfterText({ text }: { text: string }) {
  return (
    <>
      <svg className="je-clock" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
        <circle cx="5" cy="5" r="4.2" fill="none" stroke="currentColor" strokeWidth="1.2" />
        <path d="M5 2.6V5l1.6 1" fill="none" stroke="currentColor" strokeWidth="1.2" strokeLinecap="round" />
      </svg>
      <span className="je-clock-glyph">{text.slice(0, 2)}</span>
      {text.slice(2)}
    </>
  );
}

/** The arrow heads edges use (one set per canvas; ids are document-wide and identical). */
export function EdgeMarkers() {
  const tones = ['event', 'after', 'always', 'none', 'many', 'selected', 'error', 'warning', 'heat'];
  return (
    <svg className="je-markers" width="0" height="0" aria-hidden="true">
      <defs>
        {tones.map((t) => (
          <marker key={t} id={`je-arrow-${t}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse" markerUnits="userSpaceOnUse">
            <path d="M0,0 L10,5 L0,10 z" className={`je-arrow je-arrow-${t}`} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
