import type { EdgeRouting, RoutedEdgeInput, RoutedNode } from './routeJourney';

export interface RouteRequest {
  seq: number;
  nodes: RoutedNode[];
  edges: RoutedEdgeInput[];
}

export type RouteReply = { seq: number; ok: true; ms: number; routes: [string, EdgeRouting][] } | { seq: number; ok: false; message: string };

let worker: Worker | undefined;
let seq = 0;
const waiting = new Map<number, { resolve: (r: { ms: number; routes: Map<string, EdgeRouting> }) => void; reject: (e: Error) => void }>();

/** Route a journey in the routing worker (started on first use, kept for the next passes). */
export function routeOffThread(nodes: RoutedNode[], edges: RoutedEdgeInput[]): Promise<{ ms: number; routes: Map<string, EdgeRouting> }> {
  if (typeof Worker === 'undefined') return Promise.reject(new Error('no workers here'));
  if (!worker) {
    try {
      worker = new Worker(new URL('./routeWorker.ts', import.meta.url), { type: 'module', name: 'edge-routing' });
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    worker.onmessage = (e: MessageEvent<RouteReply>) => {
      const m = e.data;
      const w = waiting.get(m.seq);
      waiting.delete(m.seq);
      if (!w) return;
      if (m.ok) w.resolve({ ms: m.ms, routes: new Map(m.routes) });
      else w.reject(new Error(m.message));
    };
    worker.onerror = (e) => {
      for (const w of waiting.values()) w.reject(new Error(e.message || 'the routing worker failed'));
      waiting.clear();
      worker?.terminate();
      worker = undefined;
    };
  }
  const request: RouteRequest = { seq: ++seq, nodes, edges };
  return new Promise((resolve, reject) => {
    waiting.set(request.seq, { resolve, reject });
    worker!.postMessage(request);
  });
}
