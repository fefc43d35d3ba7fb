import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { journeySchema, type Journey, type ScheduleEntry } from '../journey';
import { minimalJourney } from '../../testing/minimalJourney';
import { lintJourney } from '../../lint/lintJourney';
import { weeklyStaff } from '../calendar/weeklyStaff';
import { emptyGrid, isOnGrid } from '../calendar/scheduleGrid';
import { parseDays } from '../calendar/scheduleEntry';
import { DAY_NAMES } from '../calendar/weekCalendar';
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
  paintSchedule,
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
    // painting Wednesday keeps the 09:30, the 09:15 and the broken entry as they were, in place
    const j = setScheduleFromGrid({ ...base(), teams: [{ id: 'advisors', name: 'A', staff: 1, schedule }] }, 'advisors', paint(hourly.grid.map((r) => [...r]), [2], 8, 12, 3));
    expect(team(j).schedule).toEqual([...schedule, { days: 'wed', from: '08:00', to: '12:00', staff: 3 }]);
    team(j).schedule!.slice(0, 3).forEach((e, i) => expect(e).toBe(schedule[i]));
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

/** A journey whose team `advisors` works `schedule`. */
const scheduled = (schedule: ScheduleEntry[]): Journey => ({ ...base(), teams: [{ id: 'advisors', name: 'A', staff: 1, schedule }] });
/** Paint days `d0`…`d1` from hour `h0` up to (not including) hour `h1` with `staff`, on an hourly grid. */
const paintHours = (j: Journey, [d0, d1]: [number, number], [h0, h1]: [number, number], staff: number) => paintSchedule(j, 'advisors', { from: { day: d0, slot: h0 }, to: { day: d1, slot: h1 - 1 }, staff, slotsPerDay: 24 });

describe('painting a rectangle keeps the shifts it does not touch', () => {
  const early: ScheduleEntry = { days: 'mon-fri', from: '08:00', to: '16:00', staff: 1 };
  const late: ScheduleEntry = { days: 'mon-fri', from: '12:00', to: '20:00', staff: 1 };
  const saturday: ScheduleEntry = { days: 'sat', from: '09:00', to: '13:00', staff: 1 };
  const office: ScheduleEntry = { days: 'mon-fri', from: '09:00', to: '17:00', staff: 2 };

  it('the weekend painted beside two overlapping weekday shifts adds one entry and changes none (the browser case)', () => {
    const schedule = [early, late, saturday];
    const painted = team(paintHours(scheduled(schedule), [5, 6], [13, 17], 2)).schedule!;
    expect(painted).toEqual([early, late, saturday, { days: 'sat-sun', from: '13:00', to: '17:00', staff: 2 }]);
    schedule.forEach((e, i) => expect(painted[i]).toBe(e));
  });

  it('keeps the shifts the rectangle meets when their staff fits, and adds what the rectangle needs on top', () => {
    // a third person at midday on top of the two shifts: two blocks, as the need differs
    expect(team(paintHours(scheduled([early, late]), [0, 4], [10, 14], 3)).schedule).toEqual([
      early,
      late,
      { days: 'mon-fri', from: '10:00', to: '12:00', staff: 2 },
      { days: 'mon-fri', from: '12:00', to: '14:00', staff: 1 },
    ]);
    // one more person at lunch on top of office hours
    expect(team(paintHours(scheduled([office]), [0, 4], [12, 13], 3)).schedule).toEqual([office, { days: 'mon-fri', from: '12:00', to: '13:00', staff: 1 }]);
  });

  it('lowering the staff trims the fewest shifts, around the rectangle', () => {
    // one person 10–14: the late shift starts at 14:00 instead, the early one stays as written
    expect(team(paintHours(scheduled([early, late]), [0, 4], [10, 14], 1)).schedule).toEqual([early, { days: 'mon-fri', from: '14:00', to: '20:00', staff: 1 }]);
    // a lunch break: office hours split around it
    expect(team(paintHours(scheduled([office]), [0, 4], [12, 13], 0)).schedule).toEqual([
      { days: 'mon-fri', from: '09:00', to: '12:00', staff: 2 },
      { days: 'mon-fri', from: '13:00', to: '17:00', staff: 2 },
    ]);
    // one cell erased: the other days keep the whole shift, Wednesday works around the hole
    expect(team(paintHours(scheduled([office]), [2, 2], [10, 11], 0)).schedule).toEqual([
      { days: ['mon', 'tue', 'thu', 'fri'], from: '09:00', to: '17:00', staff: 2 },
      { days: 'wed', from: '09:00', to: '10:00', staff: 2 },
      { days: 'wed', from: '11:00', to: '17:00', staff: 2 },
    ]);
  });

  it('a shift painted over, stretched or carried to more days stays one entry, in its place, with its other fields', () => {
    const tagged = { ...office, note: 'front desk' } as ScheduleEntry;
    const evening: ScheduleEntry = { days: 'mon-fri', from: '19:00', to: '22:00', staff: 1 };
    const j = scheduled([saturday, tagged, evening]);
    // the whole shift painted with 3: replaced where it was
    expect(team(paintHours(j, [0, 4], [9, 17], 3)).schedule).toEqual([saturday, { days: 'mon-fri', from: '09:00', to: '17:00', staff: 3 }, evening]);
    // an hour earlier and an hour later
    expect(team(paintHours(j, [0, 4], [8, 18], 2)).schedule!).toEqual([saturday, { ...tagged, from: '08:00', to: '18:00' }, evening]);
    // the same hours on Thursday to Sunday: office hours run all week, and Saturday's shorter shift, painted over entirely, goes
    expect(team(paintHours(j, [3, 6], [9, 17], 2)).schedule).toEqual([{ ...tagged, days: 'mon-sun' }, evening]);
    // on Thursday and Friday only: nothing to do, nothing done
    expect(paintHours(j, [3, 4], [9, 17], 2)).toBe(j);
  });

  it('a paint that changes nothing returns the same journey; a team around the clock gets a schedule', () => {
    const j = scheduled([early, late, saturday]);
    expect(paintHours(j, [0, 4], [12, 16], 2)).toBe(j);
    expect(paintHours(j, [6, 6], [0, 24], 0)).toBe(j);
    expect(paintHours(j, [0, 0], [0, 1], 0)).toBe(j);
    expect(paintSchedule(j, 'nobody', { from: { day: 0, slot: 0 }, to: { day: 0, slot: 0 }, staff: 1, slotsPerDay: 24 })).toBe(j);
    expect(team(paintHours(base(), [0, 0], [9, 10], 2)).schedule).toEqual([{ days: 'mon', from: '09:00', to: '10:00', staff: 2 }]);
  });

  it('with many shifts met, keeps them in order while they fit', () => {
    // twelve people 09–11 on Monday, three of them from 09:00: the first three keep their shift, the others start at 10:00
    const many = Array.from({ length: 12 }, (): ScheduleEntry => ({ days: 'mon', from: '09:00', to: '11:00', staff: 1 }));
    const after = team(paintHours(scheduled(many), [0, 0], [9, 10], 3)).schedule!;
    expect(after).toHaveLength(12);
    after.slice(0, 3).forEach((e, i) => expect(e).toBe(many[i]));
    expect(after.slice(3)).toEqual(Array.from({ length: 9 }, () => ({ days: 'mon', from: '10:00', to: '11:00', staff: 1 })));
    // painted over entirely, they make way for the painted block
    expect(team(paintHours(scheduled(many), [0, 0], [9, 11], 3)).schedule).toEqual([{ days: 'mon', from: '09:00', to: '11:00', staff: 3 }]);
  });

  it('half hours, and shifts off the grid kept as written where they were', () => {
    const off: ScheduleEntry = { days: 'mon', from: '09:30', to: '12:00', staff: 2 };
    const j = scheduled([office, off]);
    const halfHour = paintSchedule(j, 'advisors', { from: { day: 0, slot: 25 }, to: { day: 0, slot: 24 }, staff: 3, slotsPerDay: 48 });
    expect(team(halfHour).schedule).toEqual([office, off, { days: 'mon', from: '12:00', to: '13:00', staff: 1 }]);
    // on an hourly grid the 09:30 shift is off the grid: untouched, its staff adds up as before
    const hourly = team(paintHours(j, [0, 0], [9, 12], 0)).schedule!;
    expect(hourly).toEqual([{ days: 'tue-fri', from: '09:00', to: '17:00', staff: 2 }, { days: 'mon', from: '12:00', to: '17:00', staff: 2 }, off]);
    expect(hourly[2]).toBe(off);
  });
});

describe('painting a rectangle: properties', () => {
  const SLOTS = [24, 48] as const;
  const dayNames = fc.subarray([...DAY_NAMES], { minLength: 1 });
  const days: fc.Arbitrary<ScheduleEntry['days']> = fc.oneof(
    fc.constantFrom<ScheduleEntry['days']>('mon', 'sat', 'mon-fri', 'sat-sun', 'fri-mon', 'mon-sun'),
    dayNames.map((d) => (d.length === 1 ? d[0]! : [...d])),
    fc.constant('funday'),
  );
  /** Shifts on the hour mostly, some on the half hour, a few at exact times (off both grids). */
  const shift = fc
    .record({ days, unit: fc.constantFrom(60, 60, 60, 30, 30, 15), from: fc.integer({ min: 0, max: 95 }), len: fc.integer({ min: 1, max: 48 }), staff: fc.integer({ min: 0, max: 3 }) })
    .map(({ days, unit, from, len, staff }) => {
      const start = Math.min(from * 15 - ((from * 15) % unit), 1440 - unit);
      return { days, from: clock(start), to: clock(Math.min(1440, start + len * unit)), staff } as ScheduleEntry;
    });
  const rect = (slots: number) =>
    fc.record({ d0: fc.nat(6), d1: fc.nat(6), s0: fc.nat(slots - 1), s1: fc.nat(slots - 1), staff: fc.integer({ min: 0, max: 4 }) }).map(({ d0, d1, s0, s1, staff }) => ({ from: { day: d0, slot: s0 }, to: { day: d1, slot: s1 }, staff, slotsPerDay: slots }));

  const inRect = (p: { from: { day: number; slot: number }; to: { day: number; slot: number } }, d: number, s: number) =>
    d >= Math.min(p.from.day, p.to.day) && d <= Math.max(p.from.day, p.to.day) && s >= Math.min(p.from.slot, p.to.slot) && s <= Math.max(p.from.slot, p.to.slot);
  /** The cells an entry covers on the grid (none when it is off the grid). */
  const cellsOf = (e: ScheduleEntry, slots: number) => (isOnGrid(e, slots) ? gridOfSchedule([{ ...e, staff: 1 }], slots).grid : emptyGrid(slots));
  /** The staff of each on-grid entry covering each cell, sorted: the shifts that make up the cell. */
  const makeUp = (schedule: readonly ScheduleEntry[], slots: number) => {
    const out = emptyGrid(slots).map((row) => row.map(() => [] as number[]));
    for (const e of schedule) cellsOf(e, slots).forEach((row, d) => row.forEach((c, s) => c && out[d]![s]!.push(e.staff)));
    return out.map((row) => row.map((list) => list.sort((a, b) => a - b).join(',')));
  };
  /** Are `part`'s entries in `whole` as the same objects, in the same order? */
  const inOrder = (part: readonly ScheduleEntry[], whole: readonly ScheduleEntry[]) => {
    let at = -1;
    return part.every((e) => {
      const i = whole.indexOf(e, at + 1);
      at = i;
      return i >= 0;
    });
  };

  it('puts the painted count inside the rectangle, leaves every other cell as it was, made of the same shifts, and keeps every entry it does not meet', () => {
    for (const slots of SLOTS) {
      fc.assert(
        fc.property(fc.array(shift, { maxLength: 7 }), rect(slots), (schedule, p) => {
          const valid = schedule.filter((e) => e.from < e.to);
          const j = scheduled(valid);
          const next = paintSchedule(j, 'advisors', p);
          const after = team(next).schedule!;
          const before = gridOfSchedule(valid, slots);
          const expected = before.grid.map((row, d) => row.map((v, s) => (inRect(p, d, s) ? p.staff : v)));
          // the staff on duty: the painted count inside, as it was outside; entries off the grid still add up
          expect(gridOfSchedule(after, slots).grid).toEqual(expected);
          const offGrid = before.kept.map((i) => valid[i]!);
          const byMinute = weeklyStaff({ staff: 0, schedule: after }).byMinute;
          const wanted = weeklyStaff({ staff: 0, schedule: [...entriesOfGrid(expected), ...offGrid] }).byMinute;
          expect(byMinute.every((x, m) => x === wanted[m])).toBe(true);
          // outside the rectangle every cell is made of the same shifts as before
          const was = makeUp(valid, slots);
          const is = makeUp(after, slots);
          was.forEach((row, d) => row.forEach((list, s) => inRect(p, d, s) || expect([d, s, is[d]![s]]).toEqual([d, s, list])));
          // the entries the rectangle does not meet are kept as the same objects, in their order
          const met = valid.filter((e) => cellsOf(e, slots).some((row, d) => row.some((c, s) => c > 0 && inRect(p, d, s))));
          const untouched = valid.filter((e) => !met.includes(e));
          expect(inOrder(untouched, after)).toBe(true);
          // every other entry is new and on the grid; growth is bounded by the entries met
          for (const e of after) if (!valid.includes(e)) expect(isOnGrid(e, slots) && e.staff > 0 ? true : [e, valid]).toBe(true);
          expect(after.length).toBeLessThanOrEqual(valid.length + 3 * met.length + 1);
          // with nothing met, the paint only adds its block after the schedule, days merged
          if (met.length === 0 && next !== j) {
            expect(after.slice(0, valid.length).every((e, i) => e === valid[i])).toBe(true);
            expect(after.slice(valid.length)).toEqual(entriesOfGrid(emptyGrid(slots).map((row, d) => row.map((_, s) => (inRect(p, d, s) ? p.staff : 0)))));
          }
          // a paint that changes no cell is no edit; painting again changes nothing
          if (JSON.stringify(expected) === JSON.stringify(before.grid)) expect(next).toBe(j);
          expect(paintSchedule(next, 'advisors', p)).toBe(next);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('the entries the paint creates have valid compact days, and the schedule lints as the user left it', () => {
    fc.assert(
      fc.property(fc.array(shift, { maxLength: 6 }), rect(24), (schedule, p) => {
        const valid = schedule.filter((e) => e.from < e.to && 'days' in parseDays(e.days));
        const after = team(paintSchedule(scheduled(valid), 'advisors', p)).schedule!;
        for (const e of after.filter((x) => !valid.includes(x))) {
          const d = (parseDays(e.days) as { days: number[] }).days;
          // a run of days is written as a range, not as a list of neighbours (unless the user wrote it so: a trimmed shift keeps its words)
          const userWords = valid.some((x) => JSON.stringify(x.days) === JSON.stringify(e.days));
          if (Array.isArray(e.days) && !userWords) expect(d.some((x, i) => i > 0 && x !== d[i - 1]! + 1)).toBe(true);
        }
        const problems = (s: ScheduleEntry[]) => lintJourney(scheduled(s)).filter((x) => x.code === 'J031').length;
        expect(problems(after)).toBeLessThanOrEqual(problems(valid));
      }),
      { numRuns: 150 },
    );
  });

  it('many shifts met at once (past the exhaustive search): still the painted count, the rest kept', () => {
    const crowded = fc.record({ from: fc.integer({ min: 6, max: 12 }), len: fc.integer({ min: 1, max: 6 }), staff: fc.integer({ min: 0, max: 2 }), days: fc.constantFrom<ScheduleEntry['days']>('mon-fri', 'tue', ['mon', 'wed']) });
    fc.assert(
      fc.property(fc.array(crowded, { minLength: 9, maxLength: 14 }), fc.array(shift, { maxLength: 3 }), rect(24), (many, others, p) => {
        const valid = [...others.filter((e) => e.from < e.to), ...many.map(({ from, len, staff, days }) => ({ days, from: clock(from * 60), to: clock((from + len) * 60), staff }))];
        const after = team(paintSchedule(scheduled(valid), 'advisors', p)).schedule!;
        const before = gridOfSchedule(valid, 24).grid;
        expect(gridOfSchedule(after, 24).grid).toEqual(before.map((row, d) => row.map((v, s) => (inRect(p, d, s) ? p.staff : v))));
        const untouched = valid.filter((e) => !cellsOf(e, 24).some((row, d) => row.some((c, s) => c > 0 && inRect(p, d, s))));
        expect(inOrder(untouched, after)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('a whole grid set at once keeps the entries away from the cells it changes', () => {
    const grid = fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 24, maxLength: 24 }), { minLength: 7, maxLength: 7 });
    fc.assert(
      fc.property(fc.array(shift, { maxLength: 6 }), fc.array(rect(24), { maxLength: 3 }), grid, fc.boolean(), (schedule, rects, noise, useNoise) => {
        const valid = schedule.filter((e) => e.from < e.to);
        const before = gridOfSchedule(valid, 24).grid;
        // a few rectangles repainted, or (sometimes) anything at all
        const g = useNoise ? noise : before.map((row, d) => row.map((v, s) => rects.reduce((x, p) => (inRect(p, d, s) ? p.staff : x), v)));
        const j = scheduled(valid);
        const next = setScheduleFromGrid(j, 'advisors', g);
        const after = team(next).schedule!;
        expect(gridOfSchedule(after, 24).grid).toEqual(g);
        const changed = (d: number, s: number) => before[d]![s] !== g[d]![s];
        const untouched = valid.filter((e) => !cellsOf(e, 24).some((row, d) => row.some((c, s) => c > 0 && changed(d, s))));
        expect(inOrder(untouched, after)).toBe(true);
        if (JSON.stringify(g) === JSON.stringify(before)) expect(next).toBe(j);
      }),
      { numRuns: 200 },
    );
  });
});

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
