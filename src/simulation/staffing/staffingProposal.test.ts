import { describe, expect, it } from 'vitest';
import type { StaffingResult, TeamStaffing } from '../../../runtime/sim/staffing/suggestStaffing';
import { proposalRows, proposalSummary, proposedChanges, teamVerdict } from './staffingProposal';

const figures = { serviceLevel: 0.62, abandonRate: 0.12, utilization: 0.91, cost: 1234.5, onDutyHours: 504 };

const advisors: TeamStaffing = {
  team: 'advisors',
  name: 'Advisors',
  target: { serviceLevel: 0.8, withinMs: 20_000, maxAbandon: 0.05 },
  before: { staff: 3, ...figures },
  after: { staff: 5, serviceLevel: 0.841, abandonRate: 0.031, utilization: 0.55, cost: 2057.5, onDutyHours: 840 },
  met: true,
  changed: true,
};

const care: TeamStaffing = {
  team: 'care',
  name: 'Care',
  target: { serviceLevel: 0.9, withinMs: 3_600_000, maxAbandon: null },
  before: {
    staff: 2,
    ...figures,
    schedule: [
      { days: 'mon-fri', from: '09:00', to: '17:00', staff: 4 },
      { days: 'sat', from: '10:00', to: '14:00', staff: 1 },
    ],
  },
  after: {
    staff: 2,
    serviceLevel: 0.85,
    abandonRate: 0.02,
    utilization: 0.7,
    cost: 1500,
    onDutyHours: 300,
    schedule: [
      { days: 'mon-fri', from: '09:00', to: '17:00', staff: 7 },
      { days: 'sat', from: '10:00', to: '14:00', staff: 1 },
    ],
  },
  met: false,
  changed: true,
};

const result = (teams: TeamStaffing[]): StaffingResult => ({ teams, met: teams.every((t) => t.met), journey: {} as StaffingResult['journey'], simulations: 23 });

describe('a staffing proposal', () => {
  it('says a team’s staff now → suggested, then its figures before → after against the target', () => {
    expect(proposalRows(advisors).map((r) => [r.label, r.now, r.suggested, r.target, r.status ?? '', r.changed])).toEqual([
      ['Staff', '3', '5', '', '', true],
      ['Service level', '62.0%', '84.1%', '80% in 20s', 'met', true],
      ['Abandoned', '12.0%', '3.1%', '≤ 5%', 'met', true],
      ['Utilisation', '91.0%', '55.0%', '', '', true],
      ['On-duty hours', '504.0', '840.0', '', '', true],
      ['Staff cost', '€1,235', '€2,058', '', '', true],
    ]);
  });

  it('gives a scheduled team a row per shift, and marks a missed target', () => {
    const rows = proposalRows(care);
    expect(rows.filter((r) => r.kind === 'staff').map((r) => [r.label, r.now, r.suggested, r.changed])).toEqual([
      ['Mon–Fri 09:00–17:00', '4', '7', true],
      ['Sat 10:00–14:00', '1', '1', false],
    ]);
    expect(rows.find((r) => r.key === 'serviceLevel')).toMatchObject({ suggested: '85.0%', target: '90% in 1h', status: 'missed' });
    // No maxAbandon: the abandonment has no target.
    expect(rows.find((r) => r.key === 'abandonRate')).toMatchObject({ target: '' });
    expect(rows.find((r) => r.key === 'abandonRate')!.status).toBeUndefined();
    expect(teamVerdict(care)).toBe('could not meet target');
    expect(teamVerdict(advisors)).toBe('meets target');
  });

  it('sums up, and hands Apply the teams it changes', () => {
    expect(proposalSummary(result([advisors]))).toBe('The team meets its target · 1 team restaffed · 23 simulations');
    expect(proposalSummary(result([advisors, care]))).toBe('1 of 2 teams could not meet its target · 2 teams restaffed · 23 simulations');
    expect(proposalSummary(result([{ ...advisors, changed: false }, { ...care, met: true, changed: false }]))).toBe('All 2 teams meet their targets · no change to the staffing · 23 simulations');
    expect(proposalSummary(result([]))).toBe('No team sets a service level or a maximum abandon rate · 23 simulations');
    expect(proposedChanges(result([advisors, { ...care, changed: false }]))).toEqual([{ team: 'advisors', after: { staff: 5 } }]);
    expect(proposedChanges(result([care]))).toEqual([{ team: 'care', after: { staff: 2, schedule: care.after.schedule } }]);
  });
});
