import type { EdgeRouting } from './routeJourney';

const shown = new Map<string, ReadonlyMap<string, EdgeRouting>>();

/**
 * The routes a file's canvas draws its edges along, kept by file id so that a picture of the map
 * (drawn off the page) uses the same ones. Returns the function that forgets them.
 */
export function showRoutes(docId: string, routes: ReadonlyMap<string, EdgeRouting>): () => void {
  shown.set(docId, routes);
  return () => {
    if (shown.get(docId) === routes) shown.delete(docId);
  };
}

/** The routes a file's canvas shows now; undefined when it is not open or has not routed yet. */
export function shownRoutes(docId: string): ReadonlyMap<string, EdgeRouting> | undefined {
  const routes = shown.get(docId);
  return routes && routes.size > 0 ? routes : undefined;
}
