// The canvas's edges routed off the page's thread: `new Worker(new URL('./routeWorker.ts',
// import.meta.url), { type: 'module' })`; each request in (nodes, edges, a sequence number), its
// routes out with the time the pass took, or the error.
import { loadAvoid } from './loadAvoid';
import { routeJourney } from './routeJourney';
import type { RouteReply, RouteRequest } from './routeOffThread';

self.onmessage = async (e: MessageEvent<RouteRequest>) => {
  const { seq, nodes, edges } = e.data;
  try {
    const avoid = await loadAvoid();
    const start = performance.now();
    const routes = routeJourney(avoid, nodes, edges);
    const reply: RouteReply = { seq, ok: true, ms: performance.now() - start, routes: [...routes] };
    self.postMessage(reply);
  } catch (err) {
    self.postMessage({ seq, ok: false, message: err instanceof Error ? err.message : String(err) } satisfies RouteReply);
  }
};
