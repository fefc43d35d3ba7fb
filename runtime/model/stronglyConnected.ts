/**
 * Strongly connected components of a directed graph (Tarjan's algorithm, iterative so deep graphs
 * do not overflow the stack). Returns each id's component number; components are numbered in
 * reverse topological order (a component's successors have smaller numbers). Successors that are
 * not among `ids` are taken in as vertices of their own. Linear in vertices and edges: the ids are
 * numbered once and the walk runs on typed arrays.
 */
export function stronglyConnected(ids: readonly string[], successors: (id: string) => readonly string[]): { component: Map<string, number>; count: number } {
  const number = new Map<string, number>();
  const names: string[] = [];
  const numberOf = (id: string) => {
    let n = number.get(id);
    if (n === undefined) {
      n = names.push(id) - 1;
      number.set(id, n);
    }
    return n;
  };
  for (const id of ids) numberOf(id);
  // Per vertex, numbered as met: the order it was opened in (−1: not yet), its low link, its component (−1: on the stack or not yet).
  let order = new Int32Array(Math.max(16, names.length)).fill(-1);
  let low = new Int32Array(order.length);
  let comp = new Int32Array(order.length).fill(-1);
  const grow = () => {
    const size = order.length * 2;
    const o = new Int32Array(size).fill(-1);
    o.set(order);
    const l = new Int32Array(size);
    l.set(low);
    const c = new Int32Array(size).fill(-1);
    c.set(comp);
    [order, low, comp] = [o, l, c];
  };
  const stack: number[] = [];
  // The depth-first walk: each frame is a vertex and the targets it has left to look at.
  const frames: number[] = [];
  const targets: (readonly string[])[] = [];
  const nexts: number[] = [];
  let counter = 0;
  let count = 0;
  const open = (v: number) => {
    order[v] = low[v] = counter++;
    stack.push(v);
    frames.push(v);
    targets.push(successors(names[v]!));
    nexts.push(0);
  };
  for (let root = 0; root < names.length; root++) {
    if (order[root] !== -1) continue;
    open(root);
    while (frames.length > 0) {
      const top = frames.length - 1;
      const v = frames[top]!;
      const list = targets[top]!;
      if (nexts[top]! < list.length) {
        const t = numberOf(list[nexts[top]!++]!);
        if (t >= order.length) grow();
        if (order[t] === -1) open(t);
        else if (comp[t] === -1 && order[t]! < low[v]!) low[v] = order[t]!; // on the stack
        continue;
      }
      frames.pop();
      targets.pop();
      nexts.pop();
      if (frames.length > 0) {
        const parent = frames[frames.length - 1]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          comp[w] = count;
        } while (w !== v);
        count++;
      }
    }
  }
  const component = new Map<string, number>();
  for (let v = 0; v < names.length; v++) component.set(names[v]!, comp[v]!);
  return { component, count };
}
