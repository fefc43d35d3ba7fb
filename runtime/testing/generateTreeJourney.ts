export interface TreeJourneyOptions {
  /** Ways out of each inner node (default 2). */
  branching?: number;
}

/**
 * A valid journey shaped as a tree of `size` nodes, in heap order: node i offers `branching` events
 * leading to nodes i·b+1 … i·b+b; nodes without children are outcomes. Each level of the tree is a
 * stage (so the last stages hold most of the nodes), each inner node has a timer back to a
 * shared outcome, and each stage has a stage-level way out (`CANCEL`), as real maps do.
 */
export function generateTreeJourney(size: number, options: TreeJourneyOptions = {}): Record<string, unknown> & { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] } {
  const b = Math.max(1, options.branching ?? 2);
  const n = Math.max(2, size - 1); // the tree; one more node: the shared outcome
  const levelOf: number[] = [];
  for (let i = 0, level = 0, end = 1, width = 1; i < n; i++) {
    if (i === end) {
      level++;
      width *= b;
      end += width;
    }
    levelOf.push(level);
  }
  const levels = levelOf[n - 1]! + 1;
  const nodes: Record<string, unknown>[] = [];
  const edges: Record<string, unknown>[] = [];
  const events = Array.from({ length: b }, (_, k) => `CHOOSE_${k + 1}`);
  for (let i = 0; i < n; i++) {
    const first = i * b + 1;
    const stage = `level-${levelOf[i]}`;
    if (first >= n) {
      nodes.push({ id: `n${i}`, kind: 'outcome', label: `End ${i}`, result: i % 2 ? 'success' : 'neutral', stage });
      continue;
    }
    nodes.push({ id: `n${i}`, kind: 'touchpoint', label: `Step ${i}`, channel: 'app', stage });
    for (let k = 0; k < b && first + k < n; k++) {
      edges.push({ id: `e${first + k}`, from: `n${i}`, to: `n${first + k}`, event: events[k], sim: { p: 0.9 / b, delay: '2h' } });
    }
    edges.push({ id: `t${i}`, from: `n${i}`, to: 'lapsed', after: '7d' });
  }
  nodes.push({ id: 'lapsed', kind: 'outcome', label: 'Lapsed', result: 'churn' });
  for (let l = 0; l < levels; l++) edges.push({ id: `cancel-${l}`, from: `level-${l}`, to: 'lapsed', event: 'CANCEL', sim: { p: 0.05, delay: '1d' } });
  return {
    format: 'journey/1', id: `tree-${size}`, name: `Generated ${size}-node tree`,
    stages: Array.from({ length: levels }, (_, l) => ({ id: `level-${l}`, name: `Level ${l + 1}` })),
    start: 'n0', nodes, edges,
  };
}
