import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lintJourney } from '../../lint/lintJourney';
import { lintCohort } from '../../lint/lintCohort';
import { arbitraryJourney } from './arbitraryJourney';

describe('arbitraryJourney', () => {
  it('generates journeys without lint errors, with cohorts that fit them', () => {
    fc.assert(
      fc.property(arbitraryJourney, ({ journey, cohort }) => {
        const errors = [...lintJourney(journey, cohort), ...lintCohort(cohort)].filter((d) => d.severity === 'error');
        expect(errors.map((d) => `${d.code} ${d.message}`)).toEqual([]);
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
