import { describe, expect, it } from 'vitest';
import { attributeCandidates, candidateCustomers } from './candidateCustomers';
import { mortgageJourney, onboardingJourney } from '../compile/testJourneys';

describe('candidateCustomers', () => {
  it('takes each attribute\'s values from the guards that read it', () => {
    expect(attributeCandidates(mortgageJourney)).toEqual({ income: [0, 50000, 50001, 49999], digital: [false, true], segment: ['default'] });
    expect(attributeCandidates(onboardingJourney)).toEqual({ age: [0, 30, 31, 29], segment: ['default', 'vip'] });
  });

  it('yields all defaults first, then one attribute changed, then two', () => {
    const all = [...candidateCustomers(onboardingJourney)];
    expect(all[0]).toEqual({ age: 0, segment: 'default' });
    expect(all.slice(1, 5)).toEqual([
      { age: 30, segment: 'default' },
      { age: 31, segment: 'default' },
      { age: 29, segment: 'default' },
      { age: 0, segment: 'vip' },
    ]);
    expect(all).toHaveLength(4 * 2);
    expect(all).toContainEqual({ age: 30, segment: 'vip' });
    expect([...candidateCustomers(mortgageJourney, 3)]).toHaveLength(3);
  });
});
