import { z } from 'zod';
import { touchpoint } from './touchpoint/touchpoint';
import { decision } from './decision/decision';
import { wait } from './wait/wait';
import { action } from './action/action';
import { offer } from './offer/offer';
import { survey } from './survey/survey';
import { handoff } from './handoff/handoff';
import { outcome } from './outcome/outcome';
import { split } from './split/split';
import type { NodeKindDescriptor, NodeTrait } from './defineNodeKind';

/** Every node kind, in palette order. */
export const NODE_KINDS = [touchpoint, decision, wait, action, offer, survey, handoff, split, outcome] as const;

export type NodeKind = (typeof NODE_KINDS)[number]['kind'];
export const NODE_KIND_NAMES = NODE_KINDS.map((k) => k.kind) as NodeKind[];

const byKind = new Map<string, NodeKindDescriptor>(NODE_KINDS.map((k) => [k.kind, k as unknown as NodeKindDescriptor]));

/** The descriptor of a kind, or undefined for an unknown kind. */
export function nodeKind(kind: string): NodeKindDescriptor | undefined {
  return byKind.get(kind);
}

/** The descriptor of a kind known to exist (a programmer error otherwise). */
export function requireNodeKind(kind: string): NodeKindDescriptor {
  const d = byKind.get(kind);
  if (!d) throw new Error(`unknown node kind '${kind}'`);
  return d;
}

type Schemas<T extends readonly { schema: unknown }[]> = { -readonly [I in keyof T]: T[I]['schema'] };
type KindSchemas = Schemas<typeof NODE_KINDS>;

/** A node of any kind: the union of every registered kind's schema (a new kind needs nothing here but its line above). */
export const nodeSchema = z.discriminatedUnion('kind', NODE_KINDS.map((k) => k.schema) as unknown as KindSchemas);

/** Does a node of this kind have the trait? (false for unknown kinds) */
export function hasTrait(kind: string, trait: NodeTrait): boolean {
  return byKind.get(kind)?.traits?.includes(trait) ?? false;
}

/**
 * The trigger of an edge drawn out of a node on the canvas: `event` (named after the target),
 * `always` (a rule), or `none` when no edge may leave (no source handle). The kind's descriptor says.
 */
export type ConnectTrigger = 'event' | 'always' | 'none';

/** How an edge drawn out of a node of this kind starts (`event` for unknown kinds). */
export function connectOf(node: { kind: string }): ConnectTrigger {
  return byKind.get(node.kind)?.connect ?? 'event';
}
