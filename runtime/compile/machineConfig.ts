// The compiled journey as plain data: an XState v5 machine config that JSON.stringify keeps whole.
// Functions (context from input, the machine's output) are added by createJourneyMachine and by the
// exported modules; everything else lives here.

/** The action types of journey documents; each compiles to a parameterised action of that name. */
export type JourneyActionType = 'message' | 'task' | 'incentive' | 'track' | 'assign';

/** A parameterised action: `params` are the document action's fields (all but `type`). */
export interface ActionConfig {
  type: JourneyActionType;
  params: Record<string, unknown>;
}

/** A rule's guard: a CEL expression over `customer`, `journey` and `event`. */
export interface CelGuardConfig {
  type: 'cel';
  params: { expr: string };
}

/**
 * An experiment's edge (DESIGN §3): holds for the customers assigned to `variant` of split `split`.
 * The default implementation is variantAssignment.ts (FNV-1a of customer.id:journey id:split id);
 * a host may provide its own.
 */
export interface VariantGuardConfig {
  type: 'variant';
  params: { split: string; variant: string };
}

/** The guards of compiled journeys. */
export type GuardConfig = CelGuardConfig | VariantGuardConfig;

/** Where a transition came from in the journey (its edge). */
export interface TransitionMeta {
  edge: string;
  label?: string;
}

export interface TransitionConfig {
  /** Always `#<nodeId>`: every state has its node id as XState id, so targets work across stages. */
  target: string;
  guard?: GuardConfig;
  actions?: ActionConfig[];
  /** Set on a node's loop to itself: entry actions run again and its timers restart. */
  reenter?: true;
  /** A timer's transition in a hosted config (withTimerActors): its delay in ms, as XState's own delayed transitions carry it. */
  delay?: number;
  meta: TransitionMeta;
}

/** A state's timers in a hosted config: the journey timer actor (journeyTimers.ts), invoked while the state is active. */
export interface TimerInvokeConfig {
  id: string;
  src: 'journey.timers';
  input: { timers: Array<{ delay: number; event: string }> };
}

/** What every state tells hosts and inspectors about the map (absent fields are omitted). */
export interface StateMeta {
  label: string;
  kind: string;
  stage?: string;
  lane?: string;
  laneKind?: string;
  channel?: string;
  emotion?: number | string;
  momentOfTruth?: boolean;
  team?: string;
  cost?: number;
  /** The kind's own entries (compile rule `meta`), e.g. `product`, `metric`. */
  [key: string]: unknown;
}

/** The output of the machine when it reaches an outcome. */
export interface JourneyOutput {
  outcome: string;
  result: string;
  value?: number;
}

export interface StateConfig {
  id?: string;
  type?: 'final';
  initial?: string;
  states?: Record<string, StateConfig>;
  entry?: ActionConfig[];
  on?: Record<string, TransitionConfig[]>;
  /** Keyed by milliseconds. Hosted configs have none: their timers are `invoke` + `on` (withTimerActors). */
  after?: Record<string, TransitionConfig[]>;
  invoke?: TimerInvokeConfig[];
  always?: TransitionConfig[];
  /** Final states: the machine's output when this outcome is reached. */
  output?: JourneyOutput;
  meta?: StateMeta;
  tags?: string[];
}

export type JourneyCustomer = Record<string, unknown>;
export type JourneyVars = Record<string, unknown>;

export interface JourneyContext {
  customer: JourneyCustomer;
  journey: JourneyVars;
}

export interface JourneyInput {
  customer: JourneyCustomer;
}

/** The machine config as data. `context` holds the initial vars; the real context comes from input. */
export interface JourneyMachineConfig extends StateConfig {
  id: string;
  initial: string;
  states: Record<string, StateConfig>;
  context: JourneyContext;
}

/** The events that advance a node with `work`, sent by the host's task system or the simulator. */
export const WORK_START = 'work.start';
export const WORK_DONE = 'work.done';
