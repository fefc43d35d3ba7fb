// What test generators take from the node kinds' descriptors, so that a new kind (its folder and its
// registry line) is generated without edits here or in the generators: the kinds a journey's body
// may hold, each kind's example fields, and the edges a kind prescribes (rules, variants).
import { NODE_KINDS, requireNodeKind } from '../../nodes/registry';
import type { ExampleEdge } from '../../nodes/defineNodeKind';
import { lintJourney } from '../lint/lintJourney';
import type { Journey } from '../model/journey';

/** The kinds of the nodes between the start and the outcomes: every kind that does not end the journey, in palette order. */
export const BODY_KINDS: readonly string[] = NODE_KINDS.filter((k) => !k.compile?.({ id: 'example', kind: k.kind, ...k.defaults() } as never).final).map((k) => k.kind);

/** The kind's own fields of an example node (its descriptor's defaults, without the label). */
export function exampleFields(kind: string): Record<string, unknown> {
  const { label: _label, ...fields } = requireNodeKind(kind).defaults() as Record<string, unknown>;
  return fields;
}

/**
 * The edges out of a node of `kind` towards `targets` that its kind prescribes (its rules or
 * variants), and the fields of the node they need (set them on the node), or undefined when the
 * generator picks the edges.
 */
export function prescribedEdges(kind: string, targets: readonly string[], guard: () => string): { fields: Record<string, unknown>; edges: ExampleEdge[] } | undefined {
  const example = requireNodeKind(kind).example?.(targets, guard);
  return example ? { fields: (example.fields ?? {}) as Record<string, unknown>, edges: example.edges } : undefined;
}

/** Does the kind prescribe its edges out (so the generator adds none of its own, and no `work`)? */
export const prescribesEdges = (kind: string): boolean => requireNodeKind(kind).example !== undefined;

const endsJourney = (kind: string): boolean => !BODY_KINDS.includes(kind);

/**
 * Repairs what only the whole graph can tell: an experiment's goal that one of its variants cannot
 * reach (J117). The variant's target gets a 30-day timer to `goalOutcome` (an outcome that meets the
 * kinds' default goal, success) when it can take one; otherwise a node of the first kind that picks
 * no edges of its own is put on the variant's edge, with timers to the old target and to
 * `goalOutcome`. Changes `doc` in place and returns it.
 */
export function repairGoals<J extends { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] }>(doc: J, parse: (doc: J) => Journey, goalOutcome: string): J {
  const free = BODY_KINDS.find((k) => !prescribesEdges(k))!;
  const takesTimer = (id: unknown) => {
    const kind = doc.nodes.find((n) => n.id === id)?.kind as string | undefined;
    return kind !== undefined && !endsJourney(kind) && !prescribesEdges(kind);
  };
  let added = 0;
  for (let round = 0; round < 6; round++) {
    const unreachable = lintJourney(parse(doc)).filter((d) => d.code === 'J117' && d.edgeId !== undefined);
    if (unreachable.length === 0) break;
    for (const d of unreachable) {
      const e = doc.edges.find((x) => x.id === d.edgeId)!;
      if (takesTimer(e.to)) {
        doc.edges.push({ id: `repair-${added++}`, from: e.to, to: goalOutcome, after: '30d' });
        continue;
      }
      const via = `repair-${added++}`;
      doc.nodes.push({ id: via, kind: free, label: 'Repair', ...exampleFields(free) });
      doc.edges.push({ id: `repair-${added++}`, from: via, to: e.to, after: '29d' }, { id: `repair-${added++}`, from: via, to: goalOutcome, after: '30d' });
      e.to = via;
    }
  }
  return doc;
}
