// Customers waiting in staff queues. An entry is either a customer with a slot (full state) or a
// compact one: a customer who queued right at its first arrival with no timer running, kept as
// its index, arrival and patience only (~60 bytes) and replayed up to its arrival if served.

export class QueueEntries {
  slot = new Int32Array(0);
  index = new Float64Array(0);
  /** The arrival's rank (class, index): what a replay must reproduce. */
  rank = new Float64Array(0);
  node = new Int32Array(0);
  segment = new Int32Array(0);
  arrival = new Float64Array(0);
  abandon = new Float64Array(0);
  ticket = new Float64Array(0);
  private free: number[] = [];
  private highWater = 0;
  private nextTicket = 0;

  private grow(): void {
    const n = Math.max(64, this.slot.length * 2);
    const f64 = (a: Float64Array) => {
      const b = new Float64Array(n);
      b.set(a);
      return b;
    };
    const i32 = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.slot = i32(this.slot);
    this.index = f64(this.index);
    this.rank = f64(this.rank);
    this.node = i32(this.node);
    this.segment = i32(this.segment);
    this.arrival = f64(this.arrival);
    this.abandon = f64(this.abandon);
    this.ticket = f64(this.ticket);
  }

  /** A new entry with a fresh ticket (tickets are never reused, so stale queue places are skipped). */
  alloc(slot: number, index: number, rank: number, node: number, segment: number, arrival: number, abandon: number): number {
    let e = this.free.pop();
    if (e === undefined) {
      if (this.highWater === this.slot.length) this.grow();
      e = this.highWater++;
    }
    this.slot[e] = slot;
    this.index[e] = index;
    this.rank[e] = rank;
    this.node[e] = node;
    this.segment[e] = segment;
    this.arrival[e] = arrival;
    this.abandon[e] = abandon;
    this.ticket[e] = ++this.nextTicket;
    return e;
  }

  release(e: number): void {
    this.ticket[e] = 0;
    this.free.push(e);
  }

  /** Compact entries still waiting (at the horizon). */
  *compactLive(): Generator<number> {
    for (let e = 0; e < this.highWater; e++) if (this.ticket[e] !== 0 && this.slot[e]! < 0) yield e;
  }
}
