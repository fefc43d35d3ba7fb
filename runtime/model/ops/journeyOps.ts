import type { Journey } from '../journey';
import { withPatch } from './nodeOps';

/** Change top-level fields of the journey (name, description, start, stages, lanes, teams, customer, vars…). */
export function updateJourney(journey: Journey, patch: Partial<Omit<Journey, 'format' | 'nodes' | 'edges'>>): Journey {
  return withPatch(journey, patch as Record<string, unknown>);
}
