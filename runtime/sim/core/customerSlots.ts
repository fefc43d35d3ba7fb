// The state of the customers the simulation holds, one slot each, as flat typed arrays indexed by
// slot (struct of arrays): no object per customer but its attributes. Slots are reused; the arrays
// double when full and never shrink (the most customers held at once, not N).
import type { SimCustomer } from '../plan/cohortPlan';
import { STREAM_WORDS } from '../random/sfc32';

/** The customer's relation to staff. */
export const Work = { none: 0, arriving: 1, queued: 2, handling: 3 } as const;

export class CustomerSlots {
  capacity = 0;
  highWater = 0;
  private freeList: number[] = [];
  customers: (SimCustomer | undefined)[] = [];
  live = new Uint8Array(0);
  /** Not yet in contact with staff: its path so far can be replayed from its streams alone. */
  fresh = new Uint8Array(0);
  traced = new Uint8Array(0);
  index = new Float64Array(0);
  segment = new Int32Array(0);
  /** When the customer entered the journey (its arrival). */
  enteredAt = new Float64Array(0);
  node = new Int32Array(0);
  patience = new Float64Array(0);
  drawPending = new Uint8Array(0);
  /** The event coming (NaN: none) and its id. */
  evTime = new Float64Array(0);
  evId = new Int32Array(0);
  work = new Uint8Array(0);
  workNode = new Int32Array(0);
  /** Arriving: the arrival time; queued: when it gives up; handling: when the work is done. */
  workTime = new Float64Array(0);
  /** Handling: the staff member's position in its team (see calendar/staffPositions). */
  position = new Int32Array(0);
  /** Queued: since when; handling: since when. */
  workMark = new Float64Array(0);
  arrivalClass = new Uint8Array(0);
  /** The queue entry while queued, else -1. */
  entry = new Int32Array(0);
  steps = new Float64Array(0);
  /** Running timers: `timers` per slot, in [slot × timers, slot × timers + timerCount). */
  timerCount = new Uint8Array(0);
  timerSeqNext = new Float64Array(0);
  timerTime = new Float64Array(0);
  timerToken = new Int32Array(0);
  timerSeq = new Float64Array(0);
  /** Random streams (STREAM_WORDS per slot). */
  behaviour = new Int32Array(0);
  listening = new Int32Array(0);
  listeningSeeded = new Uint8Array(0);

  constructor(
    readonly timers: number,
    private readonly withListening: boolean,
  ) {
    this.grow(4);
  }

  private grow(min: number): void {
    let n = Math.max(4, this.capacity);
    while (n < min) n *= 2;
    if (n === this.capacity) return;
    const f64 = (a: Float64Array, w = 1) => {
      const b = new Float64Array(n * w);
      b.set(a);
      return b;
    };
    const i32 = (a: Int32Array, w = 1) => {
      const b = new Int32Array(n * w);
      b.set(a);
      return b;
    };
    const u8 = (a: Uint8Array) => {
      const b = new Uint8Array(n);
      b.set(a);
      return b;
    };
    this.live = u8(this.live);
    this.fresh = u8(this.fresh);
    this.traced = u8(this.traced);
    this.index = f64(this.index);
    this.segment = i32(this.segment);
    this.enteredAt = f64(this.enteredAt);
    this.position = i32(this.position);
    this.node = i32(this.node);
    this.patience = f64(this.patience);
    this.drawPending = u8(this.drawPending);
    this.evTime = f64(this.evTime);
    this.evId = i32(this.evId);
    this.work = u8(this.work);
    this.workNode = i32(this.workNode);
    this.workTime = f64(this.workTime);
    this.workMark = f64(this.workMark);
    this.arrivalClass = u8(this.arrivalClass);
    this.entry = i32(this.entry);
    this.steps = f64(this.steps);
    this.timerCount = u8(this.timerCount);
    this.timerSeqNext = f64(this.timerSeqNext);
    this.timerTime = f64(this.timerTime, this.timers);
    this.timerToken = i32(this.timerToken, this.timers);
    this.timerSeq = f64(this.timerSeq, this.timers);
    this.behaviour = i32(this.behaviour, STREAM_WORDS);
    if (this.withListening) this.listening = i32(this.listening, STREAM_WORDS);
    this.listeningSeeded = u8(this.listeningSeeded);
    this.capacity = n;
  }

  /** Slots held now. */
  get inUse(): number {
    return this.highWater - this.freeList.length;
  }

  alloc(): number {
    const free = this.freeList.pop();
    if (free !== undefined) return free;
    if (this.highWater === this.capacity) this.grow(this.capacity * 2);
    return this.highWater++;
  }

  free(slot: number): void {
    this.live[slot] = 0;
    this.work[slot] = Work.none;
    this.timerCount[slot] = 0;
    this.customers[slot] = undefined;
    this.freeList.push(slot);
  }

  // ---------------------------------------------------------------- timers of a slot

  startTimer(slot: number, time: number, token: number): void {
    const count = this.timerCount[slot]!;
    if (count >= this.timers) throw new Error(`simulation: customer ${this.index[slot]} has more than ${this.timers} timers running`);
    const j = slot * this.timers + count;
    this.timerTime[j] = time;
    this.timerToken[j] = token;
    this.timerSeq[j] = this.timerSeqNext[slot]!;
    this.timerSeqNext[slot]!++;
    this.timerCount[slot] = count + 1;
  }

  stopTimer(slot: number, token: number): void {
    const base = slot * this.timers;
    for (let j = base; j < base + this.timerCount[slot]!; j++) {
      if (this.timerToken[j] === token) {
        this.removeTimerAt(slot, j);
        return;
      }
    }
  }

  /** Removes the timer at `j` (an index into the timer arrays). */
  removeTimerAt(slot: number, j: number): void {
    const last = slot * this.timers + this.timerCount[slot]! - 1;
    if (j !== last) {
      this.timerTime[j] = this.timerTime[last]!;
      this.timerToken[j] = this.timerToken[last]!;
      this.timerSeq[j] = this.timerSeq[last]!;
    }
    this.timerCount[slot]!--;
  }

  /** The slot's earliest timer (an index into the timer arrays), the earliest started on a tie; -1 if none. */
  earliestTimer(slot: number): number {
    const count = this.timerCount[slot]!;
    if (count === 0) return -1;
    const base = slot * this.timers;
    let best = base;
    for (let j = base + 1; j < base + count; j++) {
      const t = this.timerTime[j]!;
      const b = this.timerTime[best]!;
      if (t < b || (t === b && this.timerSeq[j]! < this.timerSeq[best]!)) best = j;
    }
    return best;
  }
}
