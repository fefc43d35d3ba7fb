import { describe, expect, it } from 'vitest';
import { validateText } from '../validateText';
import { cohortSchema } from '../../model/cohort';
import { minimalCohort, minimalJourney } from '../../testing/minimalJourney';

type Attributes = Record<string, unknown>;

/** The cohort-fit diagnostics (J027, J046) of the minimal journey declaring `customer`, with segments giving `young` and `old`. */
function fit(customer: Record<string, string>, young: Attributes, old: Attributes): string[] {
  const journey = { ...minimalJourney(), customer };
  const cohort = minimalCohort();
  cohort.segments[0]!.attributes = young;
  cohort.segments[1]!.attributes = old;
  return validateText(JSON.stringify(journey), { cohort: cohortSchema.parse(cohort) })
    .diagnostics.filter((d) => d.code === 'J027' || d.code === 'J046')
    .map((d) => `${d.code} ${d.path.join('.')} ${d.message}`);
}

describe('cohort fit', () => {
  it('finds an attribute named like a member of Object.prototype missing from a segment (J027)', () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(fit({ [name]: 'string' }, { [name]: 'web' }, {})).toEqual([expect.stringMatching(new RegExp(`^J027 customer\\.${name} .*segment old`))]);
    }
  });

  it('refuses values of another type than the declared one (J046), naming each segment and what it gives', () => {
    expect(fit({ income: 'number' }, { income: 'high' }, { income: { dist: 'categorical', weights: { low: 1 } } })).toEqual([
      expect.stringMatching(/^J046 customer\.income .*declared number.*segment young gives labels, segment old gives labels.*"dist": "normal"/),
    ]);
    expect(fit({ vip: 'bool' }, { vip: 1 }, { vip: { dist: 'bernoulli', p: 0.2 } })).toEqual([expect.stringMatching(/^J046 customer\.vip .*declared bool.*segment young gives numbers:.*"bernoulli"/)]);
    expect(fit({ channel: 'string' }, { channel: { dist: 'bernoulli', p: 0.5 } }, { channel: { dist: 'fixed', value: 3 } })).toEqual([
      expect.stringMatching(/^J046 customer\.channel .*declared string.*segment young gives true\/false, segment old gives numbers/),
    ]);
    expect(fit({ age: 'number' }, { age: { dist: 'fixed', value: true } }, { age: { dist: 'uniform', min: 18, max: 90 } })).toEqual([expect.stringMatching(/^J046 .*segment young gives true\/false:/)]);
  });

  it('accepts every distribution of the declared type', () => {
    expect(fit({ income: 'number' }, { income: { dist: 'lognormal', median: 30000, p90: 90000 } }, { income: 4 })).toEqual([]);
    expect(fit({ income: 'number' }, { income: { dist: 'exponential', mean: 3 } }, { income: { dist: 'normal', mean: 3, sd: 1 } })).toEqual([]);
    expect(fit({ vip: 'bool' }, { vip: false }, { vip: { dist: 'fixed', value: true } })).toEqual([]);
    expect(fit({ channel: 'string' }, { channel: { dist: 'categorical', weights: { web: 1, constructor: 1 } } }, { channel: 'web' })).toEqual([]);
  });
});
