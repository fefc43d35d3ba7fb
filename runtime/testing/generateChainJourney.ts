export interface ChainJourneyOptions {
  /** How many stages the chain runs through, in order (default none: every node at the top level). */
  stages?: number;
}

/**
 * A valid journey that is one long line: `size − 1` touchpoints, each going on to the next on an
 * event (with its `sim`) or giving up after a day, and a success outcome at the end. The deepest
 * journey of its size: a walk that recursed once per node would overflow the stack on it.
 */
export function generateChainJourney(size: number, options: ChainJourneyOptions = {}): Record<string, unknown> & { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] } {
  const body = Math.max(1, size - 2);
  const stageCount = Math.max(0, Math.min(options.stages ?? 0, body));
  const perStage = Math.ceil(body / Math.max(1, stageCount));
  const stageOf = (i: number) => (stageCount > 0 ? { stage: `stage-${Math.floor(i / perStage)}` } : {});
  const nodes: Record<string, unknown>[] = [];
  const edges: Record<string, unknown>[] = [];
  for (let i = 0; i < body; i++) {
    nodes.push({ id: `n${i}`, kind: 'touchpoint', label: `Step ${i}`, channel: 'web', ...stageOf(i) });
    edges.push({ id: `e${i}`, from: `n${i}`, to: i + 1 < body ? `n${i + 1}` : 'done', event: 'NEXT', sim: { p: 0.99, delay: '1h' } });
    edges.push({ id: `t${i}`, from: `n${i}`, to: 'gave-up', after: '1d' });
  }
  nodes.push({ id: 'done', kind: 'outcome', label: 'Done', result: 'success' });
  nodes.push({ id: 'gave-up', kind: 'outcome', label: 'Gave up', result: 'abandoned' });
  return {
    format: 'journey/1', id: `chain-${size}`, name: `Generated ${size}-node chain`,
    stages: Array.from({ length: stageCount }, (_, s) => ({ id: `stage-${s}`, name: `Stage ${s + 1}` })),
    start: 'n0', nodes, edges,
  };
}
