import { useEffect, useMemo, useRef, useState } from 'react';
import type { FlowEdge, FlowNode } from '../toFlow';
import { triggerLabel } from '../triggerLabel';
import type { EdgeRouting, RoutedEdgeInput, RoutedNode } from './routeJourney';
import { routeOffThread } from './routeOffThread';

/** Quiet time after the last change before the journey is routed again. */
export const ROUTE_DELAY_MS = 120;
/**
 * The first pass of a canvas waits for the page to be idle (at most this long): the map draws
 * first with its plain paths, and loading the router and routing do not compete with it.
 */
export const FIRST_ROUTE_IDLE_MS = 2000;

/** Run `f` once the page is idle (or after `timeout` ms), or after `delay` ms; the returned function cancels it. */
function schedule(f: () => void, first: boolean): () => void {
  if (first && typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(f, { timeout: FIRST_ROUTE_IDLE_MS });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(f, ROUTE_DELAY_MS);
  return () => clearTimeout(timer);
}

const NO_ROUTES: ReadonlyMap<string, EdgeRouting> = new Map();

/**
 * Whether the routes drawn are those of the cards and edges shown: `pending` while a pass is due or
 * running (labels may still move), `settled` once it is drawn, `unavailable` when the router
 * cannot load (edges keep their plain paths).
 */
export type RoutesState = 'pending' | 'settled' | 'unavailable';

/**
 * Routes for every edge of the canvas, computed in one pass by libavoid in a worker (both loaded
 * on first use), again a moment after nodes move or edges change; while `paused` (a drag) the last
 * ones stay. Each pass is timed (in the worker) as the `edge-routing` performance measure.
 */
export function useEdgeRoutes(nodes: readonly FlowNode[], edges: readonly FlowEdge[], paused: boolean): { routes: ReadonlyMap<string, EdgeRouting>; state: RoutesState } {
  const [drawn, setDrawn] = useState<{ routes: ReadonlyMap<string, EdgeRouting>; key: string | undefined; failed: boolean }>({ routes: NO_ROUTES, key: undefined, failed: false });
  const routes = drawn.routes;
  const input = useMemo(() => routingInput(nodes, edges), [nodes, edges]);
  const key = useMemo(() => JSON.stringify(input), [input]);
  const latest = useRef(input);
  useEffect(() => {
    latest.current = input;
  }, [input]);
  useEffect(() => {
    if (paused) return;
    let cancelled = false;
    const cancel = schedule(() => {
      const asked = performance.now();
      routeOffThread(latest.current.nodes, latest.current.edges)
        .then(({ ms, routes: next }) => {
          if (cancelled) return;
          const end = performance.now();
          performance.measure('edge-routing', { start: end - ms, end, detail: { edges: next.size, roundTripMs: end - asked } });
          setDrawn({ routes: next, key, failed: false });
        })
        .catch((e: unknown) => {
          console.warn('Edge routing unavailable; edges keep their plain paths.', e);
          if (!cancelled) setDrawn((d) => ({ ...d, failed: true }));
        });
    }, routes === NO_ROUTES);
    return () => {
      cancelled = true;
      cancel();
    };
  }, [key, paused]);
  return { routes, state: drawn.failed ? 'unavailable' : drawn.key === key ? 'settled' : 'pending' };
}

/** What the router is given: the journey cards and stage headers, and each edge with the text of its label. */
export function routingInput(nodes: readonly FlowNode[], edges: readonly FlowEdge[]): { nodes: RoutedNode[]; edges: RoutedEdgeInput[] } {
  return {
    nodes: nodes.filter((n) => n.type === 'journey' || n.type === 'stage').map((n) => ({ id: n.id, type: n.type, position: n.position, width: n.width, height: n.height })),
    edges: edges.map((e) => ({ id: e.id, source: e.source, target: e.target, fromStage: e.data?.fromStage ?? false, label: e.data ? (e.data.overlay?.label ?? triggerLabel(e.data.edge).text) : '' })),
  };
}
