// The `fast` engine's kernel, compiled from the very machine config the reference engine runs
// (toMachineConfig): states and transitions become integer-indexed tables, guards are prepared once
// (a constant, one value per segment, or a compiled CEL function), actions become small records.
import { CelLimitError, compileExpression, compileGuard, type ExprContext } from '../../expr';
import type { ActionConfig, StateConfig, TransitionConfig } from '../../compile/machineConfig';
import { ExprClass, exprClass, fieldsRead } from '../plan/exprDependencies';
import { memoOnField } from './memoOnField';
import { MONEY_UNIT, type SimPlan } from '../plan/simulationPlan';

export interface KGuard {
  /** One value per segment (1 holds, 0 not) when the guard reads at most `customer.segment`. */
  bySegment: Int8Array | null;
  /**
   * For a guard that reads customer attributes only (ExprClass.customer): its place in the model's
   * per-customer cache of guard results (the same for one customer all along); -1 otherwise.
   */
  perCustomer: number;
  /** An experiment's edge (`variant` guard): the split's index in the plan's experiments, and the variant's index in it; -1 otherwise. */
  split: number;
  variant: number;
  test: (ctx: ExprContext) => boolean;
}

const NEVER = (): boolean => false;

export const KActionKind = { assign: 0, cost: 1, task: 2 } as const;

export interface KAction {
  kind: number;
  /** assign: the variable and its expression. */
  name: string;
  expr: ((ctx: ExprContext) => unknown) | null;
  /** cost: millionths; task: the team index. */
  amount: number;
}

export interface KTransition {
  edge: number;
  target: number;
  guard: KGuard | null;
  actions: KAction[];
}

export interface KTimer {
  token: number;
  delayMs: number;
  transitions: KTransition[];
  /** The event XState raises for this timer (`xstate.after.<ms>.<state id>`), as guards see it. */
  event: { type: string };
}

/** Up to this many distinct events in a journey, each state's `on` is dense. */
const DENSE_EVENTS = 1024;

/** The transitions of a state (a node or a stage), by event id; the `always` rules; the timers. */
export interface KState {
  /**
   * Dense over the journey's events when they are few (the quickest lookup); sparse, holding only
   * the state's own events, when there are many, so that memory is not states × events.
   */
  on: (KTransition[] | undefined)[];
  always: KTransition[];
  timers: KTimer[];
}

export interface KNode extends KState {
  index: number;
  /** The stage compound state holding the node (-1: top level; outcomes are always top level). */
  stage: number;
  final: boolean;
  work: boolean;
  entry: KAction[];
}

export interface Kernel {
  nodes: KNode[];
  stages: KState[];
  timers: KTimer[];
  start: number;
  /** How many guards are per customer (KGuard.perCustomer is 0 … perCustomerGuards − 1). */
  perCustomerGuards: number;
}

const EMPTY: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

/** `f` remembered by value when `text` reads one journey variable, or one customer attribute, and nothing else. */
function memoized<R>(text: string, f: (ctx: ExprContext) => R): (ctx: ExprContext) => R {
  for (const root of ['journey', 'customer'] as const) {
    const fields = fieldsRead(text, root);
    if (fields?.length === 1) return memoOnField(root, fields[0]!, f);
  }
  return f;
}

export function compileKernel(plan: SimPlan): Kernel {
  const { scope, config } = plan;
  const segmentIds = plan.segments.map((s) => s.id);
  const guards = new Map<string, KGuard>();
  const timers: KTimer[] = [];
  let perCustomerGuards = 0;

  const guardOf = (text: string): KGuard => {
    let g = guards.get(text);
    if (!g) {
      const test = memoized(text, compileGuard(scope, text));
      const cls = exprClass(text);
      let bySegment: Int8Array | null = null;
      if (cls === ExprClass.constant || cls === ExprClass.segment) {
        try {
          bySegment = Int8Array.from(segmentIds, (segment) => (test({ customer: { segment }, journey: EMPTY, event: EMPTY }) ? 1 : 0));
        } catch (err) {
          // Over CEL's limits: evaluated for each customer instead, where it fails at its edge as on the reference engine.
          if (!(err instanceof CelLimitError)) throw err;
        }
      }
      const perCustomer = cls === ExprClass.customer ? perCustomerGuards++ : -1;
      g = { bySegment, perCustomer, split: -1, variant: -1, test };
      guards.set(text, g);
    }
    return g;
  };
  const actionOf = (a: ActionConfig): KAction | null => {
    switch (a.type) {
      case 'assign':
        return { kind: KActionKind.assign, name: String(a.params.var), expr: memoized(String(a.params.expr), compileExpression(scope, String(a.params.expr))), amount: 0 };
      case 'incentive':
        return { kind: KActionKind.cost, name: '', expr: null, amount: Math.round(Number(a.params.cost) * MONEY_UNIT) };
      case 'task':
        return { kind: KActionKind.task, name: '', expr: null, amount: plan.teamIndex.get(String(a.params.team)) ?? -1 };
      default:
        return null; // message, track: nothing the simulation counts
    }
  };
  const actionsOf = (list: ActionConfig[] | undefined): KAction[] => (list ?? []).map(actionOf).filter((a): a is KAction => a !== null);
  const targetOf = (t: TransitionConfig): number => {
    const id = t.target.replace(/^#/, '');
    const n = plan.nodeIndex.get(id);
    if (n === undefined) throw new Error(`kernel: transition of edge '${t.meta.edge}' targets unknown state '${t.target}'`);
    return n;
  };
  const variantGuardOf = (params: { split: string; variant: string }): KGuard => {
    const split = plan.experiments.splitIndex.get(params.split) ?? -1;
    const variant = split < 0 ? -1 : plan.experiments.splits[split]!.variants.findIndex((v) => v.id === params.variant);
    if (split < 0 || variant < 0) throw new Error(`kernel: variant guard of unknown split '${params.split}' or variant '${params.variant}'`);
    return { bySegment: null, perCustomer: -1, split, variant, test: NEVER };
  };
  const transitionOf = (t: TransitionConfig): KTransition => ({
    edge: plan.edgeIndex.get(t.meta.edge) ?? -1,
    target: targetOf(t),
    guard: t.guard === undefined ? null : t.guard.type === 'variant' ? variantGuardOf(t.guard.params) : guardOf(t.guard.params.expr),
    actions: actionsOf(t.actions),
  });
  const stateOf = (s: StateConfig, id: string): KState => {
    const on: (KTransition[] | undefined)[] = plan.eventNames.length <= DENSE_EVENTS ? plan.eventNames.map(() => undefined) : [];
    for (const [event, list] of Object.entries(s.on ?? {})) {
      const e = plan.eventIndex.get(event);
      if (e !== undefined) on[e] = list.map(transitionOf);
    }
    // XState raises `after` events in the order of the config's keys (Object.keys order).
    const stateTimers = Object.entries(s.after ?? {}).map(([key, list]) => {
      const timer: KTimer = { token: timers.length, delayMs: Number(key), transitions: list.map(transitionOf), event: { type: `xstate.after.${Number(key)}.${id}` } };
      timers.push(timer);
      return timer;
    });
    return { on, always: (s.always ?? []).map(transitionOf), timers: stateTimers };
  };

  const nodes: KNode[] = new Array(plan.nodes.length);
  const stages: KState[] = [];
  const nodeOf = (s: StateConfig, stage: number): void => {
    const id = s.id!;
    const index = plan.nodeIndex.get(id)!;
    const work = s.states?.handled !== undefined;
    // A node with work keeps its rules in the `handled` sub-state; its events and timers on itself.
    const own = stateOf(work ? { ...s, always: s.states!.handled!.always } : s, id);
    nodes[index] = { ...own, index, stage, final: s.type === 'final', work, entry: actionsOf(s.entry) };
  };
  for (const [key, s] of Object.entries(config.states)) {
    if (s.meta?.kind === 'stage') {
      const stage = stages.length;
      stages.push(stateOf(s, s.id ?? key));
      for (const child of Object.values(s.states ?? {})) nodeOf(child, stage);
    } else nodeOf(s, -1);
  }
  return { nodes, stages, timers, start: plan.startNode, perCustomerGuards };
}
