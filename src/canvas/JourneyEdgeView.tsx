import { memo, useContext } from 'react';
import { BaseEdge, EdgeLabelRenderer, useStoreApi, type EdgeProps } from '@xyflow/react';
import { edgeRoute } from './edgeRoute';
import type { FlowEdge } from './toFlow';
import { triggerLabel, triggerField } from './triggerLabel';
import { requestFieldFocus } from '../inspector/fieldFocusRequest';
import { showInspector } from '../state/layoutActions';
import { EdgeRoutesContext } from './routing/EdgeRoutesContext';
import { polylinePath } from './routing/polylinePath';
import type { EdgeRouting } from './routing/routeJourney';
import { routeFits } from './routing/routeFits';

/**
 * An edge labelled with its trigger (`APPLY`, `⏱ 3d`, `rule`), drawn along its route around the
 * nodes (its label where it covers no node and no label) once the router has run, and as a plain
 * step path before that or while its ends move; parallel edges are drawn apart. Under
 * an overlay it is as wide as the overlay says and labelled with its figures instead.
 */
export const JourneyEdgeView = memo(function JourneyEdgeView(props: EdgeProps<FlowEdge>) {
  const { id, source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const store = useStoreApi();
  const routing = useContext(EdgeRoutesContext).get(id);
  const routed = routing && fits(routing, sourceX, sourceY, targetX, targetY) ? routing : undefined;
  const fallback = routed ? undefined : edgeRoute({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition }, data?.parallelIndex, data?.parallelCount);
  const path = routed ? polylinePath(routed.points) : fallback!.path;
  const labelX = routed?.label?.x ?? fallback?.labelX ?? 0;
  const labelY = routed?.label?.y ?? fallback?.labelY ?? 0;
  const leader = routed?.label?.leader ? routed.label : undefined;
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
      {leader ? <path className="je-leader" d={`M${leader.x},${leader.y} L${leader.anchor.x},${leader.anchor.y}`} /> : null}
      <BaseEdge
        id={id}
        path={path}
        data-routed={routed ? 'true' : 'false'}
        data-source={source}
        data-target={target}
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
          data-leader={leader ? 'true' : undefined}
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
            requestFieldFocus(id, triggerField(data.edge));
          }}
        >
          {heat?.label ?? (label.type === 'after' ? <AfterText text={label.text} /> : label.text)}
        </div>
      </EdgeLabelRenderer>
    </>
  );
});

/** Whether a route still starts and ends at the edge's handles. */
function fits(routing: EdgeRouting, sx: number, sy: number, tx: number, ty: number): boolean {
  return routeFits(routing.points, { x: sx, y: sy }, { x: tx, y: ty });
}

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
