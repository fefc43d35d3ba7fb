import { describe, expect, it } from 'vitest';
import { sample } from '../model/testRuns';
import { customerOf, declaredAttributes, sampleDraft } from './customerDraft';

const { journey, cohort } = sample('mortgage-preapproval');

describe('customer drafts', () => {
  it('lists the declared attributes and samples a customer of the chosen segment', () => {
    expect(declaredAttributes(journey).map(([k]) => k)).toEqual(Object.keys(journey.customer!).filter((k) => k !== 'segment'));
    const seg = cohort.segments[1]!.id;
    const draft = sampleDraft(journey, cohort, 'c.cohort.json', seg, 3);
    expect(draft.segment).toBe(seg);
    expect(sampleDraft(journey, cohort, 'c.cohort.json', seg, 3)).toEqual(draft);
    const customer = customerOf(journey, draft);
    expect(customer).toMatchObject({ segment: seg });
    for (const [k, t] of declaredAttributes(journey)) expect(typeof (customer as Record<string, unknown>)[k]).toBe(t === 'bool' ? 'boolean' : t);
  });

  it('refuses a number that is not one, naming it; accepts thousands separators', () => {
    const draft = sampleDraft(journey, undefined, '', 'first-time');
    expect(customerOf(journey, { ...draft, values: { ...draft.values, income: 'lots' } })).toBe('income must be a number');
    expect(customerOf(journey, { ...draft, values: { ...draft.values, income: '52,000' } })).toMatchObject({ income: 52000 });
    expect(customerOf(journey, { ...draft, segment: ' ' })).toBe('Choose a segment');
  });
});
