// suggestStaffing against what queueing theory knows: a single desk fed by Poisson arrivals with
// exponential handle times is M/M/c, whose service level is Erlang C's
// P(wait ≤ t) = 1 − C(c, a)·e^{−(cμ − λ)t}; the fewest c meeting "80% within 20s" is computed here.
import { describe, expect, it } from 'vitest';
import type { Cohort } from '../../model/cohort';
import type { Journey } from '../../model/journey';
import { simulate } from '../simulate';
import { SimulationCancelled } from '../simulationError';
import { cohortOf, journeyOf } from '../testing/closedFormJourneys';
import { entryHours, suggestStaffing } from './suggestStaffing';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Erlang C by the stable Erlang B recursion: the probability that an arrival waits in M/M/c with load a = λ/μ. */
function erlangC(c: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b / (1 - (a / c) * (1 - b));
}

/** M/M/c service level P(W ≤ t), rates per hour, t in hours (0 when unstable). */
function erlangServiceLevel(lambda: number, mu: number, c: number, t: number): number {
  const a = lambda / mu;
  return a >= c ? 0 : 1 - erlangC(c, a) * Math.exp(-(c * mu - lambda) * t);
}

/** The fewest staff whose Erlang C service level meets `answer`. */
function erlangStaff(lambda: number, mu: number, answer: number, t: number): number {
  let c = 1;
  while (erlangServiceLevel(lambda, mu, c, t) < answer) c++;
  return c;
}

type Target = { serviceLevel?: { answer: number; within: string }; maxAbandon?: number };

/** Customers queue at one desk (or, with `second`, at two desks in series), each with exponential handle times. */
function desks(teams: { id: string; staff: number; handleMin: number; target: Target; schedule?: unknown[] }[], order?: string[]): Journey {
  const byId = new Map(teams.map((t) => [t.id, t]));
  const listed = (order ?? teams.map((t) => t.id)).map((id) => byId.get(id)!);
  return journeyOf({
    id: 'desks',
    start: `desk-${teams[0]!.id}`,
    teams: listed.map((t) => ({ id: t.id, name: t.id, staff: t.staff, costPerHour: 30, ...t.target, ...(t.schedule ? { schedule: t.schedule } : {}) })),
    nodes: [
      ...teams.map((t) => ({ id: `desk-${t.id}`, kind: 'touchpoint', label: t.id, channel: 'phone', work: { team: t.id, handle: { dist: 'exponential', mean: `${t.handleMin}m` } } })),
      { id: 'done', kind: 'outcome', label: 'Done', result: 'success' },
    ],
    edges: teams.map((t, i) => ({ id: `after-${t.id}`, from: `desk-${t.id}`, to: i + 1 < teams.length ? `desk-${teams[i + 1]!.id}` : 'done', always: true })),
  });
}

const everybody = (patience?: unknown, arrivals?: unknown): Cohort => {
  const c = cohortOf([{ id: 'all', share: 1, ...(patience !== undefined ? { patience } : {}) }]);
  return arrivals ? { ...c, arrivals: arrivals as Cohort['arrivals'] } : c;
};

// "Within noise": the simulated service level of N = 20,000 customers is not the steady state's.
// Its binomial standard error alone is √(0.8·0.2/20000) ≈ 0.003, but consecutive customers of a
// busy queue share their fate (a busy period makes many wait), which shrinks the effective sample
// several-fold, and the run starts empty. Across seeds 1–3 the simulated service level of these
// desks spread by up to 0.03 and sat up to 0.024 off Erlang C (measured when writing this test).
// So where Erlang C puts c* − 1 or c* within 0.04 of the target, the simulation may rightly land
// on the other side, and the suggestion may be one off; elsewhere it must be c* exactly.
const NOISE = 0.04;

describe('suggestStaffing: one M/M/c desk against Erlang C', () => {
  const N = 20_000;
  it.each([
    // λ per hour, mean handle (min), answer, within (s), starting staff
    { lambda: 48, handleMin: 5, answer: 0.8, within: 20, start: 1 }, // c* = 7 (SL 6: 0.751, 7: 0.889): exact
    { lambda: 48, handleMin: 5, answer: 0.8, within: 20, start: 30 }, // the same from above: lowering
    { lambda: 100, handleMin: 3, answer: 0.9, within: 30, start: 3 }, // c* = 9, but SL(8) = 0.899: ±1
    { lambda: 40, handleMin: 6, answer: 0.8, within: 60, start: 4 }, // c* = 7, but SL(6) = 0.796: ±1
  ])('λ $lambda/h, handle $handleMin m, $answer within $within s, from $start staff', ({ lambda, handleMin, answer, within, start }) => {
    const mu = 60 / handleMin;
    const t = within / 3600;
    const expected = erlangStaff(lambda, mu, answer, t);
    const nearEdge = [expected - 1, expected].some((c) => Math.abs(erlangServiceLevel(lambda, mu, c, t) - answer) < NOISE);
    const journey = desks([{ id: 'agents', staff: start, handleMin, target: { serviceLevel: { answer, within: `${within}s` } } }]);
    const overMs = Math.round((N / lambda) * HOUR);
    const cohort = everybody();
    const notes: string[] = [];
    const r = suggestStaffing(journey, cohort, { customers: N, seed: 1, overMs, onProgress: (done, total, note) => {
      expect(done).toBeLessThanOrEqual(total);
      notes.push(note);
    } });
    const suggested = r.journey.teams![0]!.staff;
    if (nearEdge) expect(Math.abs(suggested - expected)).toBeLessThanOrEqual(1);
    else expect(suggested).toBe(expected);
    expect(r.met).toBe(true);
    expect(r.teams).toHaveLength(1);
    const team = r.teams[0]!;
    expect(team).toMatchObject({ team: 'agents', met: true, changed: suggested !== start, target: { serviceLevel: answer, withinMs: within * 1000, maxAbandon: null } });
    expect(team.after.staff).toBe(suggested);
    expect(team.after.serviceLevel!).toBeGreaterThanOrEqual(answer);
    // Minimal on these customers: one fewer misses the target (checked by a separate simulation).
    const fewer = simulate(desks([{ id: 'agents', staff: suggested - 1, handleMin, target: { serviceLevel: { answer, within: `${within}s` } } }]), cohort, { customers: N, seed: 1, overMs });
    expect(fewer.teams.agents!.serviceLevel!).toBeLessThan(answer);
    // Cached: each staffing simulated once; far fewer runs than the bound.
    expect(r.simulations).toBeLessThanOrEqual(16);
    expect(notes.some((n) => /^agents: trying \d+ staff$/.test(n))).toBe(true);
    expect(notes.at(-1)).toBe('done');
  });

  it('meets an abandonment target: the suggestion holds it and one staff fewer does not', () => {
    const N = 10_000;
    const overMs = Math.round((N / 60) * HOUR);
    const journey = desks([{ id: 'agents', staff: 2, handleMin: 5, target: { maxAbandon: 0.02 } }]);
    const cohort = everybody({ dist: 'exponential', mean: '2m' });
    const r = suggestStaffing(journey, cohort, { customers: N, overMs });
    const s = r.journey.teams![0]!.staff;
    expect(r.met).toBe(true);
    expect(r.teams[0]!.after.abandonRate).toBeLessThanOrEqual(0.02);
    expect(r.teams[0]!.after.serviceLevel).toBeNull();
    const fewer = simulate(desks([{ id: 'agents', staff: s - 1, handleMin: 5, target: {} }]), cohort, { customers: N, overMs });
    expect(fewer.teams.agents!.abandonRate).toBeGreaterThan(0.02);
  });
});

describe('suggestStaffing: two desks in series', () => {
  // Burke: the departures of a stable M/M/c queue are Poisson at the arrival rate, so the second
  // desk is M/M/c too, with the same λ: Erlang C answers for both.
  const N = 20_000;
  const lambda = 48;
  const overMs = Math.round((N / lambda) * HOUR);
  const sl = { serviceLevel: { answer: 0.8, within: '20s' } };
  it.each([
    ['in the order customers meet them', ['first', 'second']],
    ['listed the other way round (the first desk starves the second until it is staffed)', ['second', 'first']],
  ])('each gets its Erlang C staff, %s', (_what, order) => {
    const journey = desks([
      { id: 'first', staff: 1, handleMin: 5, target: sl },
      { id: 'second', staff: 1, handleMin: 3, target: sl },
    ], order);
    const r = suggestStaffing(journey, everybody(), { customers: N, overMs });
    const staff = Object.fromEntries(r.journey.teams!.map((t) => [t.id, t.staff]));
    expect(staff.first).toBe(erlangStaff(lambda, 12, 0.8, 20 / 3600)); // 7 (SL 6: 0.751, 7: 0.889)
    expect(staff.second).toBe(erlangStaff(lambda, 20, 0.8, 20 / 3600)); // 5 (SL 4: 0.729, 5: 0.910)
    expect(r.met).toBe(true);
    expect(r.teams.map((t) => t.team)).toEqual(order);
    expect(r.teams.every((t) => t.met && t.changed)).toBe(true);
  });

  it('leaves teams without a target as they are, and reports only the teams with one', () => {
    const journey = desks([
      { id: 'first', staff: 9, handleMin: 5, target: {} },
      { id: 'second', staff: 1, handleMin: 3, target: sl },
    ]);
    const r = suggestStaffing(journey, everybody(), { customers: 5_000, overMs: Math.round((5_000 / lambda) * HOUR) });
    expect(r.journey.teams![0]).toBe(journey.teams![0]);
    expect(r.teams.map((t) => t.team)).toEqual(['second']);
  });
});

describe('suggestStaffing: a team with a schedule', () => {
  it('judges each entry by the hours it covers; the uncovered hours before it are those it serves', () => {
    const hours = entryHours([
      { days: 'mon-fri', from: '09:00', to: '17:00', staff: 1 },
      { days: 'sat', from: '10:30', to: '14:00', staff: 1 },
      { days: 'mon', from: '12:00', to: '13:00', staff: 1 },
      { days: 'sun', from: '10:00', to: '09:00', staff: 1 },
    ]);
    const [weekdays, saturday, mondayNoon, broken] = hours;
    // Its own hours: Mon–Fri 09–17; an hour partly covered counts whole (Saturday 10:00–11:00).
    expect(weekdays!.own).toEqual([0, 1, 2, 3, 4].flatMap((d) => [9, 10, 11, 12, 13, 14, 15, 16].map((h) => d * 24 + h)));
    expect(saturday!.own).toEqual([130, 131, 132, 133]);
    // Overlapping entries both count Monday noon.
    expect(mondayNoon!.own).toEqual([12]);
    expect(weekdays!.own).toContain(12);
    // Served: Mon 17:00 → Tue 09:00 waits for Tuesday's shift, Fri 17:00 → Sat 10:30 for
    // Saturday's, Sat 14:00 → Mon 09:00 for Monday's.
    const friday17 = 4 * 24 + 17;
    expect(saturday!.serving).toEqual(Array.from({ length: 133 - friday17 + 1 }, (_, i) => friday17 + i));
    expect(weekdays!.serving).toContain(24 + 8);
    expect(weekdays!.serving).toContain(6 * 24 + 23);
    expect(weekdays!.serving).not.toContain(5 * 24 + 10);
    expect(mondayNoon!.serving).toEqual([12]);
    expect(broken).toBeUndefined();
  });

  it('suggests staff per entry: each shift its Erlang C staff for its own arrival rate', () => {
    // Customers come Mon–Sun 09:00–17:00 only, weekdays 5× busier than weekend days; one shift a
    // day covers exactly those hours, so each entry is an M/M/c at its own rate.
    const N = 30_000;
    const weeks = 4;
    const arrivals = { over: `${weeks * 7}d`, weekly: [1, 1, 1, 1, 1, 0.2, 0.2], daily: Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 17 ? 1 : 0)) };
    const weekdayLambda = (N * (5 / 5.4)) / (weeks * 5 * 8);
    const weekendLambda = (N * (0.4 / 5.4)) / (weeks * 2 * 8);
    const schedule = [
      { days: 'mon-fri', from: '09:00', to: '17:00', staff: 2 },
      { days: ['sat', 'sun'], from: '09:00', to: '17:00', staff: 2 },
    ];
    const journey = desks([{ id: 'agents', staff: 3, handleMin: 3, target: { serviceLevel: { answer: 0.8, within: '20s' } }, schedule }]);
    const r = suggestStaffing(journey, everybody(undefined, arrivals), { customers: N });
    const weekday = erlangStaff(weekdayLambda, 20, 0.8, 20 / 3600); // λ ≈ 174/h: 12 (SL 11 ≈ 0.76, 12 ≈ 0.87)
    const weekend = erlangStaff(weekendLambda, 20, 0.8, 20 / 3600); // λ ≈ 35/h: 3 (SL 2 ≈ 0.45, 3 ≈ 0.82)
    const team = r.teams[0]!;
    expect(r.met).toBe(true);
    expect(team.after.staff).toBe(3); // the team's own field stays
    const entries = team.after.schedule!.map((e) => e.staff);
    // Shift ends cut service (queued customers wait for the next shift), a small effect at these
    // loads; the weekend entry sees only ~2,200 customers: allow one either way.
    expect(Math.abs(entries[0]! - weekday)).toBeLessThanOrEqual(1);
    expect(Math.abs(entries[1]! - weekend)).toBeLessThanOrEqual(1);
    expect(entries[0]!).toBeGreaterThan(entries[1]!);
    expect(team.before.schedule!.map((e) => e.staff)).toEqual([2, 2]);
    expect(r.journey.teams![0]!.schedule!.map((e) => e.staff)).toEqual(entries);
    expect(r.journey.teams![0]!.schedule![1]!.days).toEqual(['sat', 'sun']);
    // Each entry's customers meet the target (the figures by hour of the week of a fresh run).
    const run = simulate(r.journey, everybody(undefined, arrivals), { customers: N });
    const by = run.teams.agents!.byHourOfWeek;
    const share = (days: number[]) => {
      const hs = days.flatMap((d) => Array.from({ length: 24 }, (_, h) => d * 24 + h));
      return hs.reduce((a, h) => a + by.withinTarget[h]!, 0) / hs.reduce((a, h) => a + by.offered[h]!, 0);
    };
    expect(share([0, 1, 2, 3, 4])).toBeGreaterThanOrEqual(0.8);
    expect(share([5, 6])).toBeGreaterThanOrEqual(0.8);
  });
});

describe('suggestStaffing: targets it cannot meet', () => {
  it('all customers at t = 0, more than maxStaff can take at once: met false, staffing as it was', () => {
    // 200 customers at once, 10 minutes each, 80% within 1 minute: at least 160 staff; maxStaff 50.
    const journey = desks([{ id: 'agents', staff: 4, handleMin: 10, target: { serviceLevel: { answer: 0.8, within: '1m' } } }]);
    const r = suggestStaffing(journey, everybody(), { customers: 200, maxStaff: 50 });
    expect(r.met).toBe(false);
    expect(r.teams[0]).toMatchObject({ met: false, changed: false });
    expect(r.journey.teams![0]!.staff).toBe(4);
    expect(r.simulations).toBeLessThanOrEqual(10);
  });

  it('customers offered while nobody is on duty cannot be answered within 20 s however many staff the shift has', () => {
    const arrivals = { over: '14d' }; // around the clock
    const journey = desks([{ id: 'agents', staff: 1, handleMin: 3, target: { serviceLevel: { answer: 0.8, within: '20s' } }, schedule: [{ days: 'mon-fri', from: '09:00', to: '17:00', staff: 2 }] }]);
    const r = suggestStaffing(journey, everybody(undefined, arrivals), { customers: 2_000, maxStaff: 64 });
    expect(r.met).toBe(false);
    expect(r.teams[0]!.met).toBe(false);
  });

  it('stops on shouldCancel with SimulationCancelled', () => {
    const journey = desks([{ id: 'agents', staff: 1, handleMin: 5, target: { serviceLevel: { answer: 0.8, within: '20s' } } }]);
    let calls = 0;
    expect(() => suggestStaffing(journey, everybody(), { customers: 2_000, overMs: 7 * DAY, onProgress: () => {}, shouldCancel: () => ++calls > 3 })).toThrow(SimulationCancelled);
  });

  it('a journey without targets: no teams, no simulation, the journey itself', () => {
    const journey = desks([{ id: 'agents', staff: 2, handleMin: 5, target: {} }]);
    const r = suggestStaffing(journey, everybody(), { customers: 100 });
    expect(r).toMatchObject({ teams: [], met: true, simulations: 0 });
    expect(r.journey.teams![0]!.staff).toBe(2);
  });
});
