import type { Journey } from '../../runtime/model/journey';
import { gridOf } from './gridOf';

export interface EmotionPoint {
  nodeId: string;
  label: string;
  /** Index of the node's stage column. */
  column: number;
  /** −2…+2; undefined when the emotion is a CEL expression (only known per customer). */
  value: number | undefined;
  expr?: string;
  momentOfTruth: boolean;
}

export interface EmotionSeries {
  points: EmotionPoint[];
  /** Each stage column that has points: its name and the index range of its points. */
  stages: { name: string; first: number; last: number }[];
}

/** The emotion curve: nodes with an emotion, ordered by stage column then x position. */
export function emotionPoints(journey: Journey): EmotionSeries {
  const grid = gridOf(journey);
  const withEmotion = journey.nodes
    .filter((n) => n.emotion !== undefined && grid.cells.has(n.id))
    .map((n) => ({ n, cell: grid.cells.get(n.id)!, at: grid.positions.get(n.id)! }))
    .sort((a, b) => a.cell.column - b.cell.column || a.at.x - b.at.x || a.cell.row - b.cell.row || a.at.y - b.at.y);
  const points: EmotionPoint[] = withEmotion.map(({ n, cell }) => {
    const p: EmotionPoint = { nodeId: n.id, label: n.label || n.id, column: cell.column, value: typeof n.emotion === 'number' ? Math.max(-2, Math.min(2, n.emotion)) : undefined, momentOfTruth: n.momentOfTruth === true };
    if (typeof n.emotion === 'string') p.expr = n.emotion;
    return p;
  });
  const stages: EmotionSeries['stages'] = [];
  points.forEach((p, i) => {
    const last = stages[stages.length - 1];
    if (last && grid.columns[p.column]!.name === last.name && points[last.last]!.column === p.column) last.last = i;
    else stages.push({ name: grid.columns[p.column]!.name, first: i, last: i });
  });
  return { points, stages };
}
