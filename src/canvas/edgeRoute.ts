import { getSmoothStepPath, Position } from '@xyflow/system';

/** Parallel edges between the same two nodes are drawn this far apart. */
export const PARALLEL_SPACING = 22;

export interface EdgeEnds {
  sourceX: number;
  sourceY: number;
  targetX: number;
  targetY: number;
  sourcePosition: Position;
  targetPosition: Position;
}

/** Where an edge runs and where its label sits (framework-free: the canvas and the map picture share it). */
export function edgeRoute(ends: EdgeEnds, parallelIndex = 0, parallelCount = 1): { path: string; labelX: number; labelY: number } {
  const spread = (parallelIndex - (parallelCount - 1) / 2) * PARALLEL_SPACING;
  const { sourceX, targetX } = ends;
  const [path, labelX, labelY] = getSmoothStepPath({ ...ends, borderRadius: 12, offset: 24 + Math.abs(spread), centerX: (sourceX + targetX) / 2 + spread });
  return { path, labelX, labelY: labelY + spread };
}
