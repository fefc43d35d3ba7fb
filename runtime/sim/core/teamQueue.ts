// A team's FIFO queue of customer slots. A customer who leaves the queue (a timer moved it on, it
// gave up) is not searched for: its slot's ticket changes, and the stale entry is skipped when it
// reaches the head.

export class TeamQueue {
  private slots = new Int32Array(16);
  private tickets = new Float64Array(16);
  private head = 0;
  private tail = 0;

  get length(): number {
    return this.tail - this.head;
  }

  push(slot: number, ticket: number): void {
    if (this.tail === this.slots.length) this.compact();
    this.slots[this.tail] = slot;
    this.tickets[this.tail] = ticket;
    this.tail++;
  }

  /** Removes and returns the first slot still holding its ticket (`current[slot]`), or -1. */
  shift(current: Float64Array): number {
    while (this.head < this.tail) {
      const slot = this.slots[this.head]!;
      const ticket = this.tickets[this.head]!;
      this.head++;
      if (current[slot] === ticket) return slot;
    }
    this.head = 0;
    this.tail = 0;
    return -1;
  }

  private compact(): void {
    const n = this.tail - this.head;
    if (n * 2 > this.slots.length) {
      const slots = new Int32Array(this.slots.length * 2);
      const tickets = new Float64Array(this.slots.length * 2);
      slots.set(this.slots.subarray(this.head, this.tail));
      tickets.set(this.tickets.subarray(this.head, this.tail));
      this.slots = slots;
      this.tickets = tickets;
    } else {
      this.slots.copyWithin(0, this.head, this.tail);
      this.tickets.copyWithin(0, this.head, this.tail);
    }
    this.head = 0;
    this.tail = n;
  }
}
