import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type JSX, type ReactNode } from 'react';
import {
  Background,
  BackgroundVariant,
  ReactFlow,
  ReactFlowProvider,
  getNodesBounds,
  useReactFlow,
  useStoreApi,
  type Connection,
  type EdgeChange,
  type EdgeTypes,
  type IsValidConnection,
  type NodeChange,
  type NodeTypes,
  type Viewport,
  type XYPosition,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import '../../nodes/nodeCard.css';
import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import type { Journey } from '../../runtime/model/journey';
import { connectEdit, dropEdit, moveEdit, reconnectEdit, renameStageEdit } from './canvasEdits';
import { CanvasActionsContext, type CanvasActions } from './canvasActions';
import { releaseCanvas, setActiveCanvas, type CanvasController } from './canvasController';
import { EmotionCurve } from './EmotionCurve';
import { draggedPositions, overlayPositions, selectionAfterChanges } from './flowChanges';
import { GridLayer } from './GridLayer';
import { JourneyEdgeView, EdgeMarkers } from './JourneyEdgeView';
import { JourneyFlowNodeView } from './JourneyFlowNodeView';
import { LaneLabelNode } from './LaneLabelNode';
import { LaneRail } from './LaneRail';
import { sameSelection, type Selection } from './selection';
import { StageHeaderNode } from './StageHeaderNode';
import { toFlow, type Flow, type FlowEdge, type FlowNode } from './toFlow';
import { initialViewport } from './initialViewport';
import { revealCenter } from './revealCenter';
import type { CanvasOverlay } from './canvasOverlay';
import { OverlayLegend } from './OverlayLegend';
import { CanvasToolbar, TOOLBAR_RESERVE } from './CanvasToolbar';
import { CanvasMinimap } from './CanvasMinimap';
import { StageStrip } from './StageStrip';
import { ReadableNotice } from './ReadableNotice';
import { currentStage, fitOverview, fitReadable, fitStage, panToStage, READABLE_ZOOM, type ViewArea } from './viewportFit';
import { rememberedViewport, rememberViewport } from './viewportMemory';
import { EdgeRoutesContext } from './routing/EdgeRoutesContext';
import { useEdgeRoutes } from './routing/useEdgeRoutes';
import { showRoutes } from './routing/shownRoutes';
import { useLayout } from '../state/layoutStore';

export type { Selection } from './selection';

/** The drag-and-drop type of palette items: the data is the node kind. */
export const NODE_KIND_MIME = 'application/x-journey-node-kind';

export interface JourneyCanvasProps {
  journey: Journey;
  diagnostics: Diagnostic[];
  selection: Selection;
  onSelectionChange(s: Selection): void;
  /** Every edit: the next whole document (made with the pure ops) and its history label. */
  onEdit(next: Journey, label: string): void;
  /** Results painted over the map (simulation, replay, comparison), with a legend. */
  overlay?: CanvasOverlay | undefined;
  /** The legend's close button; without it the legend has none. */
  onDismissOverlay?: (() => void) | undefined;
  /** The file's id: its viewport is remembered under it (UI state, across tab switches and reloads). */
  viewKey?: string | undefined;
  /** A drag in progress (positions of the dragged nodes), and null when it ends: shown to others in a shared file. */
  onDragMove?: ((positions: Record<string, XYPosition> | null) => void) | undefined;
  /** Drawn inside the map, in its coordinates (others' cursors and selections in a shared file). */
  children?: ReactNode;
}

const nodeTypes: NodeTypes = { journey: JourneyFlowNodeView, stage: StageHeaderNode, lane: LaneLabelNode };
const edgeTypes: EdgeTypes = { journey: JourneyEdgeView };
const NO_DRAG: ReadonlyMap<string, XYPosition> = new Map();
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const ZOOM_MS = 150;
const FIT_MS = 250;
const REVEAL_MS = 250;

/**
 * The journey map: stage columns × lane rows, nodes, edges, minimap and the emotion curve. A
 * projection of the document: it keeps nothing but a drag in progress, and reports every change
 * as a whole next document through `onEdit`.
 */
export function JourneyCanvas(props: JourneyCanvasProps): JSX.Element {
  return (
    <ReactFlowProvider>
      <CanvasView {...props} />
    </ReactFlowProvider>
  );
}

function CanvasView({ journey, diagnostics, selection, onSelectionChange, onEdit, overlay, onDismissOverlay, viewKey, onDragMove, children }: JourneyCanvasProps) {
  const rf = useReactFlow<FlowNode, FlowEdge>();
  const store = useStoreApi<FlowNode, FlowEdge>();
  const rootRef = useRef<HTMLDivElement>(null);

  // The projection, sharing the objects of unchanged elements with the previous one.
  const [cache] = useState<{ flow?: Flow }>(() => ({}));
  const flow = useMemo(() => {
    const f = toFlow(journey, diagnostics, selection, cache.flow, overlay);
    cache.flow = f;
    return f;
  }, [journey, diagnostics, selection, cache, overlay]);

  // A drag in progress: the only state kept here.
  const [drag, setDrag] = useState<ReadonlyMap<string, XYPosition>>(NO_DRAG);
  const nodes = useMemo(() => overlayPositions(flow.nodes, drag), [flow.nodes, drag]);
  const { routes, state: routesState } = useEdgeRoutes(nodes, flow.edges, drag.size > 0);
  const emotionCurveOpen = useLayout((s) => s.emotionCurveOpen);
  // A picture of the map draws its edges along these same routes.
  useEffect(() => (viewKey ? showRoutes(viewKey, routes) : undefined), [viewKey, routes]);

  // Latest values for event handlers (React Flow may call several of them before a re-render).
  const latest = useRef({ journey, flow, selection, onEdit, onSelectionChange, drag, onDragMove });
  useEffect(() => {
    latest.current = { ...latest.current, journey, flow, selection, onEdit, onSelectionChange, onDragMove };
  }, [journey, flow, selection, onEdit, onSelectionChange, onDragMove]);

  const emitSelection = useCallback((next: Selection) => {
    if (sameSelection(next, latest.current.selection)) return;
    latest.current.selection = next;
    latest.current.onSelectionChange(next);
  }, []);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const { journey: j, flow: f } = latest.current;
      const dragging = draggedPositions(changes.filter((c) => c.type === 'position' && c.dragging));
      if (dragging.size > 0) {
        const next = new Map(latest.current.drag);
        for (const [id, p] of dragging) next.set(id, p);
        latest.current.drag = next;
        setDrag(next);
        latest.current.onDragMove?.(Object.fromEntries(next));
      }
      const dropped = draggedPositions(changes.filter((c) => c.type === 'position' && !c.dragging));
      if (dropped.size > 0) {
        const moved = new Map([...latest.current.drag, ...dropped]);
        latest.current.drag = NO_DRAG;
        setDrag(NO_DRAG);
        latest.current.onDragMove?.(null);
        const edit = moveEdit(j, f.grid, moved);
        if (edit) latest.current.onEdit(edit.journey, edit.label);
      }
      if (changes.some((c) => c.type === 'select')) emitSelection(selectionAfterChanges(latest.current.selection, changes, [], (id) => !id.includes(':')));
    },
    [emitSelection],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      if (changes.some((c) => c.type === 'select')) emitSelection(selectionAfterChanges(latest.current.selection, [], changes));
    },
    [emitSelection],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      const edit = connectEdit(latest.current.journey, c.source, c.target);
      if (!edit) return;
      latest.current.onEdit(edit.journey, edit.label);
      emitSelection({ nodes: [], edges: [edit.edgeId] });
    },
    [emitSelection],
  );

  const onReconnect = useCallback((old: FlowEdge, c: Connection) => {
    const edit = reconnectEdit(latest.current.journey, old.id, c.source, c.target);
    if (edit) latest.current.onEdit(edit.journey, edit.label);
  }, []);

  const isValidConnection = useCallback<IsValidConnection<FlowEdge>>((c) => c.source !== c.target && !c.target.includes(':'), []);

  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(NODE_KIND_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const kind = e.dataTransfer.getData(NODE_KIND_MIME);
      if (!kind) return;
      e.preventDefault();
      const point = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const edit = dropEdit(latest.current.journey, latest.current.flow.grid, kind, point);
      if (!edit) return;
      latest.current.onEdit(edit.journey, edit.label);
      emitSelection({ nodes: [edit.nodeId], edges: [] });
    },
    [rf, emitSelection],
  );

  // Commands reach the canvas the user worked with last.
  const controller = useMemo<CanvasController>(() => {
    /** Where the last reveal's animation ends (a reveal during it judges from there, not from a frame of it). */
    let panning: { transform: [number, number, number]; until: number } | null = null;
    /** The visible canvas, the toolbar's strip at its top edge left free by every fit. */
    const area = (): ViewArea => ({ width: store.getState().width, height: store.getState().height, top: TOOLBAR_RESERVE });
    const viewport = (): Viewport => {
      const [x, y, zoom] = store.getState().transform;
      return { x, y, zoom };
    };
    const go = (v: Viewport | undefined) => v && void rf.setViewport(v, { duration: FIT_MS });
    const selectedStage = () => {
      const { flow: f, selection: s } = latest.current;
      const columns = s.nodes.flatMap((id) => f.grid.cells.get(id)?.column ?? []);
      return columns.length > 0 ? Math.min(...columns) : -1;
    };
    return {
      fitView: () => go(fitReadable(latest.current.flow.grid, area())),
      fitOverview: () => go(fitOverview(latest.current.flow.grid, area()).viewport),
      fitStage: () => {
        const grid = latest.current.flow.grid;
        const at = selectedStage();
        go(fitStage(grid, at >= 0 ? at : Math.max(0, currentStage(grid, viewport(), area())), area()));
      },
      goToStage: (index) => go(panToStage(latest.current.flow.grid, index, viewport(), area())),
      stageNames: () => latest.current.flow.grid.columns.map((c) => c.name),
      zoomIn: () => void rf.zoomIn({ duration: ZOOM_MS }),
      zoomOut: () => void rf.zoomOut({ duration: ZOOM_MS }),
      zoomTo: (level) => void rf.zoomTo(level, { duration: ZOOM_MS }),
      viewportCenter: () => {
        const r = rootRef.current?.querySelector('.react-flow')?.getBoundingClientRect();
        return r ? rf.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 }) : { x: 0, y: 0 };
      },
      revealNodes: (ids) => {
        const nodes = ids.flatMap((id) => rf.getInternalNode(id) ?? []);
        if (nodes.length === 0) return;
        const state = store.getState();
        const transform = panning && performance.now() < panning.until ? panning.transform : state.transform;
        const to = revealCenter(getNodesBounds(nodes), transform, state.width, state.height);
        if (!to) return;
        const zoom = transform[2];
        panning = { transform: [state.width / 2 - to.x * zoom, state.height / 2 - to.y * zoom, zoom], until: performance.now() + REVEAL_MS };
        void rf.setCenter(to.x, to.y, { zoom, duration: REVEAL_MS });
      },
    };
  }, [rf, store]);
  useEffect(() => {
    setActiveCanvas(controller);
    return () => releaseCanvas(controller);
  }, [controller]);

  const actions = useMemo<CanvasActions>(
    () => ({
      renameStage: (stageId, name) => {
        const edit = renameStageEdit(latest.current.journey, stageId, name);
        if (edit) latest.current.onEdit(edit.journey, edit.label);
      },
    }),
    [],
  );

  // A journey opens where it was left, else whole when it fits at a readable zoom, else at its first stage.
  const onInit = useCallback(() => {
    const remembered = viewKey ? rememberedViewport(viewKey) : undefined;
    if (remembered) return void rf.setViewport(remembered);
    const { width, height } = store.getState();
    if (width <= 0 || height <= TOOLBAR_RESERVE) return;
    // below the toolbar's strip at the top edge
    void rf.setViewport(initialViewport(latest.current.flow.grid, width, height, TOOLBAR_RESERVE));
  }, [rf, store, viewKey]);
  const onMoveEnd = useCallback((_: unknown, v: Viewport) => viewKey && rememberViewport(viewKey, v), [viewKey]);
  const readHere = useCallback(() => void rf.zoomTo(READABLE_ZOOM, { duration: ZOOM_MS }), [rf]);
  const goToStage = useCallback((i: number) => controller.goToStage?.(i), [controller]);

  const onSelectFromCurve = useCallback(
    (id: string, additive: boolean) => {
      const s = latest.current.selection;
      emitSelection(additive ? { nodes: s.nodes.includes(id) ? s.nodes.filter((x) => x !== id) : [...s.nodes, id], edges: s.edges } : { nodes: [id], edges: [] });
    },
    [emitSelection],
  );

  return (
    <CanvasActionsContext.Provider value={actions}>
      <div className={`jc-root${overlay ? ` jo-on jo-source-${overlay.source}` : ''}`} data-testid="journey-canvas" data-routes={routesState} ref={rootRef} onPointerDownCapture={() => setActiveCanvas(controller)} onDragOver={onDragOver} onDrop={onDrop}>
        <EdgeMarkers />
        {overlay && <OverlayLegend overlay={overlay} onDismiss={onDismissOverlay} />}
        <StageStrip grid={flow.grid} top={TOOLBAR_RESERVE} onGo={goToStage} />
        <div className="jc-flow">
          <EdgeRoutesContext.Provider value={routes}>
            <ReactFlow<FlowNode, FlowEdge>
              nodes={nodes}
              edges={flow.edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodesChange={onNodesChange}
              onEdgesChange={onEdgesChange}
              onConnect={onConnect}
              onReconnect={onReconnect}
              isValidConnection={isValidConnection}
              deleteKeyCode={null}
              selectionKeyCode="Shift"
              zoomOnDoubleClick={false}
              multiSelectionKeyCode={MULTI_SELECT_KEYS}
              connectionRadius={36}
              minZoom={0.08}
              maxZoom={2.5}
              onInit={onInit}
              onMoveEnd={onMoveEnd}
              onlyRenderVisibleElements={journey.nodes.length > 150}
            >
              <GridLayer grid={flow.grid} />
              <LaneRail grid={flow.grid} />
              <Background variant={BackgroundVariant.Dots} gap={24} size={1} className="jc-background" />
              <CanvasMinimap grid={flow.grid} />
              {children}
            </ReactFlow>
          </EdgeRoutesContext.Provider>
          <CanvasToolbar />
          <ReadableNotice onRead={readHere} />
        </div>
        {emotionCurveOpen ? <EmotionCurve journey={journey} grid={flow.grid} docId={viewKey} selected={selection.nodes} onSelectNode={onSelectFromCurve} /> : null}
      </div>
    </CanvasActionsContext.Provider>
  );
}
