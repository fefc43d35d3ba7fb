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

/**
 * The mortgage sample with its teams and arrivals set here, so that the tests of team figures do not
 * follow edits of the sample: advisors on a schedule with a service level and a maximum abandon
 * rate, underwriters around the clock with a service level, customers arriving over two weeks.
 */
export function targetSample(): Sample {
  const s = sample('mortgage-preapproval');
  const journey = {
    ...s.journey,
    teams: [
      {
        id: 'advisors',
        name: 'Mortgage advisors',
        staff: 2,
        costPerHour: 55,
        schedule: [
          { days: 'mon-fri', from: '09:00', to: '17:00', staff: 2 },
          { days: 'sat', from: '10:00', to: '14:00', staff: 1 },
        ],
        serviceLevel: { answer: 0.8, within: '4h' },
        maxAbandon: 0.05,
      },
      { id: 'underwriters', name: 'Underwriting', staff: 1, costPerHour: 48, serviceLevel: { answer: 0.9, within: '1d' } },
    ],
  };
  const cohort = { ...s.cohort, arrivals: { over: '14d', weekly: [1, 1, 1, 1, 1, 0.5, 0.3] } };
  return { name: 'mortgage-targets', journey, cohort };
}

const targetCache = new Map<number, SimulationResult>();

/** targetSample's run (seed 7). */
export function targetRun(customers = 1_000): Sample & { result: SimulationResult } {
  const s = targetSample();
  let result = targetCache.get(customers);
  if (!result) {
    result = simulate(s.journey, s.cohort, { customers, seed: 7 });
    targetCache.set(customers, result);
  }
  return { ...s, result };
}

/**
 * targetSample with teams the staffing search can improve: one advisor around the clock for a
 * 2-hour service level (too few), six underwriters for a 1-day one (too many).
 */
export function understaffedSample(): Sample {
  const s = targetSample();
  const journey = {
    ...s.journey,
    teams: [
      { id: 'advisors', name: 'Mortgage advisors', staff: 1, costPerHour: 55, serviceLevel: { answer: 0.8, within: '2h' }, maxAbandon: 0.1 },
      { id: 'underwriters', name: 'Underwriting', staff: 6, costPerHour: 48, serviceLevel: { answer: 0.9, within: '1d' } },
    ],
  };
  return { ...s, name: 'mortgage-understaffed', journey };
}
