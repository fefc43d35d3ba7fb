// The discrete-event simulation of DESIGN §5, shared by both engines: simulated time, staff queues,
// patience, the customer's random draws and every metric. A CustomerModel (XState actor or compiled
// kernel) says what the journey's machine does.
//
// Customers meet only in staff queues. So a customer runs ahead on its own, in its own time order,
// while it is not waiting for or held by staff; only *interactions* (arriving at a queue, being
// served, giving up, being moved on by a timer while queued or handled, finishing) follow one
// global order: (time, class, customer index), where at equal times work completions come first,
// then events, timers, abandonments and new customers, and lower customer indices first. Running
// ahead changes nothing in the result (metrics are order-free exact sums).
//
// A run has two phases. Admissions: every customer enters at its arrival time (calendar/arrivalDraw;
// t = 0 without cohort arrivals) and runs alone until it ends or
// first needs staff; then it is kept only as (arrival time, class, index), 16 bytes, because up to
// that point its path depends on nothing but its own random streams. Interactions: the arrivals in
// global order, merged with the customers already with staff; a customer is replayed silently
// (same draws, no metrics) up to its arrival when it is needed again. A customer who must queue at
// that first arrival with no timer running stays compact in the queue (it may simply give up) and
// is replayed only when a staff member takes it. Memory: one slot at a time for a journey without
// work, otherwise slots for the customers held by staff or moving on after it, plus a few bytes per
// waiting customer. The admission phase of ranges of customers can run apart (shards, threads) and
// be joined before the interaction phase.
//
// When customers arrive over a stretch of time, one run in one place streams instead: customers
// enter in order of their entry times, each just before anything at or after that time happens,
// and a customer reaching staff keeps its slot (no replay) unless more than SLOT_BUDGET slots are
// held, when it is compacted as above. Entering earlier than the global order needs changes
// nothing (a customer runs ahead alone until it needs staff), so both ways give the same metrics.
import type { SimPlan } from '../plan/simulationPlan';
import { drawCustomer } from '../plan/cohortPlan';
import { numberOrNaN, probability } from '../plan/planExpr';
import { STREAM, seedStream } from '../random/seedStream';
import { nextUniform, STREAM_WORDS } from '../random/sfc32';
import { sampleTimeMs } from '../random/sampler';
import { SimulationCancelled, SimulationError } from '../simulationError';
import { machineFailure } from '../machineFailure';
import { ArrivalHeap } from './arrivalHeap';
import { ArrivalList, indexOfRank, MAX_NODES, rankOf } from './arrivalList';
import { Phase, type CustomerModel, type ModelSink } from './customerModel';
import { exactAdd } from './exactSum';
import { CustomerSlots, Work } from './customerSlots';
import { entryOrder, NO_ENTRIES } from './entryOrder';
import { createMetrics, NODE_FIELDS, NodeField, type SimulationMetrics } from './metrics';
import { recordEnd, recordOutcome, recordVisit } from './recordMetrics';
import { recordAbandoned, recordBusy, recordOffered, recordServed, recordTeamActive } from './recordQueueMetrics';
import { QueueEntries } from './queueEntries';
import { SlotHeap } from './slotHeap';
import { SplitSlots } from './splitSlots';
import { TeamQueue } from './teamQueue';
import type { CustomerEnd, TraceStep } from './traceStep';
import { arrivalProfile, drawArrival, type ArrivalProfile } from '../calendar/arrivalDraw';
import { TeamDuty } from '../calendar/teamDuty';
import { hourOfWeek } from '../../model/calendar/weekCalendar';
import { formatDuration } from '../../model/duration';

/** Classes of simultaneous happenings, in the order they are handled. */
const Cls = { done: 0, event: 1, timer: 2, abandon: 3, start: 4 } as const;
/** What a customer does next. */
const Item = { none: 0, arrival: 1, done: 2, abandon: 3, event: 4, timer: 5 } as const;
/** A customer taking more own steps than this is in a loop that makes no progress. */
const MAX_STEPS = 1_000_000;
const EMPTY: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;
/**
 * A streaming run compacts customers reaching staff while more slots than this are held: about
 * 3 MB with the fast engine, 35 MB with XState actors (the reference engine).
 */
const SLOT_BUDGET = 4096;

export interface CoreOptions {
  seed: number;
  horizonMs: number;
  /** Overrides the cohort's `arrivals.over` (0: everyone enters at t = 0). */
  overMs?: number;
  /** A customer left: `category` is the index of its outcome, or outcomes + Terminal kind. */
  onCustomerEnd?: (index: number, category: number) => void;
  /** Called with the number of customers done, about every `progressEvery` customers. */
  onProgress?: (done: number) => void;
  progressEvery?: number;
  /** Checked at each progress point, between customers; true stops the run (SimulationCancelled). */
  shouldCancel?: () => boolean;
  /** Steps of the customers for which `traced(index)` holds. */
  trace?: { traced: (index: number) => boolean; step: (index: number, step: TraceStep) => void };
  /**
   * false: keep every customer in a slot instead of compacting those waiting for their first
   * contact with staff (a test hook: both ways give the same metrics).
   */
  compact?: boolean;
  /** false: run customers with arrivals in two phases rather than streaming (a test hook: both ways give the same metrics). */
  streaming?: boolean;
  /** Slots a streaming run holds before it compacts (a test hook; default SLOT_BUDGET). */
  slotBudget?: number;
  /** Own steps a customer may take (a test hook; default MAX_STEPS). */
  maxSteps?: number;
}

export type ModelFactory = (plan: SimPlan, sink: ModelSink) => CustomerModel;

export class SimulationCore implements ModelSink {
  readonly metrics: SimulationMetrics;
  private readonly model: CustomerModel;
  /** Customers with a slot waiting for staff or held by it, by their next interaction. */
  private readonly heap = new SlotHeap();
  /** Compact queue entries, by the moment they give up. */
  private readonly entryHeap = new SlotHeap();
  private readonly arrivals = new ArrivalList();
  /** Streaming: the customers still to enter, by entry time, and those compacted on the way. */
  private streaming = false;
  private entering = NO_ENTRIES;
  private readonly overflow = new ArrivalHeap();
  private readonly slotBudget: number;
  private readonly maxSteps: number;
  private readonly entries = new QueueEntries();
  private readonly queues: TeamQueue[];
  /** Staff busy and on duty, shift changes, overtime. */
  private readonly duty: TeamDuty;
  private readonly profile: ArrivalProfile;
  private readonly arrivalScratch = new Int32Array(STREAM_WORDS);
  private readonly dirtyTeams: Uint8Array;
  private readonly S: number;
  private now = 0;
  private done = 0;
  private nextProgress: number;
  /** Replaying a customer up to its first arrival: no metrics, no trace, no compaction. */
  private silent = false;
  private resurrecting = -1;
  private lastIgnored = false;
  private pickedTimer = -1;
  private pickedTime = 0;
  private pickedClass = 0;
  private readonly pScratch: Float64Array;
  private readonly customerScratch = new Int32Array(STREAM_WORDS);
  private readonly exprCtx = { customer: EMPTY, journey: EMPTY, event: EMPTY };
  /** The customers held in slots. */
  private readonly s: CustomerSlots;
  /** Experiments: each slot's variants (K = 0: the journey has no split, and nothing is done for them). */
  private readonly splitSlots: SplitSlots;
  private readonly K: number;

  constructor(
    private readonly plan: SimPlan,
    createModel: ModelFactory,
    private readonly options: CoreOptions,
  ) {
    if (plan.nodes.length > MAX_NODES) throw new SimulationError(`the simulator handles journeys of at most ${MAX_NODES} nodes`);
    this.metrics = createMetrics(plan);
    this.S = plan.segments.length;
    this.queues = plan.teams.map(() => new TeamQueue());
    this.duty = new TeamDuty(plan.teams.map((t) => t.weekly), this.metrics.teamOvertime, this.metrics.teamHourOvertime);
    this.profile = arrivalProfile(plan.cohort.arrivals, options.overMs);
    if (this.profile.overMs > options.horizonMs) {
      throw new SimulationError(`the customers arrive over ${formatDuration(this.profile.overMs)}, longer than the horizon of ${formatDuration(options.horizonMs)}: shorten "over" or lengthen the horizon`);
    }
    this.slotBudget = options.slotBudget ?? SLOT_BUDGET;
    this.maxSteps = options.maxSteps ?? MAX_STEPS;
    this.dirtyTeams = new Uint8Array(plan.teams.length);
    this.nextProgress = Math.max(1, options.progressEvery ?? Number.POSITIVE_INFINITY);
    let maxEvents = 1;
    for (const n of plan.nodes) for (const d of n.draws) maxEvents = Math.max(maxEvents, d.events.length);
    this.pScratch = new Float64Array(maxEvents);
    this.model = createModel(plan, this);
    this.s = new CustomerSlots(Math.max(1, plan.maxTimers), plan.listening);
    this.splitSlots = new SplitSlots(plan.experiments.splits);
    this.K = this.splitSlots.K;
  }

  /** The most customers held in slots at once so far (memory: it does not grow with N). */
  get slotsHighWater(): number {
    return this.s.highWater;
  }

  // ---------------------------------------------------------------- the run

  /** Simulates customers [from, to): each enters the start at its arrival time (DESIGN §5.1). */
  run(from: number, to: number): SimulationMetrics {
    if (this.profile.overMs > 0 && this.options.streaming !== false) {
      this.streaming = true;
      this.entering = entryOrder(this.profile, this.options.seed, from, to);
    } else this.admitAll(from, to);
    return this.interactAll();
  }

  /** Phase 1: customers [from, to) enter and run alone until they end or first need staff. */
  admitAll(from: number, to: number): void {
    for (let i = from; i < to; i++) this.advance(this.admitSlot(i), Cls.start);
  }

  /** Customers of the admission phase waiting for their first contact with staff. */
  pendingArrivals(): { times: Float64Array; keys: Float64Array } {
    return this.arrivals.entries();
  }

  /** Adds the pending arrivals of the admission phase of other customers (another shard). */
  addArrivals(times: Float64Array, keys: Float64Array): void {
    this.arrivals.append(times, keys);
  }

  /** Phase 2: arrivals and staff in global order, until nothing is left or the horizon. */
  interactAll(): SimulationMetrics {
    const horizon = this.options.horizonMs;
    const arrivals = this.arrivals;
    arrivals.sort();
    const entering = this.entering;
    const overflow = this.overflow;
    let k = 0;
    let next = 0;
    for (;;) {
      // The earliest of: the next arrival, the next customer with a slot, the next compact give-up.
      let source = 0;
      let t = Number.POSITIVE_INFINITY;
      let rank = Number.POSITIVE_INFINITY;
      if (k < arrivals.length) {
        source = 1;
        t = arrivals.timeAt(k);
        rank = arrivals.rankAt(k);
      }
      if (overflow.size > 0) {
        const to = overflow.topTime();
        const ro = overflow.topRank();
        if (to < t || (to === t && ro < rank)) {
          source = 4;
          t = to;
          rank = ro;
        }
      }
      if (this.heap.size > 0) {
        const th = this.heap.peekTime();
        const rh = this.heap.peekRank();
        if (th < t || (th === t && rh < rank)) {
          source = 2;
          t = th;
          rank = rh;
        }
      }
      if (this.entryHeap.size > 0) {
        const te = this.entryHeap.peekTime();
        const re = this.entryHeap.peekRank();
        if (te < t || (te === t && re < rank)) {
          source = 3;
          t = te;
        }
      }
      // Streaming: a customer enters before anything at or after its entry time.
      if (next < entering.length && entering.timeAt(next) <= t) {
        const at = entering.timeAt(next);
        this.advance(this.admitSlot(entering.indexAt(next++), at), Cls.start);
        continue;
      }
      // Shift changes first: at the same moment, they come before anything else. With nothing else
      // to come, one still matters while customers wait in a queue for the next shift.
      const shiftAt = this.duty.nextChangeAt;
      if (shiftAt <= horizon && shiftAt <= t && (source !== 0 || this.anyQueued())) {
        this.shiftChange();
        continue;
      }
      if (source === 0 || t > horizon) break;
      if (source === 1) {
        this.arrival(arrivals.rankAt(k), arrivals.nodeAt(k), arrivals.timersAt(k), t);
        k++;
      } else if (source === 4) {
        const node = overflow.topNode();
        const timers = overflow.topTimers();
        overflow.pop();
        this.arrival(rank, node, timers, t);
      } else if (source === 2) this.fromHeap(this.heap.pop(), t);
      else this.abandonEntry(this.entryHeap.pop(), t);
    }
    if (k < arrivals.length || overflow.size > 0) throw new Error('simulation core: an arrival after the horizon');
    // Staff still busy past their shift at the horizon: settle the overtime up to it.
    while (this.duty.anyOvertime && this.duty.nextChangeAt <= horizon) this.shiftChange();
    this.now = horizon;
    for (let slot = 0; slot < this.s.highWater; slot++) if (this.s.live[slot]) this.endCustomer(slot, 'inProgress');
    for (const e of this.entries.compactLive()) this.endEntry(e, 'inProgress');
    return this.metrics;
  }

  private admitSlot(i: number, enteredAt = drawArrival(this.profile, this.options.seed, i, this.arrivalScratch)): number {
    const slot = this.s.alloc();
    const customer = drawCustomer(this.plan.segments, this.options.seed, i, this.customerScratch);
    if (!this.silent) {
      this.metrics.customers++;
      this.metrics.segmentCustomers[customer.segment]!++;
      this.metrics.arrivalsByHour[hourOfWeek(enteredAt)]!++;
    }
    this.s.enteredAt[slot] = enteredAt;
    this.s.customers[slot] = customer;
    this.s.live[slot] = 1;
    this.s.fresh[slot] = 1;
    this.s.traced[slot] = !this.silent && this.options.trace?.traced(i) ? 1 : 0;
    this.s.index[slot] = i;
    this.s.segment[slot] = customer.segment;
    this.s.patience[slot] = customer.patienceMs;
    this.s.node[slot] = -1;
    this.s.evTime[slot] = Number.NaN;
    this.s.work[slot] = Work.none;
    this.s.entry[slot] = -1;
    this.s.steps[slot] = 0;
    this.s.timerCount[slot] = 0;
    this.s.timerSeqNext[slot] = 0;
    seedStream(this.s.behaviour, slot * STREAM_WORDS, this.options.seed, i, STREAM.behaviour);
    this.s.listeningSeeded[slot] = 0;
    if (this.K > 0) this.splitSlots.reset(slot);
    this.now = enteredAt;
    try {
      this.model.begin(slot, customer);
    } catch (err) {
      throw this.failedAt(slot, err);
    }
    return slot;
  }

  /** A customer reached its first arrival in the admission phase: keep 16 bytes, free the slot. */
  private compact(slot: number): void {
    const rank = rankOf(this.s.arrivalClass[slot]!, this.s.index[slot]!);
    (this.streaming ? this.overflow : this.arrivals).push(this.now, rank, this.s.workNode[slot]!, this.s.timerCount[slot]! > 0);
    this.heap.remove(slot);
    this.model.end(slot);
    this.s.free(slot);
  }

  /** Replays customer `rank` silently up to its first arrival at `t`; the slot is left arriving. */
  private resurrect(rank: number, t: number): number {
    const index = indexOfRank(rank);
    this.silent = true;
    let slot = -1;
    try {
      slot = this.admitSlot(index);
      this.resurrecting = slot;
      this.advance(slot, Cls.start);
    } finally {
      this.resurrecting = -1;
      this.silent = false;
    }
    if (!this.s.live[slot] || this.s.work[slot] !== Work.arriving || this.s.workTime[slot] !== t || rankOf(this.s.arrivalClass[slot]!, index) !== rank) {
      throw new Error(`simulation core: customer ${index} did not replay to its arrival at ${t}`);
    }
    this.heap.remove(slot);
    this.s.traced[slot] = this.options.trace?.traced(index) ? 1 : 0;
    this.now = t;
    return slot;
  }

  /** The first arrival at `node`, at `t`, of the compact customer `rank`. */
  private arrival(rank: number, node: number, timers: boolean, t: number): void {
    const team = this.plan.nodes[node]!.work!.team;
    const index = indexOfRank(rank);
    if (!timers && !this.duty.canTake(team) && !this.options.trace?.traced(index)) {
      // It must wait, nothing of its own can happen but giving up: it queues compact.
      const c = drawCustomer(this.plan.segments, this.options.seed, index, this.customerScratch);
      this.queueCompact(index, rank, node, c.segment, c.patienceMs, t);
      return;
    }
    this.interact(this.resurrect(rank, t), t);
  }

  /**
   * The next interaction of a customer with a slot. Streaming, one who must wait at its first
   * arrival keeps its slot in the queue, unless too many are held: then it queues compact (as `arrival`).
   */
  private fromHeap(slot: number, t: number): void {
    if (this.s.work[slot] === Work.arriving && this.s.fresh[slot] && this.s.inUse > this.slotBudget && this.s.timerCount[slot] === 0 && !this.s.traced[slot] && this.options.compact !== false) {
      const node = this.s.workNode[slot]!;
      if (!this.duty.canTake(this.plan.nodes[node]!.work!.team)) {
        const index = this.s.index[slot]!;
        this.queueCompact(index, rankOf(this.s.arrivalClass[slot]!, index), node, this.s.segment[slot]!, this.s.patience[slot]!, t);
        this.model.end(slot);
        this.s.free(slot);
        return;
      }
    }
    this.interact(slot, t);
  }

  /** A customer joins its team's queue as a compact entry, replayed only if staff takes it. */
  private queueCompact(index: number, rank: number, node: number, segment: number, patienceMs: number, t: number): void {
    const team = this.plan.nodes[node]!.work!.team;
    const abandon = t + patienceMs;
    recordOffered(this.metrics, this.plan.nodes[node]!.queue, team, t);
    const e = this.entries.alloc(-1, index, rank, node, segment, t, abandon);
    this.queues[team]!.push(e, this.entries.ticket[e]!);
    if (abandon !== Number.POSITIVE_INFINITY) this.entryHeap.set(e, abandon, rankOf(Cls.abandon, index));
  }

  /** Handles the next interaction of the customer in `slot`, at time `t`. */
  private interact(slot: number, t: number): void {
    this.now = t;
    if (++this.s.steps[slot]! > this.maxSteps) throw this.failedAt(slot, new SimulationError(`the customer took ${this.maxSteps} steps without ending: a loop through staffed nodes that takes no time?`));
    try {
      this.interactStep(slot, t);
    } catch (err) {
      throw this.failedAt(slot, err);
    }
  }

  private interactStep(slot: number, t: number): void {
    const item = this.pickSuspended(slot);
    const cls = this.pickedClass;
    switch (item) {
      case Item.arrival:
        this.arrive(slot);
        break;
      case Item.done:
        this.finishWork(slot);
        break;
      case Item.abandon:
        this.abandon(slot);
        break;
      case Item.timer:
        this.fireTimer(slot, this.pickedTimer);
        break;
      default:
        throw new Error('simulation core: a customer in the heap has nothing to do');
    }
    this.advance(slot, cls);
    this.now = t;
    this.serveTeams(cls);
  }

  /**
   * After a step of `slot`: settle what the step did, then run the customer ahead through its own
   * events and timers until it needs staff, ends, or reaches the horizon.
   */
  private advance(slot: number, cls: number): void {
    try {
      this.advanceFrom(slot, cls);
    } catch (err) {
      throw this.failedAt(slot, err);
    }
  }

  private advanceFrom(slot: number, cls: number): void {
    const horizon = this.options.horizonMs;
    for (;;) {
      if (!this.s.live[slot]) return;
      const phase = this.model.phase(slot);
      if (phase === Phase.final) {
        this.endOutcome(slot);
        return;
      }
      if (phase === Phase.queued || phase === Phase.handling) {
        if (phase === Phase.queued && this.s.work[slot] === Work.none) {
          this.s.work[slot] = Work.arriving;
          this.s.workNode[slot] = this.s.node[slot]!;
          this.s.workTime[slot] = this.now;
          this.s.arrivalClass[slot] = cls;
          if (this.s.fresh[slot] && slot !== this.resurrecting && this.options.compact !== false && (!this.streaming || this.s.inUse > this.slotBudget)) {
            this.compact(slot);
            return;
          }
        }
        this.suspend(slot);
        return;
      }
      if (this.s.drawPending[slot]) {
        this.s.drawPending[slot] = 0;
        this.drawEvent(slot);
      }
      const item = this.pickOwn(slot);
      if (item === Item.none) {
        this.endCustomer(slot, 'stalled');
        return;
      }
      if (this.pickedTime > horizon) {
        this.now = horizon;
        this.endCustomer(slot, 'inProgress');
        return;
      }
      this.now = this.pickedTime;
      if (++this.s.steps[slot]! > this.maxSteps) {
        throw new SimulationError(`the customer took ${this.maxSteps} steps without ending: a loop of zero-delay events or timers? Give one of them a delay`);
      }
      if (item === Item.event) {
        cls = Cls.event;
        this.sendEvent(slot);
      } else {
        cls = Cls.timer;
        this.fireTimer(slot, this.pickedTimer);
      }
    }
  }

  /** The next own step of a customer that is not with staff: its event or a timer (the event on a tie). */
  private pickOwn(slot: number): number {
    let item: number = Item.none;
    let time = Number.POSITIVE_INFINITY;
    const ev = this.s.evTime[slot]!;
    if (ev === ev) {
      item = Item.event;
      time = ev;
    }
    const j = this.s.earliestTimer(slot);
    if (j >= 0 && this.s.timerTime[j]! < time) {
      item = Item.timer;
      time = this.s.timerTime[j]!;
      this.pickedTimer = j;
    }
    this.pickedTime = time;
    return item;
  }

  /** The next step of a customer with staff (arriving, queued, handled), and its class. */
  private pickSuspended(slot: number): number {
    const w = this.s.work[slot];
    if (w === Work.arriving) {
      this.pickedTime = this.s.workTime[slot]!;
      this.pickedClass = this.s.arrivalClass[slot]!;
      return Item.arrival;
    }
    let item: number = Item.none;
    let time = Number.POSITIVE_INFINITY;
    let cls = 0;
    if (w === Work.handling) {
      item = Item.done;
      time = this.s.workTime[slot]!;
      cls = Cls.done;
    }
    const j = this.s.earliestTimer(slot);
    if (j >= 0 && this.s.timerTime[j]! < time) {
      item = Item.timer;
      time = this.s.timerTime[j]!;
      cls = Cls.timer;
      this.pickedTimer = j;
    }
    if (w === Work.queued && this.s.workTime[slot]! < time) {
      item = Item.abandon;
      time = this.s.workTime[slot]!;
      cls = Cls.abandon;
    }
    this.pickedTime = time;
    this.pickedClass = cls;
    return item;
  }

  /** A customer with staff waits in the heap for its next interaction (none: it waits in a queue). */
  private suspend(slot: number): void {
    if (this.pickSuspended(slot) === Item.none) this.heap.remove(slot);
    else this.heap.set(slot, this.pickedTime, rankOf(this.pickedClass, this.s.index[slot]!));
  }

  // ---------------------------------------------------------------- events and timers

  private drawEvent(slot: number): void {
    const n = this.s.node[slot]!;
    const d = this.plan.nodes[n]!.draws[this.s.segment[slot]!];
    const p = this.pScratch;
    let sum = 0;
    const count = d === undefined ? 0 : d.events.length;
    for (let k = 0; k < count; k++) {
      let v = d!.p[k]!;
      if (v !== v) {
        const ctx = this.exprCtx;
        ctx.customer = this.s.customers[slot]!.attributes;
        ctx.journey = this.model.vars(slot);
        try {
          v = probability(numberOrNaN(d!.pExpr[k]!.evaluate, ctx));
        } catch (err) {
          throw machineFailure(err, 'sim p');
        }
      }
      p[k] = v;
      sum += v;
    }
    if (sum > 1 + 1e-9) {
      throw new SimulationError(`the event probabilities sum to ${Number(sum.toFixed(6))}: lower them to sum to 1 or less`);
    }
    let chosen = -1;
    if (sum > 0) {
      const u = nextUniform(this.s.behaviour, slot * STREAM_WORDS);
      let acc = 0;
      for (let k = 0; k < count; k++) {
        const v = p[k]!;
        if (!(v > 0)) continue;
        acc += v;
        if (u < acc) {
          chosen = k;
          break;
        }
      }
    }
    if (chosen < 0) {
      if (this.s.traced[slot]) this.emit(slot, { t: this.now, type: 'silent', node: this.plan.nodes[n]!.id });
      return;
    }
    const at = this.now + sampleTimeMs(d!.delay[chosen]!, this.s.behaviour, slot * STREAM_WORDS);
    this.s.evTime[slot] = at;
    this.s.evId[slot] = d!.events[chosen]!;
    if (this.s.traced[slot]) this.emit(slot, { t: this.now, type: 'emit', event: this.plan.eventNames[d!.events[chosen]!]!, at });
  }

  private sendEvent(slot: number): void {
    const e = this.s.evId[slot]!;
    const n = this.s.node[slot]!;
    this.s.evTime[slot] = Number.NaN;
    if (!this.silent) this.metrics.nodeCounts[n * NODE_FIELDS + NodeField.emitted]!++;
    this.lastIgnored = false;
    if (this.s.traced[slot]) this.emit(slot, { t: this.now, type: 'event', event: this.plan.eventNames[e]! });
    this.model.send(slot, e);
    if (this.lastIgnored && this.s.traced[slot]) this.emit(slot, { t: this.now, type: 'ignored', event: this.plan.eventNames[e]! });
  }

  private fireTimer(slot: number, j: number): void {
    const token = this.s.timerToken[j]!;
    this.s.removeTimerAt(slot, j);
    if (this.s.traced[slot]) this.emit(slot, { t: this.now, type: 'timer' });
    this.model.fireTimer(slot, token);
  }

  // ---------------------------------------------------------------- staff

  private teamOf(slot: number): number {
    return this.plan.nodes[this.s.workNode[slot]!]!.work!.team;
  }

  /** The customer in `slot` joins the queue of its node's team (and is taken at once if staff is free). */
  private arrive(slot: number): void {
    this.s.fresh[slot] = 0;
    const team = this.teamOf(slot);
    const index = this.s.index[slot]!;
    const patience = this.s.patience[slot]!;
    const abandon = patience === Number.POSITIVE_INFINITY ? patience : this.now + patience;
    const e = this.entries.alloc(slot, index, rankOf(this.s.arrivalClass[slot]!, index), this.s.workNode[slot]!, this.s.segment[slot]!, this.now, abandon);
    this.s.entry[slot] = e;
    this.s.work[slot] = Work.queued;
    this.s.workMark[slot] = this.now;
    this.s.workTime[slot] = abandon;
    recordOffered(this.metrics, this.plan.nodes[this.s.workNode[slot]!]!.queue, team, this.now);
    this.queues[team]!.push(e, this.entries.ticket[e]!);
    if (this.s.traced[slot]) this.emit(slot, { t: this.now, type: 'queue', node: this.plan.nodes[this.s.workNode[slot]!]!.id, team: this.plan.teams[team]!.id });
    this.serveTeam(team, this.s.arrivalClass[slot]!);
  }

  private serveTeams(cls: number): void {
    for (let team = 0; team < this.dirtyTeams.length; team++) {
      if (this.dirtyTeams[team]) {
        this.dirtyTeams[team] = 0;
        this.serveTeam(team, cls);
      }
    }
  }

  /** Customers (possibly stale queue places) wait in some team's queue. */
  private anyQueued(): boolean {
    for (const q of this.queues) if (q.length > 0) return true;
    return false;
  }

  /** A shift change: the staff on duty changes; a team with more staff now takes from its queue. */
  private shiftChange(): void {
    this.now = this.duty.nextChangeAt;
    this.duty.applyNextChange((team) => {
      if (this.queues[team]!.length > 0) this.dirtyTeams[team] = 1;
    });
    this.serveTeams(Cls.done);
  }

  /** Free staff of `team` take the customers at the head of its queue, now. */
  private serveTeam(team: number, cls: number): void {
    const queue = this.queues[team]!;
    const t = this.now;
    while (this.duty.canTake(team)) {
      const e = queue.shift(this.entries.ticket);
      if (e < 0) break;
      let slot = this.entries.slot[e]!;
      if (slot < 0) {
        // A compact customer: replay it up to its arrival, then it has been queued since then.
        this.entryHeap.remove(e);
        slot = this.resurrect(this.entries.rank[e]!, this.entries.arrival[e]!);
        this.s.fresh[slot] = 0;
        this.s.work[slot] = Work.queued;
        this.s.workMark[slot] = this.entries.arrival[e]!;
        this.now = t;
      }
      this.s.entry[slot] = -1;
      this.entries.release(e);
      this.startService(slot);
      this.advance(slot, cls);
      this.now = t;
    }
  }

  private startService(slot: number): void {
    const team = this.teamOf(slot);
    const node = this.plan.nodes[this.s.workNode[slot]!]!;
    const offeredAt = this.s.workMark[slot]!;
    const wait = this.now - offeredAt;
    recordServed(this.metrics, node.queue, this.plan.teams[team]!, team, offeredAt, wait);
    this.s.position[slot] = this.duty.take(team, this.now);
    const handle = sampleTimeMs(node.work!.handle, this.s.behaviour, slot * STREAM_WORDS);
    this.s.work[slot] = Work.handling;
    this.s.workMark[slot] = this.now;
    this.s.workTime[slot] = this.now + handle;
    if (this.s.traced[slot]) this.emit(slot, { t: this.now, type: 'serve', node: node.id, team: this.plan.teams[team]!.id, waitMs: wait, handleMs: handle });
    try {
      this.model.workStart(slot);
    } catch (err) {
      throw this.failedAt(slot, err);
    }
  }

  /** The staff member is free again (work done, or the customer moved on); busy time is counted. */
  private release(slot: number): void {
    const team = this.teamOf(slot);
    exactAdd(this.metrics.teamBusy, team * this.S + this.s.segment[slot]!, this.now - this.s.workMark[slot]!);
    recordBusy(this.metrics, team, this.s.workMark[slot]!, this.now);
    this.duty.release(team, this.now, this.s.position[slot]!);
    this.dirtyTeams[team] = 1;
  }

  /** Leaves whatever the customer holds with staff (on moving to another node or ending). */
  private leaveWork(slot: number): void {
    const w = this.s.work[slot];
    if (w === Work.queued) {
      recordTeamActive(this.metrics, this.teamOf(slot), this.now);
      this.entries.release(this.s.entry[slot]!);
      this.s.entry[slot] = -1;
    } else if (w === Work.handling) this.release(slot);
    this.s.work[slot] = Work.none;
    this.heap.remove(slot);
  }

  private finishWork(slot: number): void {
    this.release(slot);
    this.s.work[slot] = Work.none;
    if (this.s.traced[slot]) this.emit(slot, { t: this.now, type: 'done', node: this.plan.nodes[this.s.workNode[slot]!]!.id, team: this.plan.teams[this.teamOf(slot)]!.id });
    this.model.workDone(slot);
  }

  private abandon(slot: number): void {
    const waitMs = this.now - this.s.workMark[slot]!;
    recordTeamActive(this.metrics, this.teamOf(slot), this.now);
    if (this.s.traced[slot]) this.emit(slot, { t: this.now, type: 'abandon', node: this.plan.nodes[this.s.workNode[slot]!]!.id, team: this.plan.teams[this.teamOf(slot)]!.id, waitMs });
    recordAbandoned(this.metrics, this.plan.nodes[this.s.workNode[slot]!]!.queue, this.teamOf(slot), this.s.workMark[slot]!);
    this.entries.release(this.s.entry[slot]!);
    this.s.entry[slot] = -1;
    this.s.work[slot] = Work.none;
    this.s.node[slot] = this.s.workNode[slot]!;
    this.endCustomer(slot, 'abandoned');
  }

  /** A compact queued customer gives up at `t`. */
  private abandonEntry(e: number, t: number): void {
    this.now = t;
    const node = this.plan.nodes[this.entries.node[e]!]!;
    recordAbandoned(this.metrics, node.queue, node.work!.team, this.entries.arrival[e]!);
    this.endEntry(e, 'abandoned');
  }

  // ---------------------------------------------------------------- endings

  private endOutcome(slot: number): void {
    const node = this.plan.nodes[this.s.node[slot]!]!;
    recordOutcome(this.metrics, node, this.s.segment[slot]!, this.S, this.now - this.s.enteredAt[slot]!);
    if (this.K > 0) {
      // Each experiment the customer passed counts this outcome for its variant there.
      const O = this.plan.outcomes.length;
      for (let k = 0; k < this.K; k++) {
        const v = this.splitSlots.passed[slot * this.K + k]!;
        if (v >= 0) this.metrics.variantOutcomes[v * O + node.outcome]!++;
      }
    }
    this.endCustomer(slot, 'outcome');
  }

  /** Counts a customer's end (its outcome is counted by endOutcome) and reports progress. */
  private countEnd(index: number, n: number, g: number, end: CustomerEnd): void {
    const category = recordEnd(this.metrics, this.plan, n, g, end, end === 'inProgress' ? this.options.horizonMs : this.now);
    this.options.onCustomerEnd?.(index, category);
    this.done++;
    if (this.done >= this.nextProgress) {
      this.nextProgress += Math.max(1, this.options.progressEvery ?? 1);
      this.options.onProgress?.(this.done);
      if (this.options.shouldCancel?.()) throw new SimulationCancelled();
    }
  }

  private endCustomer(slot: number, end: CustomerEnd): void {
    if (this.silent) throw new Error(`simulation core: customer ${this.s.index[slot]} ended while being replayed`);
    const n = this.s.node[slot]!;
    if (this.s.traced[slot]) {
      const node = this.plan.nodes[n]!;
      this.emit(slot, end === 'outcome' ? { t: this.now, type: 'end', end, node: node.id, result: node.result } : { t: this.now, type: 'end', end, node: node.id });
    }
    this.leaveWork(slot);
    this.model.end(slot);
    this.s.free(slot);
    this.countEnd(this.s.index[slot]!, n, this.s.segment[slot]!, end);
  }

  /** A compact queued customer ends (gives up, or is still waiting at the horizon). */
  private endEntry(e: number, end: CustomerEnd): void {
    const entries = this.entries;
    const index = entries.index[e]!;
    const n = entries.node[e]!;
    const g = entries.segment[e]!;
    recordTeamActive(this.metrics, this.plan.nodes[n]!.work!.team, this.now);
    this.entryHeap.remove(e);
    entries.release(e);
    this.countEnd(index, n, g, end);
  }

  // ---------------------------------------------------------------- the model's sink

  enter(slot: number, n: number, emotion: number): void {
    if (this.s.work[slot] !== Work.none) this.leaveWork(slot);
    const node = this.plan.nodes[n]!;
    this.s.node[slot] = n;
    this.s.evTime[slot] = Number.NaN;
    this.s.drawPending[slot] = 1;
    const rate = node.responseRate;
    const answered = rate === rate && this.listen(slot) < rate;
    if (this.silent) return;
    const m = this.metrics;
    recordVisit(m, node, this.s.segment[slot]!, this.S, emotion);
    if (this.s.traced[slot]) this.emit(slot, emotion === emotion ? { t: this.now, type: 'enter', node: node.id, emotion } : { t: this.now, type: 'enter', node: node.id });
    if (rate === rate) {
      if (answered) m.nodeCounts[n * NODE_FIELDS + NodeField.responses]!++;
      if (this.s.traced[slot]) this.emit(slot, { t: this.now, type: 'response', node: node.id, answered });
    }
  }

  /** The customer's next listening draw (its stream is seeded on first use: most customers never answer a survey). */
  private listen(slot: number): number {
    if (!this.s.listeningSeeded[slot]) {
      seedStream(this.s.listening, slot * STREAM_WORDS, this.options.seed, this.s.index[slot]!, STREAM.listening);
      this.s.listeningSeeded[slot] = 1;
    }
    return nextUniform(this.s.listening, slot * STREAM_WORDS);
  }

  edge(slot: number, e: number): void {
    if (this.K > 0) {
      // An experiment's edge: the customer is in that variant from its first pass (a silent replay
      // rebuilds where it went, its customers were counted on the first run).
      const v = this.plan.experiments.edgeVariant[e]!;
      if (v >= 0 && this.splitSlots.pass(slot, this.plan.experiments.variantSplit[v]!, v) && !this.silent) this.metrics.variantCustomers[v]!++;
    }
    if (this.silent) return;
    // The edge's total is the sum over segments (derived when the result is built).
    this.metrics.edgeSegmentCounts[e * this.S + this.s.segment[slot]!]!++;
    if (this.s.traced[slot]) this.emit(slot, { t: this.now, type: 'edge', edge: this.plan.edgeIds[e]! });
  }

  cost(slot: number, micro: number): void {
    if (!this.silent) exactAdd(this.metrics.costMicro, this.s.segment[slot]!, micro);
  }

  task(_slot: number, team: number): void {
    if (team >= 0 && !this.silent) this.metrics.teamTasks[team]!++;
  }

  ignored(slot: number): void {
    this.lastIgnored = true;
    if (!this.silent) this.metrics.nodeCounts[this.s.node[slot]! * NODE_FIELDS + NodeField.ignored]!++;
  }

  setTimer(slot: number, delayMs: number, token: number): void {
    const delay = Math.round(delayMs);
    this.s.startTimer(slot, this.now + (delay > 0 ? delay : 0), token);
  }

  clearTimer(slot: number, token: number): void {
    this.s.stopTimer(slot, token);
  }

  variant(slot: number, split: number): number {
    return this.splitSlots.variant(slot, split, this.options.seed, this.s.index[slot]!);
  }

  /** A failure of the customer in `slot`: placed at it (its index, and its node when the error does not say). */
  private failedAt(slot: number, err: unknown): unknown {
    if (!(err instanceof SimulationError)) return err;
    const n = this.s.node[slot]!;
    return err.within({ customer: this.s.index[slot]!, ...(n >= 0 ? { node: this.plan.nodes[n]!.id } : {}) });
  }

  private emit(slot: number, step: TraceStep): void {
    this.options.trace!.step(this.s.index[slot]!, step);
  }
}
