import { describe, expect, it } from 'vitest';
import { newCohortText, newJourneyText } from './documentTemplates';
import { validateText } from '../../runtime/lint/validateText';

describe('document templates', () => {
  it('a new journey is valid, without errors', () => {
    const v = validateText(newJourneyText('Onboarding flow'));
    expect(v.journey?.id).toBe('onboarding-flow');
    expect(v.journey?.name).toBe('Onboarding flow');
    expect(v.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a new cohort is valid', () => {
    const v = validateText(newCohortText('retail'));
    expect(v.cohort?.segments).toHaveLength(1);
    expect(v.diagnostics).toEqual([]);
  });
});
