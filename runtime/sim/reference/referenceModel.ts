// The `reference` engine's customer model: one real XState actor per customer, created from the
// compiled machine (createJourneyMachine) with a clock that hands its timers to the simulation
// core, so `after` timers follow simulated time. The definition of correct behaviour: transition
// selection, guards, actions, entries, re-entries and timers are all XState's.
import { assign, createActor, log } from 'xstate';
import { compileExpression, compileGuard, type ExprContext } from '../../expr';
import { createJourneyMachine, type JourneyMachine } from '../../compile/createJourneyMachine';
import { WORK_DONE, WORK_START } from '../../compile/machineConfig';
import { Phase, type CustomerModel, type ModelSink } from '../core/customerModel';
import type { SimCustomer } from '../plan/cohortPlan';
import { emotionAt, MONEY_UNIT, type SimPlan } from '../plan/simulationPlan';
import { SimulationError } from '../simulationError';
import { machineFailure, RULE_LOOP } from '../machineFailure';
import { instrumentConfig, SIM_TRACK } from './instrumentConfig';

type Actor = ReturnType<typeof createActor<JourneyMachine>>;
type ActionArgs = { context: { customer: Record<string, unknown>; journey: Record<string, unknown> }; event: { type: string } };

/** Where the `log` of the marks goes: nowhere. */
const NO_LOG = (): void => {};

/** XState's words when a macrostep takes more than `maxIterations` microsteps (instrumentConfig sets it). */
const XSTATE_LOOP = /^Infinite loop detected/;

export class ReferenceModel implements CustomerModel {
  private readonly machine: JourneyMachine;
  private readonly actors: (Actor | undefined)[] = [];
  private readonly segments: number[] = [];
  private readonly errors: (unknown | undefined)[] = [];
  private readonly timers = new Map<number, () => void>();
  private nextToken = 1;
  /** The slot whose actor is running now (actions run synchronously inside start/send). */
  private current = -1;
  /** The event being sent, to tell whether a transition accepted it. */
  private sending: string | null = null;
  private accepted = false;
  /** The edge whose actions run now: from its mark until the next node's entry (-1: none). */
  private edgeNow = -1;

  constructor(
    private readonly plan: SimPlan,
    private readonly sink: ModelSink,
  ) {
    const config = instrumentConfig(plan.config, plan.nodeIndex, plan.edgeIndex);
    const edgeEvents = plan.journey.edges.map((e) => e.event ?? null);
    const machine = createJourneyMachine(plan.journey, { config });
    const celContext = ({ context, event }: ActionArgs): ExprContext => ({ customer: context.customer, journey: context.journey, event: event as ExprContext['event'] });
    this.machine = machine.provide({
      // The machine's own guard and assign (createJourneyMachine), with the place of a failure.
      guards: {
        cel: (args: ActionArgs, params: { expr: string; [SIM_TRACK]?: number }) => {
          try {
            return compileGuard(plan.scope, params.expr)(celContext(args));
          } catch (err) {
            const edge = params[SIM_TRACK];
            throw machineFailure(err, 'guard', edge === undefined ? {} : { edge: plan.edgeIds[edge]! });
          }
        },
        // The simulator's assignment (DESIGN §5.7): the variant drawn from the customer's own
        // assignment stream, in place of the exported machine's hash of customer.id.
        variant: (_: ActionArgs, params: { split: string; variant: string }) => {
          const split = plan.experiments.splitIndex.get(params.split);
          if (split === undefined) return false;
          return plan.experiments.splits[split]!.variants[sink.variant(this.current, split)]?.id === params.variant;
        },
      },
      actions: {
        assign: assign((args: ActionArgs, params: Record<string, unknown>) => {
          let value: unknown;
          try {
            value = compileExpression(plan.scope, String(params.expr))(celContext(args));
          } catch (err) {
            throw machineFailure(err, `assign to journey.${String(params.var)}`);
          }
          return { journey: { ...args.context.journey, [String(params.var)]: value } };
        }),
        // The marks run as the value of a `log` action: XState computes a built-in action's value at
        // once, also while an actor starts (where it defers custom actions, and drops them when that
        // first step fails), so such a failure knows its node too; the log itself goes nowhere
        // (the actor's `logger` is a no-op). Unlike an `assign`, a `log` copies no snapshot.
        track: log(({ context, event }: ActionArgs, params: Record<string, unknown>) => {
          const mark = params[SIM_TRACK];
          if (mark === 'enter') {
            const slot = this.current;
            const node = plan.nodes[params.node as number]!;
            this.edgeNow = -1;
            let emotion: number;
            try {
              emotion = emotionAt(node, this.segments[slot]!, { customer: context.customer, journey: context.journey, event: event as Record<string, unknown> & { type: string } });
            } catch (err) {
              throw machineFailure(err, 'emotion', { node: node.id });
            }
            sink.enter(slot, node.index, emotion);
          } else if (mark === 'edge') {
            const edge = params.edge as number;
            this.edgeNow = edge;
            if (this.sending !== null && edgeEvents[edge] === this.sending) this.accepted = true;
            sink.edge(this.current, edge);
          }
          return '';
        }),
        incentive: (_: unknown, params: Record<string, unknown>) => {
          sink.cost(this.current, Math.round(Number(params.cost) * MONEY_UNIT));
        },
        task: (_: unknown, params: Record<string, unknown>) => {
          sink.task(this.current, plan.teamIndex.get(String(params.team)) ?? -1);
        },
      },
    } as never) as JourneyMachine;
  }

  private actor(slot: number): Actor {
    const actor = this.actors[slot];
    if (!actor) throw new Error(`reference model: no actor in slot ${slot}`);
    return actor;
  }

  /**
   * Runs `f` as slot's actor and fails loudly when the actor errored (e.g. an assign that cannot
   * evaluate), in the fast engine's words; the core adds the customer and its node.
   */
  private run(slot: number, f: () => void): void {
    this.current = slot;
    this.edgeNow = -1;
    f();
    const error = this.errors[slot];
    if (error === undefined) return;
    if (error instanceof Error && XSTATE_LOOP.test(error.message)) throw new SimulationError(RULE_LOOP);
    throw machineFailure(error, 'the machine failed', this.edgeNow >= 0 ? { edge: this.plan.edgeIds[this.edgeNow]! } : {});
  }

  begin(slot: number, customer: SimCustomer): void {
    this.segments[slot] = customer.segment;
    this.errors[slot] = undefined;
    const clock = {
      setTimeout: (fn: (...args: unknown[]) => void, delay: number) => {
        const token = this.nextToken++;
        this.timers.set(token, fn);
        this.sink.setTimer(slot, delay, token);
        return token;
      },
      clearTimeout: (token: number) => {
        if (this.timers.delete(token)) this.sink.clearTimer(slot, token);
      },
      // Simulated time takes any delay: the machine's timers need no 2^31−1 ms links (compile/journeyTimers.ts).
      longestTimeoutMs: Number.POSITIVE_INFINITY,
    };
    this.current = slot;
    const actor = createActor(this.machine, { input: { customer: customer.attributes }, clock, logger: NO_LOG });
    actor.subscribe({ error: (err: unknown) => void (this.errors[slot] = err ?? new Error('unknown error')) });
    this.actors[slot] = actor;
    this.run(slot, () => actor.start());
  }

  send(slot: number, event: number): void {
    const type = this.plan.eventNames[event]!;
    this.sending = type;
    this.accepted = false;
    try {
      this.run(slot, () => this.actor(slot).send({ type }));
    } finally {
      this.sending = null;
    }
    if (!this.accepted) this.sink.ignored(slot);
  }

  fireTimer(slot: number, token: number): void {
    const fn = this.timers.get(token);
    if (!fn) throw new Error(`reference model: unknown timer ${token}`);
    this.timers.delete(token);
    this.run(slot, fn);
  }

  workStart(slot: number): void {
    this.run(slot, () => this.actor(slot).send({ type: WORK_START }));
  }

  workDone(slot: number): void {
    this.run(slot, () => this.actor(slot).send({ type: WORK_DONE }));
  }

  end(slot: number): void {
    const actor = this.actors[slot];
    this.current = slot;
    actor?.stop();
    this.actors[slot] = undefined;
  }

  phase(slot: number): Phase {
    const snapshot = this.actor(slot).getSnapshot();
    if (snapshot.status === 'done') return Phase.final;
    if (snapshot.hasTag('work-queued')) return Phase.queued;
    if (snapshot.hasTag('work-handling')) return Phase.handling;
    if (snapshot.hasTag('work-handled')) return Phase.handled;
    return Phase.plain;
  }

  vars(slot: number): Record<string, unknown> {
    return this.actor(slot).getSnapshot().context.journey;
  }

  /** Timers still registered (a test hook: 0 after a run). */
  get pendingTimers(): number {
    return this.timers.size;
  }
}

export const createReferenceModel = (plan: SimPlan, sink: ModelSink): CustomerModel => new ReferenceModel(plan, sink);
