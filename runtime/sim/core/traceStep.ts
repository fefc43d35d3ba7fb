/** How a customer left the simulation. */
export type CustomerEnd = 'outcome' | 'stalled' | 'abandoned' | 'inProgress';

/** One step of one customer, at simulated time `t` (ms); the workbench replays them in order. */
export type TraceStep =
  | { t: number; type: 'enter'; node: string; emotion?: number }
  | { t: number; type: 'edge'; edge: string }
  /** The event the customer will emit from here, and when (unless a timer fires first). */
  | { t: number; type: 'emit'; event: string; at: number }
  /** The customer emits no event from here. */
  | { t: number; type: 'silent'; node: string }
  | { t: number; type: 'event'; event: string }
  /** No transition accepted the event. */
  | { t: number; type: 'ignored'; event: string }
  | { t: number; type: 'timer' }
  | { t: number; type: 'response'; node: string; answered: boolean }
  | { t: number; type: 'queue'; node: string; team: string }
  | { t: number; type: 'serve'; node: string; team: string; waitMs: number; handleMs: number }
  | { t: number; type: 'done'; node: string; team: string }
  | { t: number; type: 'abandon'; node: string; team: string; waitMs: number }
  | { t: number; type: 'end'; end: CustomerEnd; node: string; result?: string };
