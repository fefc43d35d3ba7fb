// A host for an exported journey: your messaging, task system and database around the machine.
// npm run journey -- compile samples/pet-food-cancellation.journey.json --format ts -o pet-food-cancellation.machine.ts
import { createActor } from 'xstate';
import { machine } from './pet-food-cancellation.machine';

export type Customer = { id: string; segment: string; [attribute: string]: unknown };
export type Outcome = { outcome: string; result: string; value?: number };

/** Your systems. */
export interface HostServices {
  /** The journey's `message` action: `{ channel, template }`. */
  sendMessage(customerId: string, message: { channel: string; template: string }): void;
  /** The journey's `task` action: `{ team, title }`. */
  createTask(customerId: string, task: { team: string; title: string }): void;
  /** A node with `work` needs a staff member of `team`: call workStarted when one takes it, workDone when done. */
  queueForStaff(customerId: string, work: { team: string; node: string }): void;
  /** One stored snapshot (JSON) per customer. */
  store: { save(customerId: string, json: string): void; load(customerId: string): string | undefined };
}

type JourneyActor = ReturnType<typeof createActor<typeof machine>>;
type JourneySnapshot = ReturnType<JourneyActor['getSnapshot']>;

/** The staffed node a snapshot waits at (its state meta carries the team), if it is queued. */
function queuedWork(snapshot: JourneySnapshot): { team: string; node: string } | undefined {
  if (!snapshot.hasTag('work-queued')) return undefined;
  const metas = snapshot.getMeta() as Record<string, { kind?: string; team?: string } | undefined>;
  const node = Object.keys(metas).find((id) => metas[id]?.kind !== 'work' && metas[id]?.team !== undefined);
  return node === undefined ? undefined : { team: String(metas[node]!.team), node };
}

export function journeyHost(services: HostServices) {
  // The effects: the exported machine's actions do nothing until the host provides them.
  const hosted = machine.provide({
    actions: {
      message: ({ context }, params) => services.sendMessage(String(context.customer.id), { channel: String(params.channel), template: String(params.template) }),
      task: ({ context }, params) => services.createTask(String(context.customer.id), { team: String(params.team), title: String(params.title) }),
    },
  });
  const actors = new Map<string, JourneyActor>();

  function run(customerId: string, actor: JourneyActor, restored: boolean): void {
    let queued = restored ? queuedWork(actor.getSnapshot()) : undefined; // restored: queued for staff already
    actor.subscribe((snapshot) => {
      // Every change is stored: pending timers included, so a restart loses nothing.
      services.store.save(customerId, JSON.stringify(actor.getPersistedSnapshot()));
      const work = queuedWork(snapshot);
      if (work && work.node !== queued?.node) services.queueForStaff(customerId, work);
      queued = work;
    });
    actors.set(customerId, actor);
    actor.start();
  }

  const actorOf = (customerId: string): JourneyActor => {
    const actor = actors.get(customerId);
    if (!actor) throw new Error(`no journey running for customer ${customerId}`);
    return actor;
  };

  return {
    /** A customer enters the journey. */
    start: (customer: Customer) => run(customer.id, createActor(hosted, { input: { customer } }), false),
    /** After a restart: the customer's journey from its stored snapshot, timers included. */
    resume(customer: Customer): void {
      const json = services.store.load(customer.id);
      if (json === undefined) throw new Error(`no stored journey for customer ${customer.id}`);
      run(customer.id, createActor(hosted, { snapshot: JSON.parse(json), input: { customer } }), true);
    },
    /** Something happened: the customer did something, or a system signalled. */
    send: (customerId: string, type: string) => actorOf(customerId).send({ type }),
    /** Your task system: a staff member took the work, and finished it. */
    workStarted: (customerId: string) => actorOf(customerId).send({ type: 'work.start' }),
    workDone: (customerId: string) => actorOf(customerId).send({ type: 'work.done' }),
    /** Where the customer is (a state value), and the outcome once the journey has ended. */
    where: (customerId: string) => actorOf(customerId).getSnapshot().value,
    outcome(customerId: string): Outcome | undefined {
      const snapshot = actorOf(customerId).getSnapshot();
      return snapshot.status === 'done' ? snapshot.output : undefined;
    },
    /** Shutting down: the actors stop, their snapshots are stored. */
    stop(): void {
      for (const actor of actors.values()) actor.stop();
      actors.clear();
    },
  };
}
