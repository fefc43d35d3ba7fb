import type { Journey } from '../journey';

/** Every id used in a journey (nodes, edges, stages, lanes, teams). */
export function idsOf(journey: Journey): Set<string> {
  const ids = new Set<string>();
  for (const list of [journey.nodes, journey.edges, journey.stages ?? [], journey.lanes ?? [], journey.teams ?? []]) for (const x of list) ids.add(x.id);
  return ids;
}

/** A slug from any text: "Call back!" → "call-back". */
export function slugify(text: string): string {
  const s = text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s || 'node';
}

/** `base`, or `base-2`, `base-3`… whichever is free in the journey. */
export function uniqueId(journey: Journey, base: string, taken: Set<string> = idsOf(journey)): string {
  const slug = slugify(base);
  if (!taken.has(slug)) return slug;
  for (let i = 2; ; i++) if (!taken.has(`${slug}-${i}`)) return `${slug}-${i}`;
}
