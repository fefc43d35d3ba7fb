import { createContext } from 'react';
import type { EdgeRouting } from './routeJourney';

/** The routes of the canvas's edges by edge id; empty until the router has run (edges then draw their fallback path). */
export const EdgeRoutesContext = createContext<ReadonlyMap<string, EdgeRouting>>(new Map());
