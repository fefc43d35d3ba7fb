import { z } from 'zod';
import { baseNodeShape, type LaneKind } from '../runtime/model/primitives';
import type { Diagnostic } from '../runtime/diagnostics/diagnostic';
import type { NodeLintContext } from '../runtime/lint/lintContext';
import type { IconId } from '../src/shell/iconShapes';

type NodeShape<K extends string, S extends z.ZodRawShape> = typeof baseNodeShape & { kind: z.ZodLiteral<K> } & S;

/** A node of one kind, as the document holds it. */
export type NodeOf<K extends string, S extends z.ZodRawShape> = z.infer<z.ZodObject<NodeShape<K, S>>>;

/** What a kind adds to its compiled state, on top of what every state gets. */
export interface KindCompilation {
  /** Extra `meta` entries (e.g. the channel of a touchpoint). */
  meta?: Record<string, unknown>;
  /** Extra tags. */
  tags?: string[];
  /** The node ends the journey: a final state whose output is `output`. */
  final?: { result: string; value?: number };
}

/**
 * What the rest of the system may know about a kind without naming it:
 * - `listening-point`: the customer's voice is heard here (moments of truth want one close after);
 * - `handoff`: the customer is passed between teams or channels (counted per path);
 * - `routes-by-rules`: only rule (`always`) edges leave it, the last unguarded one the default (its lint says so);
 * - `needs-timer`: at least one timer (`after`) edge leaves it (its lint says so).
 * - `assigns-variants`: an experiment; its rule edges carry `variant` (no other node's edges may).
 */
export type NodeTrait = 'listening-point' | 'handoff' | 'routes-by-rules' | 'needs-timer' | 'assigns-variants';

/**
 * What a kind changes in the simulator (DESIGN §5), beyond what every node does. Outcomes need no hook:
 * `compile().final` already says that a node ends the journey, with its result and value.
 */
export interface KindSimulation<N> {
  /** Handoffs counted on each visit (the result's `handoffsPerCustomer`). */
  handoffsPerVisit?: (node: N) => number;
  /** A listening point: the share of visitors who answer; the simulator draws each visitor's response. */
  responseRate?: (node: N) => number;
  /**
   * An experiment (DESIGN §5.7): its variants in document order with their weights, and its goal. The
   * simulator draws each customer's variant from its `assignment` stream and reports `experiments`.
   */
  experiment?: (node: N) => KindExperiment;
}

/** An edge of a generated example (its id and `from` are the generator's). */
export interface ExampleEdge {
  to: string;
  always?: true;
  event?: string;
  after?: string;
  guard?: string;
  variant?: string;
}

/** What an experiment node assigns: variants by weight, and the goal its result measures. */
export interface KindExperiment {
  variants: readonly { id: string; weight: number; holdout?: boolean | undefined }[];
  /** An outcome id or a result. */
  goal: string;
}

export interface NodeKindSpec<K extends string, S extends z.ZodRawShape> {
  /** The `kind` of the node in documents: declared here and nowhere else. */
  kind: K;
  title: string;
  /** One sentence for the palette and the inspector. */
  description: string;
  /** The id of the kind's icon in the icon registry (src/shell/iconShapes.ts), drawn as SVG on the palette, the canvas, the inspector and the map picture. */
  icon: IconId;
  /** The blueprint lane a new node of this kind goes to. */
  defaultLane: LaneKind;
  /** Declarative traits other rules rely on. */
  traits?: readonly NodeTrait[];
  /** Kind-specific fields (zod); the inspector form is generated from them. */
  props: S;
  /**
   * How an edge drawn out of this node on the canvas starts: `event` (named after the target), `always`
   * (a rule), `none` when no edge may leave. Default `event`.
   */
  connect?: 'event' | 'always' | 'none';
  /** Kind-specific fields that hold a team id: kept in step when a team changes id or is removed. */
  teamFields?: readonly (keyof S & string)[];
  /** The kind-specific fields and label of a new node. */
  defaults: () => { label: string } & Partial<Omit<NodeOf<K, S>, "id" | "kind">>;
  /** The kind's compile rule. */
  compile?: (node: NodeOf<K, S>) => KindCompilation;
  /** The kind's simulation hooks. */
  sim?: KindSimulation<NodeOf<K, S>>;
  /**
   * For test generators, when the kind prescribes its edges out (rules, variants): the edges towards
   * `targets` (one or more later nodes, each to be reached by one of them), and the kind's fields they
   * need (e.g. one variant per edge) over its defaults; `guard()` gives a guard that fits the
   * generator's customers. Kinds without it get the generator's own mix of events, timers and rules.
   */
  example?: (targets: readonly string[], guard: () => string) => { fields?: Partial<Omit<NodeOf<K, S>, 'id' | 'kind'>>; edges: ExampleEdge[] };
  /** The kind's lint rules (pure): diagnostics for one node. */
  lint?: (node: NodeOf<K, S>, index: number, ctx: NodeLintContext) => Diagnostic[];
}

export interface NodeKindDescriptor<K extends string = string, S extends z.ZodRawShape = z.ZodRawShape> extends NodeKindSpec<K, S> {
  /** The whole node schema: common fields, `kind`, and the kind's props. */
  schema: z.ZodObject<NodeShape<K, S>>;
}

/** Declare a node kind: one typed descriptor that the registry, compiler, linter and views share. */
export function defineNodeKind<const K extends string, S extends z.ZodRawShape>(spec: NodeKindSpec<K, S>): NodeKindDescriptor<K, S> {
  const schema = z.looseObject({ ...baseNodeShape, kind: z.literal(spec.kind), ...spec.props }) as unknown as z.ZodObject<NodeShape<K, S>>;
  return { ...spec, schema };
}
