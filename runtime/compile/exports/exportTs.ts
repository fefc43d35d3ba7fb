// `compile --format ts`: a standalone ES module (TypeScript) that imports only `xstate` and the CEL
// library, inlines the CEL runtime, embeds the machine config as data and exports `machine`, built
// with `setup(...).createMachine(...)`. It behaves as createJourneyMachine does: same config, same
// guard rule (a guard that fails to evaluate is false, one over CEL's limits throws), same `assign`, same context and output,
// same timers (journeyTimers.ts, inlined too).
import type { Journey } from '../../model/journey';
import { toMachineConfig } from '../toMachineConfig';
import { CEL_RUNTIME_SOURCE } from './celRuntimeSource.generated';
import { JOURNEY_TIMERS_SOURCE } from './journeyTimersSource.generated';
import { VARIANT_ASSIGNMENT_SOURCE } from './variantAssignmentSource.generated';
import { splitTableOf } from '../splitTable';
import { jsLiteral } from './jsLiteral';

/** An inlined source's imports, and its body with its declarations made module-private. */
function inlined(source: string): { imports: string[]; body: string } {
  const imports: string[] = [];
  const body: string[] = [];
  for (const line of source.split('\n')) {
    if (/^import\s/.test(line)) imports.push(line);
    else body.push(line.replace(/^export (?=(?:async )?function |const |let |class |type |interface )/, ''));
  }
  return { imports, body: body.join('\n').trim() };
}

// Document strings only ever enter the module as JS literals (also in the header comment).
const json = (value: unknown) => jsLiteral(value, 2);

/** A valid journey → the source of a standalone ES module exporting `machine`. */
export function exportTs(journey: Journey): string {
  const config = toMachineConfig(journey, { timers: 'hosted' });
  const { imports, body } = inlined(CEL_RUNTIME_SOURCE);
  const timers = inlined(JOURNEY_TIMERS_SOURCE);
  const splits = splitTableOf(journey);
  const hasSplits = Object.keys(splits).length > 0;
  // Only a journey with experiments gets the variant guard and its assignment code.
  const variantSection = hasSplits
    ? `
// ---- experiments: the default \`variant\` guard (inlined; sticky and portable) ----

${inlined(VARIANT_ASSIGNMENT_SOURCE).body}

/** The journey's id, hashed with the customer's id and the split's id. */
const journeyId: string = ${json(journey.id)}

/** Each experiment (split node): its variants and weights, in document order. */
const splits: Record<string, VariantWeight[]> = ${json({ ...splits })}
`
    : '';
  const variantGuard = hasSplits
    ? `
    // An experiment's edge: FNV-1a of "<customer.id>:<journey id>:<split id>" picks the variant by weight.
    // Replace it with machine.provide({ guards: { variant: ... } }) to assign customers your own way.
    variant: ({ context }, params: { split: string; variant: string }) =>
      assignVariant(Object.prototype.hasOwnProperty.call(splits, params.split) ? splits[params.split]! : [], String(context.customer.id), journeyId, params.split) === params.variant,`
    : '';
  return `// Journey ${jsLiteral(journey.name)} (id ${jsLiteral(journey.id)}), compiled by Journey Studio to an XState v5 machine.
// Generated: do not edit; change the journey and export it again.
// Input { customer }; context { customer, journey }; output { outcome, result, value? } at an outcome.
// The actions message, task, incentive and track do nothing here: replace them with
// machine.provide({ actions: { message: ({ context }, params) => ... } }).
// Timers of any length work with plain createActor(machine).start(), and a snapshot from
// actor.getPersistedSnapshot(), restored with createActor(machine, { snapshot }), keeps them (see
// "journey timers" below).
import { assign, setup } from 'xstate'
${[...imports, ...timers.imports].join('\n')}

// ---- CEL runtime (inlined; its only dependency is @marcbachmann/cel-js) ----

${body}

// ---- journey timers (inlined; the machine's \`after\` edges) ----

${timers.body}

${variantSection}
// ---- the journey ----

/** Declared customer attributes (\`segment\` and \`id\` are always there too). */
const customerAttributes: Record<string, string> = ${json(journey.customer ?? {})}

/** Journey variables (\`context.journey\`) with their initial values. */
const vars: Record<string, unknown> = ${json(config.context.journey)}

/** The machine config as data (states are identified by node id; outcomes are top-level finals; timers are journey timers). */
const config = ${json(config)}

type JourneyCustomer = Record<string, unknown>
type JourneyContext = { customer: JourneyCustomer; journey: Record<string, unknown> }
type JourneyOutput = { outcome: string; result: string; value?: number }
type JourneyEvent = { type: string; [key: string]: unknown }

const celEnv = createCelEnvironment({ customer: customerAttributes, vars })

const journeySetup = setup({
  types: {} as { context: JourneyContext; input: { customer: JourneyCustomer }; output: JourneyOutput; events: JourneyEvent },
  actors: { [JOURNEY_TIMERS]: journeyTimers },
  guards: {
    cel: ({ context, event }, params: { expr: string }) => {
      try {
        return evaluateCel(celEnv, params.expr, { customer: context.customer, journey: context.journey, event }) === true
      } catch (err) {
        if (err instanceof CelLimitError) throw err // over CEL_LIMITS: the actor fails rather than grows
        return false
      }
    },${variantGuard}
  },
  actions: {
    message: (_, _params: Record<string, unknown>) => {},
    task: (_, _params: Record<string, unknown>) => {},
    incentive: (_, _params: Record<string, unknown>) => {},
    track: (_, _params: Record<string, unknown>) => {},
    assign: assign(({ context, event }, params: { var: string; expr: string }) => ({
      journey: { ...context.journey, [params.var]: evaluateCel(celEnv, params.expr, { customer: context.customer, journey: context.journey, event }) },
    })),
  },
})

type Config = Parameters<typeof journeySetup.createMachine>[0]

export const machine = journeySetup.createMachine({
  ...(config as unknown as Config),
  context: ({ input }: { input: { customer: JourneyCustomer } | undefined }): JourneyContext => ({
    customer: { ...(input?.customer ?? {}) },
    journey: JSON.parse(JSON.stringify(vars)) as Record<string, unknown>,
  }),
  output: ({ event }: { event: { output?: JourneyOutput } }) => event.output as JourneyOutput,
} as Config)
`;
}
