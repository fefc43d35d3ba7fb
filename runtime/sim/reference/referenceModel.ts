// The `reference` engine's customer model: one real XState actor per customer, created from the
// compiled machine (createJourneyMachine) with a clock that hands its timers to the simulation
// core, so `after` timers follow simulated time. The definition of correct behaviour: transition
// selection, guards, actions, entries, re-entries and timers are all XState's.
import { createActor } from 'xstate';
import { createJourneyMachine, type JourneyMachine } from '../../compile/createJourneyMachine';
import { WORK_DONE, WORK_START } from '../../compile/machineConfig';
import { Phase, type CustomerModel, type ModelSink } from '../core/customerModel';
import type { SimCustomer } from '../plan/cohortPlan';
import { emotionAt, MONEY_UNIT, type SimPlan } from '../plan/simulationPlan';
import { SimulationError } from '../simulationError';
import { instrumentConfig, SIM_TRACK } from './instrumentConfig';

type Actor = ReturnType<typeof createActor<JourneyMachine>>;
type ActionArgs = { context: { customer: Record<string, unknown>; journey: Record<string, unknown> }; event: { type: string } };

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

  constructor(
    private readonly plan: SimPlan,
    private readonly sink: ModelSink,
  ) {
    const config = instrumentConfig(plan.config, plan.nodeIndex, plan.edgeIndex);
    const edgeEvents = plan.journey.edges.map((e) => e.event ?? null);
    const machine = createJourneyMachine(plan.journey, { config });
    this.machine = machine.provide({
      actions: {
        track: ({ context, event }: ActionArgs, params: Record<string, unknown>) => {
          const mark = params[SIM_TRACK];
          if (mark === 'enter') {
            const slot = this.current;
            const node = plan.nodes[params.node as number]!;
            const emotion = emotionAt(node, this.segments[slot]!, { customer: context.customer, journey: context.journey, event: event as Record<string, unknown> & { type: string } });
            sink.enter(slot, node.index, emotion);
          } else if (mark === 'edge') {
            const edge = params.edge as number;
            if (this.sending !== null && edgeEvents[edge] === this.sending) this.accepted = true;
            sink.edge(this.current, edge);
          }
        },
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

  /** Runs `f` as slot's actor and fails loudly when the actor errored (e.g. an assign that cannot evaluate). */
  private run(slot: number, f: () => void): void {
    this.current = slot;
    f();
    const error = this.errors[slot];
    if (error !== undefined) {
      throw new SimulationError(`the machine failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    }
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
    const actor = createActor(this.machine, { input: { customer: customer.attributes }, clock });
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
