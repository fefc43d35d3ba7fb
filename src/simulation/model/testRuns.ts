// Runs of the sample journeys shared by the tests of src/simulation/model (computed once per file).
import { simulate, type SimulationResult } from '../../../runtime/sim';
import { loadSamples, type Sample } from '../../../runtime/sim/testing/sampleFiles';

export function sample(name: string): Sample {
  const s = loadSamples().find((x) => x.name === name);
  if (!s) throw new Error(`no sample '${name}'`);
  return s;
}

const cache = new Map<string, SimulationResult>();

/** The sample's run with 2,000 customers, seed 7. */
export function sampleRun(name: string, customers = 2_000): Sample & { result: SimulationResult } {
  const s = sample(name);
  const key = `${name}/${customers}`;
  let result = cache.get(key);
  if (!result) {
    result = simulate(s.journey, s.cohort, { customers, seed: 7 });
    cache.set(key, result);
  }
  return { ...s, result };
}
