import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateText } from '../lint/validateText';
import { cohortSchema } from '../model/cohort';
import { arbitraryValidJourney, validJourneyCohort } from './arbitraryValidJourney';

describe('arbitraryValidJourney', () => {
  it('only makes journeys without errors, against their cohort too', () => {
    const cohort = cohortSchema.parse(validJourneyCohort());
    expect(validateText(JSON.stringify(validJourneyCohort())).diagnostics).toEqual([]);
    fc.assert(
      fc.property(arbitraryValidJourney(), (doc) => {
        const errors = validateText(JSON.stringify(doc), { cohort }).diagnostics.filter((d) => d.severity === 'error');
        expect(errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
