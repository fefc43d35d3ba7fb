// The compiled journey as a real XState machine. The config is toMachineConfig's data; this adds
// what cannot be data: the context from input, the machine's output, and the implementations of
// the `cel` guard and of the actions. `message`, `task`, `incentive` and `track` are no-ops that a
// host replaces with `machine.provide({ actions })`; `assign` is a real `assign`. Timers run as
// journey timer actors (withTimerActors, journeyTimers.ts): no timer fires early, and a restored
// snapshot keeps them.
import { assign, setup } from 'xstate';
import type { Journey } from '../model/journey';
import { compileExpression, compileGuard, type ExprScope } from '../expr';
import { toMachineConfig } from './toMachineConfig';
import { withTimerActors } from './withTimerActors';
import { JOURNEY_TIMERS, journeyTimers } from './journeyTimers';
import { assignVariant } from './variantAssignment';
import { splitTableOf, type SplitTable } from './splitTable';
import type { ActionConfig, JourneyContext, JourneyInput, JourneyMachineConfig, JourneyOutput, StateConfig, TransitionConfig } from './machineConfig';

/** Any event: a name and its payload (`event.*` in CEL). */
export type JourneyEvent = { type: string; [key: string]: unknown };

export interface CreateJourneyMachineOptions {
  /** A config already compiled from this journey (saves compiling twice). */
  config?: JourneyMachineConfig;
}

/** The CEL scope of a journey: its declared customer attributes and its vars. */
export function exprScopeOf(journey: Journey): ExprScope {
  return { customer: journey.customer ?? {}, vars: journey.vars ?? {} };
}

/** Every CEL text of the config (guards and assign expressions), to compile them up front. Walked without recursion. */
function celTexts(config: StateConfig, guards: Set<string>, exprs: Set<string>): void {
  const assigns = (actions: ActionConfig[] | undefined) => {
    if (actions) for (const a of actions) if (a.type === 'assign') exprs.add(String(a.params.expr));
  };
  const transitions = (list: TransitionConfig[]) => {
    for (const t of list) {
      if (t.guard?.type === 'cel') guards.add(t.guard.params.expr);
      assigns(t.actions);
    }
  };
  const stack: StateConfig[] = [config];
  for (let state = stack.pop(); state; state = stack.pop()) {
    for (const lists of [state.on, state.after]) if (lists) for (const key of Object.keys(lists)) transitions(lists[key]!);
    if (state.always) transitions(state.always);
    assigns(state.entry);
    // Children pushed last first: taken in document order, as the expressions are compiled (the first that does not check throws).
    if (state.states) {
      const keys = Object.keys(state.states);
      for (let k = keys.length - 1; k >= 0; k--) stack.push(state.states[keys[k]!]!);
    }
  }
}

function journeySetup(scope: ExprScope, journeyId: string, splits: SplitTable) {
  return setup({
    types: {
      context: {} as JourneyContext,
      input: {} as JourneyInput,
      output: {} as JourneyOutput,
      events: {} as JourneyEvent,
    },
    actors: { [JOURNEY_TIMERS]: journeyTimers },
    guards: {
      cel: ({ context, event }, params: { expr: string }) => compileGuard(scope, params.expr)({ customer: context.customer, journey: context.journey, event }),
      // Sticky and portable: the same customer id gets the same variant in any host (variantAssignment.ts).
      variant: ({ context }, params: { split: string; variant: string }) =>
        assignVariant(splits[params.split] ?? [], String(context.customer.id), journeyId, params.split) === params.variant,
    },
    actions: {
      message: (_, _params: Record<string, unknown>) => {},
      task: (_, _params: Record<string, unknown>) => {},
      incentive: (_, _params: Record<string, unknown>) => {},
      track: (_, _params: Record<string, unknown>) => {},
      assign: assign(({ context, event }, params: Record<string, unknown>) => ({
        journey: {
          ...context.journey,
          [String(params.var)]: compileExpression(scope, String(params.expr))({ customer: context.customer, journey: context.journey, event }),
        },
      })),
    },
  });
}

/**
 * A real XState v5 machine of the journey. Input `{ customer }` (with `id` and `segment`); context `{ customer, journey: vars }`
 * (a fresh copy of the vars per actor); output `{ outcome, result, value? }` when an outcome is
 * reached. Throws ExpressionError when a guard or assign expression does not check.
 */
export function createJourneyMachine(journey: Journey, options: CreateJourneyMachineOptions = {}) {
  // The config that runs, timers hosted: made so at once, or from the data config given.
  const config = options.config ? withTimerActors(options.config) : toMachineConfig(journey, { timers: 'hosted' });
  const scope = exprScopeOf(journey);
  const guards = new Set<string>();
  const exprs = new Set<string>();
  celTexts(config, guards, exprs);
  for (const g of guards) compileGuard(scope, g);
  for (const e of exprs) compileExpression(scope, e);

  const vars = config.context.journey;
  const machineSetup = journeySetup(scope, journey.id, splitTableOf(journey));
  type Config = Parameters<typeof machineSetup.createMachine>[0];
  return machineSetup.createMachine({
    ...(config as unknown as Config),
    context: ({ input }: { input: JourneyInput | undefined }) => ({ customer: { ...(input?.customer ?? {}) }, journey: structuredClone(vars) }),
    output: ({ event }: { event: { output?: JourneyOutput } }) => event.output as JourneyOutput,
  } as Config);
}

export type JourneyMachine = ReturnType<typeof createJourneyMachine>;
