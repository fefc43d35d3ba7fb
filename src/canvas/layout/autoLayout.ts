import type { ELK, ElkNode } from 'elkjs/lib/elk-api';
import type { Journey } from '../../../runtime/model/journey';
import type { Position } from '../../../runtime/model/primitives';
import { gridOf } from '../gridOf';
import { NODE_HEIGHT, NODE_WIDTH } from '../nodeSize';
import { placeInGrid } from './placeInGrid';

let elk: Promise<ELK> | undefined;

/** elkjs, loaded on first use (its own chunk). */
function loadElk(): Promise<ELK> {
  elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: ElkConstructor }) => new ElkConstructor());
  return elk;
}

/** The ELK graph of a journey: layered, left to right, one partition per stage column. */
export function elkGraphOf(journey: Journey): ElkNode {
  const grid = gridOf(journey);
  const ids = new Set(grid.cells.keys());
  return {
    id: 'journey',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.partitioning.activate': 'true',
      'elk.layered.spacing.nodeNodeBetweenLayers': '60',
      'elk.spacing.nodeNode': '30',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: [...grid.cells].map(([id, cell]) => ({
      id,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      layoutOptions: { 'elk.partitioning.partition': String(cell.column) },
    })),
    edges: journey.edges
      .filter((e, i, all) => ids.has(e.from) && ids.has(e.to) && e.from !== e.to && all.findIndex((x) => x.id === e.id) === i)
      .map((e) => ({ id: e.id, sources: [e.from], targets: [e.to] })),
  };
}

/**
 * Auto-layout that keeps lanes and stages: ELK orders the nodes (layers left to right, crossing
 * minimisation), then every node is placed in its own stage column and lane row.
 */
export async function autoLayout(journey: Journey): Promise<Record<string, Position>> {
  const engine = await loadElk();
  const laid = await engine.layout(elkGraphOf(journey));
  const order = new Map<string, Position>();
  for (const child of laid.children ?? []) order.set(child.id, { x: child.x ?? 0, y: child.y ?? 0 });
  return placeInGrid(journey, order);
}
