/** What is selected on the canvas: journey node ids and edge ids. */
export interface Selection {
  nodes: string[];
  edges: string[];
}

export const EMPTY_SELECTION: Selection = { nodes: [], edges: [] };

export function isEmptySelection(s: Selection): boolean {
  return s.nodes.length === 0 && s.edges.length === 0;
}

export function sameSelection(a: Selection, b: Selection): boolean {
  return sameSet(a.nodes, b.nodes) && sameSet(a.edges, b.edges);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const s = new Set(a);
  return b.every((x) => s.has(x));
}
