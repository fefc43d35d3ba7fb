// What both engines say when the journey's machine fails for a customer: the same words for the
// same failure, whichever engine ran (the place is added where it is known: node, edge, customer).
import { SimulationError, type SimulationPlace } from './simulationError';

/** `what` (e.g. `assign to journey.n`, `guard`) failed with `err`: one line, at `place`. */
export function machineFailure(err: unknown, what: string, place: SimulationPlace = {}): SimulationError {
  if (err instanceof SimulationError) return err.within(place);
  const message = (err instanceof Error ? err.message : String(err)).split('\n')[0];
  return new SimulationError(`${what}: ${message}`, place);
}

/** The detail of a loop of rules: more than MAX_MICROSTEPS `always` edges taken without a stop. */
export const RULE_LOOP = 'the rules ("always" edges) loop without end here: give the loop a guard that turns false, or a way out';
