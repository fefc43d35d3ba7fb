// The `fast` engine's customer model: the compiled kernel run over flat per-slot arrays. It does
// what XState does with the same config, step for step (proven by the differential tests):
// transitions picked from the atomic state up (the node, then its stage), first passing guard in
// document order; exit (timers cancelled), transition actions, entry (stage timers, the node's
// emotion and entry actions, its timers); `always` rules re-evaluated after every microstep with the
// event of the macrostep; a node with work keeps its rules until it is handled.
import { WORK_DONE, WORK_START } from '../../compile/machineConfig';
import type { ExprContext } from '../../expr';
import { Phase, type CustomerModel, type ModelSink } from '../core/customerModel';
import type { SimCustomer } from '../plan/cohortPlan';
import { emotionAt, type PlanNode, type SimPlan } from '../plan/simulationPlan';
import { SimulationError } from '../simulationError';
import { machineFailure, RULE_LOOP } from '../machineFailure';
import { MAX_MICROSTEPS } from '../reference/instrumentConfig';
import { compileKernel, KActionKind, type KAction, type KGuard, type Kernel, type KNode, type KTimer, type KTransition } from './compileKernel';

const EMPTY: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;
type Event = { type: string } & Record<string, unknown>;

export class FastModel implements CustomerModel {
  private readonly kernel: Kernel;
  private readonly planNodes: PlanNode[];
  private readonly edgeIds: string[];
  private readonly initialVars: Record<string, unknown>;
  private readonly hasVars: boolean;
  private readonly eventObjects: Event[];
  private readonly workStartEvent: Event = { type: WORK_START };
  private readonly workDoneEvent: Event = { type: WORK_DONE };
  private readonly ctx: ExprContext = { customer: EMPTY, journey: EMPTY, event: EMPTY };
  private node = new Int32Array(16);
  private phases = new Uint8Array(16);
  private segment = new Int32Array(16);
  private customer: Record<string, unknown>[] = [];
  /** Per-customer guard results, `perCustomerGuards` per slot: 0 not yet evaluated, 1 false, 2 true. */
  private guardCache: Uint8Array;
  private readonly G: number;
  private journeyVars: Record<string, unknown>[] = [];

  constructor(
    plan: SimPlan,
    private readonly sink: ModelSink,
  ) {
    this.kernel = compileKernel(plan);
    this.planNodes = plan.nodes;
    this.edgeIds = plan.edgeIds;
    this.initialVars = plan.config.context.journey;
    this.hasVars = Object.keys(this.initialVars).length > 0;
    this.eventObjects = plan.eventNames.map((type) => ({ type }));
    this.G = this.kernel.perCustomerGuards;
    this.guardCache = new Uint8Array(16 * this.G);
  }

  private ensure(slot: number): void {
    if (slot < this.node.length) return;
    let n = this.node.length;
    while (n <= slot) n *= 2;
    const node = new Int32Array(n);
    node.set(this.node);
    this.node = node;
    const phases = new Uint8Array(n);
    phases.set(this.phases);
    this.phases = phases;
    const segment = new Int32Array(n);
    segment.set(this.segment);
    this.segment = segment;
    const guardCache = new Uint8Array(n * this.G);
    guardCache.set(this.guardCache);
    this.guardCache = guardCache;
  }

  begin(slot: number, c: SimCustomer): void {
    this.ensure(slot);
    this.segment[slot] = c.segment;
    this.customer[slot] = c.attributes;
    if (this.G > 0) this.guardCache.fill(0, slot * this.G, slot * this.G + this.G);
    this.journeyVars[slot] = this.hasVars ? { ...this.initialVars } : EMPTY;
    const init: Event = { type: 'xstate.init', input: { customer: c.attributes } };
    const start = this.kernel.nodes[this.kernel.start]!;
    if (start.stage >= 0) this.startTimers(slot, this.kernel.stages[start.stage]!.timers);
    this.enterNode(slot, start, init);
    this.settle(slot, init);
  }

  send(slot: number, event: number): void {
    const ev = this.eventObjects[event]!;
    const node = this.kernel.nodes[this.node[slot]!]!;
    let t = this.firstPassing(node.on[event] ?? null, slot, ev);
    if (t === null && node.stage >= 0) t = this.firstPassing(this.kernel.stages[node.stage]!.on[event] ?? null, slot, ev);
    if (t !== null) this.take(slot, t, ev);
    else this.sink.ignored(slot);
    this.settle(slot, ev);
  }

  fireTimer(slot: number, token: number): void {
    const timer = this.kernel.timers[token]!;
    const ev = timer.event as Event;
    const t = this.firstPassing(timer.transitions, slot, ev);
    if (t !== null) this.take(slot, t, ev);
    this.settle(slot, ev);
  }

  workStart(slot: number): void {
    this.phases[slot] = Phase.handling;
    this.settle(slot, this.workStartEvent);
  }

  workDone(slot: number): void {
    this.phases[slot] = Phase.handled;
    this.settle(slot, this.workDoneEvent);
  }

  end(slot: number): void {
    this.customer[slot] = EMPTY;
    this.journeyVars[slot] = EMPTY;
  }

  phase(slot: number): Phase {
    return this.phases[slot] as Phase;
  }

  vars(slot: number): Record<string, unknown> {
    return this.journeyVars[slot]!;
  }

  // ------------------------------------------------------------------ the machine

  private pass(g: KGuard | null, slot: number, ev: Event): boolean {
    if (g === null) return true;
    if (g.bySegment !== null) return g.bySegment[this.segment[slot]!] === 1;
    // An experiment's edge: the customer's variant there (drawn by the core from its assignment stream).
    if (g.split >= 0) return this.sink.variant(slot, g.split) === g.variant;
    const ctx = this.ctx;
    ctx.customer = this.customer[slot]!;
    ctx.journey = this.journeyVars[slot]!;
    ctx.event = ev;
    if (g.perCustomer < 0) return g.test(ctx);
    // Reads the customer's attributes only: evaluated once per customer (a pure function of them).
    const k = slot * this.G + g.perCustomer;
    const cached = this.guardCache[k]!;
    if (cached !== 0) return cached === 2;
    const holds = g.test(ctx);
    this.guardCache[k] = holds ? 2 : 1;
    return holds;
  }

  private firstPassing(list: KTransition[] | null, slot: number, ev: Event): KTransition | null {
    if (list === null) return null;
    for (let i = 0; i < list.length; i++) {
      const t = list[i]!;
      let holds: boolean;
      try {
        holds = this.pass(t.guard, slot, ev);
      } catch (err) {
        throw this.failure(err, 'guard', slot, t.edge);
      }
      if (holds) return t;
    }
    return null;
  }

  /** `what` failed for the customer in `slot`, at its node (and edge `edge` when ≥ 0): the words the reference engine uses too. */
  private failure(err: unknown, what: string, slot: number, edge: number): SimulationError {
    const node = this.planNodes[this.node[slot]!]!.id;
    return machineFailure(err, what, edge >= 0 ? { node, edge: this.edgeIds[edge]! } : { node });
  }

  /** Eventless transitions until none is enabled (XState's macrostep loop). */
  private settle(slot: number, ev: Event): void {
    for (let step = 0; ; step++) {
      const phase = this.phases[slot];
      if (phase === Phase.final) return;
      const node = this.kernel.nodes[this.node[slot]!]!;
      let t: KTransition | null = null;
      if (!node.work || phase === Phase.handled) t = this.firstPassing(node.always, slot, ev);
      if (t === null && node.stage >= 0) t = this.firstPassing(this.kernel.stages[node.stage]!.always, slot, ev);
      if (t === null) return;
      if (step >= MAX_MICROSTEPS) throw new SimulationError(RULE_LOOP, { node: this.planNodes[node.index]!.id });
      this.take(slot, t, ev);
    }
  }

  private take(slot: number, t: KTransition, ev: Event): void {
    const from = this.kernel.nodes[this.node[slot]!]!;
    const to = this.kernel.nodes[t.target]!;
    this.stopTimers(slot, from.timers);
    const leavesStage = from.stage !== to.stage;
    if (leavesStage && from.stage >= 0) this.stopTimers(slot, this.kernel.stages[from.stage]!.timers);
    if (t.edge >= 0) this.sink.edge(slot, t.edge);
    this.runActions(slot, t.actions, ev, t.edge);
    if (leavesStage && to.stage >= 0) this.startTimers(slot, this.kernel.stages[to.stage]!.timers);
    this.enterNode(slot, to, ev);
  }

  private enterNode(slot: number, node: KNode, ev: Event): void {
    this.node[slot] = node.index;
    const ctx = this.ctx;
    ctx.customer = this.customer[slot]!;
    ctx.journey = this.journeyVars[slot]!;
    ctx.event = ev;
    let emotion: number;
    try {
      emotion = emotionAt(this.planNodes[node.index]!, this.segment[slot]!, ctx);
    } catch (err) {
      throw this.failure(err, 'emotion', slot, -1);
    }
    this.sink.enter(slot, node.index, emotion);
    this.runActions(slot, node.entry, ev, -1);
    if (node.final) {
      this.phases[slot] = Phase.final;
      return;
    }
    this.startTimers(slot, node.timers);
    this.phases[slot] = node.work ? Phase.queued : Phase.plain;
  }

  /** The actions of edge `edge` (-1: the entry actions of the customer's node). */
  private runActions(slot: number, actions: KAction[], ev: Event, edge: number): void {
    for (let i = 0; i < actions.length; i++) {
      const a = actions[i]!;
      if (a.kind === KActionKind.assign) {
        const ctx = this.ctx;
        const vars = this.journeyVars[slot]!;
        ctx.customer = this.customer[slot]!;
        ctx.journey = vars;
        ctx.event = ev;
        let value: unknown;
        try {
          value = a.expr!(ctx);
        } catch (err) {
          throw this.failure(err, `assign to journey.${a.name}`, slot, edge);
        }
        vars[a.name] = value;
      } else if (a.kind === KActionKind.cost) this.sink.cost(slot, a.amount);
      else this.sink.task(slot, a.amount);
    }
  }

  private startTimers(slot: number, timers: KTimer[]): void {
    for (let i = 0; i < timers.length; i++) this.sink.setTimer(slot, timers[i]!.delayMs, timers[i]!.token);
  }

  private stopTimers(slot: number, timers: KTimer[]): void {
    for (let i = 0; i < timers.length; i++) this.sink.clearTimer(slot, timers[i]!.token);
  }
}

export const createFastModel = (plan: SimPlan, sink: ModelSink): CustomerModel => new FastModel(plan, sink);
