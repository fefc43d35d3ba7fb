/**
 * Where a simulation failed: the node the customer was at, the edge whose guard or actions failed,
 * the customer's index; `journey`, in a comparison, which of the two journeys ran.
 */
export interface SimulationPlace {
  node?: string;
  edge?: string;
  customer?: number;
  journey?: 'a' | 'b';
}

/** `node 'x', edge 'y', customer 3`: the place as the message begins (empty when nothing is known). */
function placeText(place: SimulationPlace): string {
  const parts: string[] = [];
  if (place.node !== undefined) parts.push(`node '${place.node}'`);
  if (place.edge !== undefined) parts.push(`edge '${place.edge}'`);
  if (place.customer !== undefined) parts.push(`customer ${place.customer}`);
  return parts.join(', ');
}

/**
 * A simulation that cannot run or cannot go on (bad input, a loop without progress, a probability
 * sum above 1, a value over the limits of CEL). The message is one line: the place, then `detail`.
 */
export class SimulationError extends Error {
  readonly detail: string;
  readonly place: Readonly<SimulationPlace>;

  constructor(detail: string, place: SimulationPlace = {}) {
    const where = placeText(place);
    super(where === '' ? detail : `${where}: ${detail}`);
    this.name = 'SimulationError';
    this.detail = detail;
    this.place = { ...place };
  }

  /** This error with what it does not say of its place taken from `place` (itself when nothing is new). */
  within(place: SimulationPlace): SimulationError {
    const merged: SimulationPlace = { ...place, ...this.place };
    const keys = Object.keys(merged) as (keyof SimulationPlace)[];
    if (keys.every((k) => this.place[k] === merged[k])) return this;
    return new SimulationError(this.detail, merged);
  }
}

/** The host asked to stop (`shouldCancel` returned true): thrown between customers. */
export class SimulationCancelled extends Error {
  constructor() {
    super('simulation cancelled');
    this.name = 'SimulationCancelled';
  }
}
