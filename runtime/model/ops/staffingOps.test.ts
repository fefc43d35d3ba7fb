import { describe, expect, it } from 'vitest';
import { journeySchema, type Journey } from '../journey';
import { minimalJourney } from '../../testing/minimalJourney';
import { applyStaffing } from './index';

/** The mini journey with three teams: around the clock, on a schedule, and one left alone. */
function journey(): Journey {
  const j = journeySchema.parse(minimalJourney());
  return {
    ...j,
    teams: [
      { id: 'advisors', name: 'Advisors', staff: 2, costPerHour: 40, serviceLevel: { answer: 0.8, within: '20s' } },
      {
        id: 'care',
        name: 'Care',
        staff: 9,
        costPerHour: 30,
        maxAbandon: 0.05,
        schedule: [
          { days: 'mon-fri', from: '09:00', to: '17:00', staff: 4 },
          { days: 'sat', from: '10:00', to: '14:00', staff: 1 },
        ],
      },
      { id: 'back-office', name: 'Back office', staff: 1 },
    ],
  };
}

describe('applyStaffing', () => {
  it('replaces the staff of the proposed teams, and nothing else', () => {
    const before = journey();
    const frozen = JSON.stringify(before);
    const after = applyStaffing(before, [
      { team: 'advisors', after: { staff: 5 } },
      {
        team: 'care',
        after: {
          staff: 9,
          schedule: [
            { days: 'mon-fri', from: '09:00', to: '17:00', staff: 6 },
            { days: 'sat', from: '10:00', to: '14:00', staff: 2 },
          ],
        },
      },
    ]);
    expect(JSON.stringify(before)).toBe(frozen);
    expect(after.teams).toEqual([
      { id: 'advisors', name: 'Advisors', staff: 5, costPerHour: 40, serviceLevel: { answer: 0.8, within: '20s' } },
      {
        id: 'care',
        name: 'Care',
        staff: 9,
        costPerHour: 30,
        maxAbandon: 0.05,
        schedule: [
          { days: 'mon-fri', from: '09:00', to: '17:00', staff: 6 },
          { days: 'sat', from: '10:00', to: '14:00', staff: 2 },
        ],
      },
      { id: 'back-office', name: 'Back office', staff: 1 },
    ]);
    // The rest of the document is the same objects.
    expect(after.nodes).toBe(before.nodes);
    expect(after.edges).toBe(before.edges);
    expect(after.teams![2]).toBe(before.teams![2]);
    expect(journeySchema.safeParse(after).success).toBe(true);
  });

  it('returns the same journey when nothing changes (no empty undo step)', () => {
    const j = journey();
    expect(applyStaffing(j, [])).toBe(j);
    expect(applyStaffing(j, [{ team: 'advisors', after: { staff: 2 } }])).toBe(j);
    expect(applyStaffing(j, [{ team: 'nobody', after: { staff: 7 } }])).toBe(j);
    expect(applyStaffing({ ...j, teams: undefined }, [{ team: 'advisors', after: { staff: 3 } }]).teams).toBeUndefined();
  });

  it('keeps edits made since the proposal: shifts are matched, not replaced', () => {
    const j = journey();
    // Since the proposal, someone renamed the team, spelled the days as a list and added an evening shift first.
    const edited: Journey = {
      ...j,
      teams: j.teams!.map((t) =>
        t.id === 'care'
          ? {
              ...t,
              name: 'Customer care',
              schedule: [
                { days: 'mon-fri', from: '17:00', to: '20:00', staff: 1 },
                { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00', staff: 4 },
                { days: 'sat', from: '10:00', to: '14:00', staff: 1 },
              ],
            }
          : t,
      ),
    };
    const after = applyStaffing(edited, [
      {
        team: 'care',
        after: {
          staff: 9,
          schedule: [
            { days: 'mon-fri', from: '09:00', to: '17:00', staff: 6 },
            { days: 'sat', from: '10:00', to: '14:00', staff: 1 },
            { days: 'sun', from: '10:00', to: '12:00', staff: 3 },
          ],
        },
      },
    ]);
    const care = after.teams!.find((t) => t.id === 'care')!;
    expect(care.name).toBe('Customer care');
    expect(care.schedule).toEqual([
      { days: 'mon-fri', from: '17:00', to: '20:00', staff: 1 },
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00', staff: 6 },
      { days: 'sat', from: '10:00', to: '14:00', staff: 1 },
    ]);
  });

  it('ignores a schedule for a team that has none now, and staff that is not a headcount', () => {
    const j = journey();
    const after = applyStaffing(j, [
      { team: 'advisors', after: { staff: 3, schedule: [{ days: 'mon', from: '09:00', to: '10:00', staff: 9 }] } },
      { team: 'back-office', after: { staff: 0 } },
      { team: 'care', after: { staff: 2.5, schedule: [{ days: 'mon-fri', from: '09:00', to: '17:00', staff: -1 }] } },
    ]);
    expect(after.teams![0]).toEqual({ ...j.teams![0], staff: 3 });
    expect(after.teams![1]).toBe(j.teams![1]);
    expect(after.teams![2]).toBe(j.teams![2]);
  });
});
