import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { journeySchema, type Journey, type ScheduleEntry } from '../journey';
import { minimalJourney } from '../../testing/minimalJourney';
import { lintJourney } from '../../lint/lintJourney';
import { weeklyStaff } from '../calendar/weeklyStaff';
import { emptyGrid } from '../calendar/scheduleGrid';
import {
  addScheduleEntry,
  addTeam,
  changeTeamId,
  clearSchedule,
  entriesOfGrid,
  gridOfSchedule,
  removeScheduleEntry,
  removeTeam,
  renameTeam,
  setMaxAbandon,
  setScheduleFromGrid,
  setServiceLevel,
  setTeamCost,
  setTeamStaff,
  teamUsers,
  updateScheduleEntry,
} from './index';

const base = (): Journey => journeySchema.parse(minimalJourney());

/** The mini journey with its visit needing an advisor, a task on an edge and a handoff to advisors. */
function used(): Journey {
  const j = base();
  j.nodes[0] = { ...j.nodes[0]!, work: { team: 'advisors', handle: '10m' }, actions: [{ type: 'track', name: 'seen' }, { type: 'task', team: 'advisors', title: 'Call' }] };
  j.nodes.push({ id: 'pass', kind: 'handoff', label: 'Pass on', repeatsInfo: false, toTeam: 'advisors' } as Journey['nodes'][number]);
  j.edges[1] = { ...j.edges[1]!, actions: [{ type: 'task', team: 'advisors', title: 'Follow up' }] };
  return j;
}

const team = (j: Journey, id = 'advisors') => j.teams!.find((t) => t.id === id)!;
// Unknown references (J011) are what a careless team edit would leave behind.
const dangling = (j: Journey) => lintJourney(j).filter((d) => d.code === 'J011');

describe('team ops', () => {
  it('add a team with a unique id, 1 staff around the clock', () => {
    const { journey, teamId } = addTeam(base(), 'Advisors');
    expect(teamId).toBe('advisors-2');
    expect(team(journey, teamId)).toEqual({ id: 'advisors-2', name: 'Advisors', staff: 1 });
    expect(addTeam(base(), '!!!').teamId).toBe('team');
    expect(addTeam(base(), 'Care', { staff: 3, costPerHour: 30 }).journey.teams![1]).toEqual({ id: 'care', name: 'Care', staff: 3, costPerHour: 30 });
  });

  it('list every place that names a team, in order', () => {
    expect(teamUsers(used(), 'advisors')).toEqual([
      { nodeId: 'visit', field: 'work.team', path: ['nodes', 0, 'work', 'team'] },
      { nodeId: 'visit', field: 'actions.1.team', path: ['nodes', 0, 'actions', 1, 'team'] },
      { nodeId: 'pass', field: 'toTeam', path: ['nodes', 3, 'toTeam'] },
      { edgeId: 'timeout', field: 'actions.0.team', path: ['edges', 1, 'actions', 0, 'team'] },
    ]);
    expect(teamUsers(used(), 'nobody')).toEqual([]);
  });

  it('refuse to remove a team still in use, and say where it is used', () => {
    const j = used();
    const r = removeTeam(j, 'advisors');
    expect(r.removed).toBe(false);
    expect(r.journey).toBe(j);
    expect(r.users.map((u) => u.nodeId ?? u.edgeId)).toEqual(['visit', 'visit', 'pass', 'timeout']);
    // a team that is not there (or itself) cannot take the work
    expect(removeTeam(j, 'advisors', { reassignTo: 'ghosts' }).removed).toBe(false);
    expect(removeTeam(j, 'advisors', { reassignTo: 'advisors' }).removed).toBe(false);
  });

  it('remove a used team by moving its work to another team', () => {
    const j = addTeam(used(), 'Care').journey;
    const before = JSON.stringify(j);
    const r = removeTeam(j, 'advisors', { reassignTo: 'care' });
    expect(r.removed).toBe(true);
    expect(r.journey.teams!.map((t) => t.id)).toEqual(['care']);
    expect(teamUsers(r.journey, 'care')).toHaveLength(4);
    expect(teamUsers(r.journey, 'advisors')).toEqual([]);
    expect(dangling(r.journey)).toEqual([]);
    expect(JSON.stringify(j)).toBe(before);
  });

  it('remove an unused team at once', () => {
    const r = removeTeam(base(), 'advisors');
    expect(r).toMatchObject({ removed: true, users: [] });
    expect(r.journey.teams).toEqual([]);
  });

  it('rename a team, and change its id with every use', () => {
    expect(team(renameTeam(base(), 'advisors', 'Mortgage advisors')).name).toBe('Mortgage advisors');
    const j = changeTeamId(used(), 'advisors', 'experts');
    expect(j.teams!.map((t) => t.id)).toEqual(['experts']);
    expect(teamUsers(j, 'experts')).toHaveLength(4);
    expect(dangling(j)).toEqual([]);
    // not a slug, or taken by another element: refused
    expect(changeTeamId(used(), 'advisors', 'Experts')).toEqual(used());
    expect(changeTeamId(used(), 'advisors', 'visit')).toEqual(used());
  });

  it('set staff, cost and targets; the same journey when nothing changes', () => {
    const j = base();
    expect(team(setTeamStaff(j, 'advisors', 4)).staff).toBe(4);
    expect(setTeamStaff(j, 'advisors', 1)).toBe(j);
    expect(setTeamStaff(j, 'nobody', 3)).toBe(j);
    const costed = setTeamCost(j, 'advisors', 55);
    expect(team(costed).costPerHour).toBe(55);
    expect('costPerHour' in team(setTeamCost(costed, 'advisors', undefined))).toBe(false);
    const sl = setServiceLevel(j, 'advisors', { within: '2m' });
    expect(team(sl).serviceLevel).toEqual({ answer: 0.8, within: '2m' });
    expect(team(setServiceLevel(sl, 'advisors', { answer: 0.9 })).serviceLevel).toEqual({ answer: 0.9, within: '2m' });
    expect('serviceLevel' in team(setServiceLevel(sl, 'advisors', undefined))).toBe(false);
    const ma = setMaxAbandon(j, 'advisors', 0.05);
    expect(team(ma).maxAbandon).toBe(0.05);
    expect('maxAbandon' in team(setMaxAbandon(ma, 'advisors', undefined))).toBe(false);
  });

  it('add, change and remove shifts; clear the schedule to work around the clock', () => {
    let j = addScheduleEntry(base(), 'advisors', { days: 'mon-fri', from: '09:00', to: '17:00', staff: 4 });
    j = addScheduleEntry(j, 'advisors', { days: 'sun', from: '10:00', to: '12:00', staff: 1 }, 0);
    expect(team(j).schedule!.map((e) => e.days)).toEqual(['sun', 'mon-fri']);
    j = updateScheduleEntry(j, 'advisors', 1, { to: '18:00' });
    expect(team(j).schedule![1]).toEqual({ days: 'mon-fri', from: '09:00', to: '18:00', staff: 4 });
    expect(updateScheduleEntry(j, 'advisors', 5, { to: '18:00' })).toBe(j);
    j = removeScheduleEntry(removeScheduleEntry(j, 'advisors', 0), 'advisors', 0);
    expect(team(j).schedule).toEqual([]);
    expect('schedule' in team(clearSchedule(j, 'advisors'))).toBe(false);
  });
});

/** A 7 × 24 grid with `staff` on duty on `days` from hour `from` to hour `to`. */
function paint(grid: number[][], days: number[], from: number, to: number, staff: number): number[][] {
  for (const d of days) for (let h = from; h < to; h++) grid[d]![h] = staff;
  return grid;
}

describe('the week grid', () => {
  it('merges hours of equal staff, and days with the same shift into a range or a list', () => {
    const g = paint(paint(paint(emptyGrid(24), [0, 1, 2, 3, 4], 9, 17, 4), [5], 10, 14, 1), [0, 3], 18, 20, 2);
    expect(entriesOfGrid(g)).toEqual([
      { days: 'mon-fri', from: '09:00', to: '17:00', staff: 4 },
      { days: ['mon', 'thu'], from: '18:00', to: '20:00', staff: 2 },
      { days: 'sat', from: '10:00', to: '14:00', staff: 1 },
    ]);
    // a lunch peak splits the day into runs; the night shift ends at 24:00
    const peak = paint(paint(emptyGrid(24), [0, 1, 2, 3, 4, 5, 6], 9, 17, 4), [0, 1, 2, 3, 4, 5, 6], 12, 14, 5);
    expect(entriesOfGrid(paint(peak, [6], 22, 24, 1)).map((e) => `${String(e.days)} ${e.from}-${e.to} ${e.staff}`)).toEqual([
      'mon-sun 09:00-12:00 4',
      'mon-sun 12:00-14:00 5',
      'mon-sun 14:00-17:00 4',
      'sun 22:00-24:00 1',
    ]);
  });

  it('reads half-hour grids, and entries off the grid are kept exactly', () => {
    const schedule: ScheduleEntry[] = [
      { days: 'mon', from: '09:30', to: '12:00', staff: 2 },
      { days: 'tue', from: '09:15', to: '10:00', staff: 1 },
      { days: 'weekend', from: '09:00', to: '10:00', staff: 1 },
    ];
    const hourly = gridOfSchedule(schedule, 24);
    expect(hourly.kept).toEqual([0, 1, 2]);
    expect(hourly.grid.flat().every((x) => x === 0)).toBe(true);
    const half = gridOfSchedule(schedule, 48);
    expect(half.kept).toEqual([1, 2]);
    expect(half.grid[0]!.slice(18, 25)).toEqual([0, 2, 2, 2, 2, 2, 0]);
    // painting Wednesday keeps the 09:15 and the broken entry as they were, after the grid's
    const j = setScheduleFromGrid({ ...base(), teams: [{ id: 'advisors', name: 'A', staff: 1, schedule }] }, 'advisors', paint(hourly.grid.map((r) => [...r]), [2], 8, 12, 3));
    expect(team(j).schedule).toEqual([{ days: 'wed', from: '08:00', to: '12:00', staff: 3 }, ...schedule]);
  });

  it('painting cells without changing them leaves the entries as written', () => {
    const schedule: ScheduleEntry[] = [
      { days: 'mon-fri', from: '09:00', to: '17:00', staff: 4 },
      { days: 'mon-fri', from: '12:00', to: '14:00', staff: 1 },
    ];
    const j: Journey = { ...base(), teams: [{ id: 'advisors', name: 'A', staff: 1, schedule }] };
    expect(setScheduleFromGrid(j, 'advisors', gridOfSchedule(schedule, 24).grid)).toBe(j);
    // a team around the clock gets a schedule, even from an empty grid (nobody on duty)
    expect(team(setScheduleFromGrid(base(), 'advisors', emptyGrid(24))).schedule).toEqual([]);
  });

  it('rejects grids of the wrong shape', () => {
    expect(() => entriesOfGrid([[1]])).toThrow(/7 rows/);
    expect(() => entriesOfGrid(emptyGrid(24).map((r, i) => (i === 3 ? r.slice(1) : r)))).toThrow(/same number/);
    expect(() => emptyGrid(7)).toThrow(/equal slots/);
  });
});

describe('the week grid: properties', () => {
  const grid = (slots: number) => fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 6 })), { minLength: slots, maxLength: slots }), { minLength: 7, maxLength: 7 });

  it('grid → entries → grid gives the grid back, entries never overlap, and the schedule lints clean', () => {
    for (const slots of [24, 48]) {
      fc.assert(
        fc.property(grid(slots), (g) => {
          const entries = entriesOfGrid(g);
          const back = gridOfSchedule(entries, slots);
          expect(back.kept).toEqual([]);
          expect(back.grid).toEqual(g);
          // each slot is covered by at most one entry: the staff in an entry is the headcount then
          const covered = gridOfSchedule(entries.map((e) => ({ ...e, staff: 1 })), slots).grid;
          expect(covered.flat().every((c) => c <= 1)).toBe(true);
          const j: Journey = { ...base(), teams: [{ id: 'advisors', name: 'A', staff: 1, schedule: entries }] };
          expect(lintJourney(j).filter((d) => d.code === 'J031' || d.code === 'J108')).toEqual([]);
        }),
        { numRuns: 150 },
      );
    }
  });

  it('painting puts exactly the grid on duty, plus the kept entries', () => {
    const shift = fc.record({
      days: fc.constantFrom<ScheduleEntry['days']>('mon', 'mon-fri', 'sat-sun', ['tue', 'thu'], 'fri-mon'),
      from: fc.integer({ min: 0, max: 95 }),
      len: fc.integer({ min: 1, max: 40 }),
      staff: fc.integer({ min: 0, max: 5 }),
    }).map(({ days, from, len, staff }) => ({ days, from: clock(from * 15), to: clock(Math.min(96, from + len) * 15), staff }));
    fc.assert(
      fc.property(fc.array(shift, { maxLength: 6 }), grid(24), (schedule, g) => {
        const valid = schedule.filter((e) => e.from < e.to);
        const j: Journey = { ...base(), teams: [{ id: 'advisors', name: 'A', staff: 1, schedule: valid }] };
        const painted = team(setScheduleFromGrid(j, 'advisors', g)).schedule!;
        const { kept } = gridOfSchedule(valid, 24);
        const expected = weeklyStaff({ staff: 0, schedule: [...entriesOfGrid(g), ...kept.map((i) => valid[i]!)] }).byMinute;
        const actual = weeklyStaff({ staff: 0, schedule: painted }).byMinute;
        expect(actual.every((x, m) => x === expected[m])).toBe(true);
        expect(gridOfSchedule(painted, 24).grid).toEqual(g);
      }),
      { numRuns: 200 },
    );
  });
});

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
