// Journey timers: how compiled machines run their `after` edges, in place of XState's own `after`.
// Self-contained (its only import is xstate) so that the exported module inlines it verbatim; only
// erasable TypeScript.
//
// Why not XState's `after`: (1) it hands the whole delay to one setTimeout, and Node and browsers
// run a setTimeout above 2^31−1 ms (24.8 days) at once, so "after 90d" fires in a millisecond;
// (2) xstate 5.33 keeps delayed events out of getPersistedSnapshot(), so a restored actor has
// lost its timers. An invoked actor is persisted with its parent and started again on restore, so
// each state with timers invokes this one (withTimerActors.ts writes the config): it notes in its
// own snapshot when the state was entered (`startedAt`, on the actor's clock), arms each delay in
// links of at most 2^31−1 ms, and sends its parent the event XState would have raised
// (`xstate.after.<ms>.<state id>`), so guards, tools and tests see the same events. Restored, it
// arms what is left of each delay (a timer already due fires at the clock's next tick).
//
// Time is the actor's clock (`createActor(machine, { clock })`): its `now()` when it has one
// (SimulatedClock), else Date.now(). A clock that jumps (SimulatedClock.increment) runs a link
// late; when it can tell the time, the next link is shortened by that, so the timer fires at its
// deadline (or, jumped past it, at once). A clock whose setTimeout takes longer delays may say so
// in `longestTimeoutMs` (the simulator's does: one timer per delay, as XState's own `after`).
import { fromCallback, type EventObject, type Snapshot } from 'xstate'

/** The `src` of the timer actor (`setup({ actors })` / `createMachine(config, { actors })`). */
export const JOURNEY_TIMERS = 'journey.timers'

/** The longest delay a runtime's setTimeout honours: 2^31−1 ms. */
export const LONGEST_TIMEOUT_MS = 2147483647

/** One `after` edge group of a state: its delay (ms) and the event it sends the machine. */
export interface JourneyTimer {
  delay: number
  event: string
}

/** The input of the timer actor, as the config holds it. */
export interface JourneyTimersInput {
  timers: JourneyTimer[]
}

/** What the actor keeps in its snapshot: its input, when its state was entered, and whether it was restored. */
export interface JourneyTimersState extends JourneyTimersInput {
  startedAt: number
  restored?: boolean
}

interface TimerClock {
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(id: unknown): void
  now?(): number
  /** The longest delay this clock's setTimeout takes (default 2^31−1 ms; a simulator's may take any). */
  longestTimeoutMs?: number
}

// Every actor of a system has its clock (`Actor.clock`), children included.
const clockOf = (actor: unknown): TimerClock => (actor as { clock: TimerClock }).clock
const timeOn = (clock: TimerClock): number => (typeof clock.now === 'function' ? clock.now() : Date.now())

const timersLogic = fromCallback<EventObject, JourneyTimersState>(({ input, self, sendBack }) => {
  const clock = clockOf(self)
  const elapsed = input.restored && Number.isFinite(input.startedAt) ? Math.max(0, timeOn(clock) - input.startedAt) : 0
  const longest = clock.longestTimeoutMs ?? LONGEST_TIMEOUT_MS
  const pending = new Set<unknown>()
  const arm = (timer: JourneyTimer, ms: number): void => {
    const from = typeof clock.now === 'function' ? clock.now() : undefined
    const handle = clock.setTimeout(() => {
      pending.delete(handle)
      if (ms <= longest) return sendBack({ type: timer.event })
      const left = ms - (from === undefined ? longest : Math.max(longest, timeOn(clock) - from))
      // Due already: the clock jumped past the deadline. Sent now, as SimulatedClock would not run a
      // timer armed while it runs timers (it runs those it had when it started).
      if (left <= 0) sendBack({ type: timer.event })
      else arm(timer, left)
    }, Math.min(ms, longest))
    pending.add(handle)
  }
  // Soonest first. Restored after a deadline, a timer is armed negative: real clocks run it at once,
  // and SimulatedClock, which orders its timers by start + delay, runs it in deadline order.
  for (const timer of [...input.timers].sort((a, b) => a.delay - b.delay)) arm(timer, timer.delay - elapsed)
  return () => {
    for (const handle of pending) clock.clearTimeout(handle)
  }
})

type TimersSnapshot = Snapshot<undefined> & { input: JourneyTimersState }

/** The timer actor: fromCallback logic whose snapshot also holds `startedAt`, kept by getPersistedSnapshot. */
export const journeyTimers: typeof timersLogic = {
  ...timersLogic,
  getInitialSnapshot: (scope: Parameters<typeof timersLogic.getInitialSnapshot>[0], input: JourneyTimersInput) =>
    timersLogic.getInitialSnapshot(scope, { timers: input.timers, startedAt: timeOn(clockOf(scope.self)) }),
  restoreSnapshot: (snapshot: Snapshot<unknown>) => {
    const persisted = snapshot as TimersSnapshot
    return { ...persisted, input: { ...persisted.input, restored: true } }
  },
  getPersistedSnapshot: (snapshot: TimersSnapshot) => {
    const { restored: _restored, ...input } = snapshot.input
    return { ...snapshot, input }
  },
}
