/**
 * Strongly connected components of a directed graph (Tarjan's algorithm, iterative so deep graphs
 * do not overflow the stack). Returns each id's component number; components are numbered in
 * reverse topological order (a component's successors have smaller numbers).
 */
export function stronglyConnected(ids: readonly string[], successors: (id: string) => readonly string[]): { component: Map<string, number>; count: number } {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const component = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  let counter = 0;
  let count = 0;
  const open = (id: string) => {
    index.set(id, counter);
    low.set(id, counter++);
    stack.push(id);
    onStack.add(id);
  };
  for (const root of ids) {
    if (index.has(root)) continue;
    open(root);
    const work: { id: string; next: number; targets: readonly string[] }[] = [{ id: root, next: 0, targets: successors(root) }];
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.next < frame.targets.length) {
        const t = frame.targets[frame.next++]!;
        if (!index.has(t)) {
          open(t);
          work.push({ id: t, next: 0, targets: successors(t) });
        } else if (onStack.has(t)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(t)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.set(w, count);
        } while (w !== frame.id);
        count++;
      }
    }
  }
  return { component, count };
}
