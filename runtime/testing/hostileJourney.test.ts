import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCelEnvironment, evaluateCel } from '../expr';
import { lintJourney } from '../lint/lintJourney';
import { lintCohort } from '../lint/lintCohort';
import { arbitraryHostileJourney, celString, hostileText, wellFormed } from './hostileJourney';

describe('arbitraryHostileJourney', () => {
  it('makes journeys and cohorts without errors', () => {
    fc.assert(
      fc.property(arbitraryHostileJourney, ({ journey, cohort }) => {
        expect(lintJourney(journey, cohort).filter((d) => d.severity === 'error')).toEqual([]);
        expect(lintCohort(cohort).filter((d) => d.severity === 'error')).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('writes any text as a CEL string literal that evaluates to that text', () => {
    const env = createCelEnvironment({ customer: {}, vars: {} });
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(evaluateCel(env, celString(text), { customer: {}, journey: {}, event: {} })).toBe(wellFormed(text));
      }),
      { numRuns: 300 },
    );
  });
});
