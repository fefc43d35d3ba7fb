/** A simulation that cannot run or cannot go on (bad input, a loop without progress, a probability sum above 1). */
export class SimulationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SimulationError';
  }
}

/** The host asked to stop (`shouldCancel` returned true): thrown between customers. */
export class SimulationCancelled extends Error {
  constructor() {
    super('simulation cancelled');
    this.name = 'SimulationCancelled';
  }
}
