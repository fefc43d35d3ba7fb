// Office hours with exact answers (DESIGN §2 schedules, §5.4): a team on duty Mon–Fri 09:00–17:00,
// fixed handle times, waits computed by hand. At the end of a shift a staff member finishes the
// customer in hand (overtime: busy and on duty); queued customers wait for the next shift. Every
// figure is exact (times are whole ms, hours are exact multiples), in both engines.
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { traceAll } from './traceCustomer';
import type { Engine, SimulationResult } from './result/simulationResult';
import { round6 } from './result/round6';
import { cohortOf, journeyOf, oneSegment } from './testing/closedFormJourneys';
import { arrivalProfile, drawArrival, STREAM_WORDS } from './calendar/arrivalDraw';
import { cohortSchema } from '../model/cohort';
import { hourOfWeek } from '../model/calendar/weekCalendar';

const H = 3_600_000;
const DAY_H = 24;
const WEEK_H = 168;
const COST = 40;

/** 168 zeros with `set` (hour of the week → value) applied. */
function week(set: (h: number) => number): number[] {
  return Array.from({ length: WEEK_H }, (_x, h) => set(h));
}
const day = (h: number) => Math.floor(h / DAY_H);
const clock = (h: number) => h % DAY_H;
const weekday = (h: number) => day(h) < 5;

/** One desk of a scheduled team (handle fixed), then done; with `timer`, an `after` edge from the desk to 'late'. */
function office(schedule: unknown[], handle: string, within?: string, timer?: string) {
  return journeyOf({
    id: 'office',
    start: 'desk',
    teams: [{ id: 'clerks', name: 'Clerks', staff: 2, costPerHour: COST, schedule, ...(within ? { serviceLevel: { answer: 0.8, within } } : {}) }],
    nodes: [
      { id: 'desk', kind: 'touchpoint', label: 'Desk', channel: 'branch', work: { team: 'clerks', handle } },
      { id: 'done', kind: 'outcome', label: 'Done', result: 'success' },
      { id: 'late', kind: 'outcome', label: 'Late', result: 'failure' },
    ],
    edges: [{ id: 'leave', from: 'desk', to: 'done', always: true }, ...(timer ? [{ id: 'too-late', from: 'desk', to: 'late', after: timer }] : [])],
  });
}
const MON_FRI_2 = [{ days: 'mon-fri', from: '09:00', to: '17:00', staff: 2 }];
/** One staff member Mon–Fri 09:00–17:00 and a second on Monday 10:00–10:30 only. */
const HANDOVER = [
  { days: 'mon-fri', from: '09:00', to: '17:00', staff: 1 },
  { days: 'mon', from: '10:00', to: '10:30', staff: 1 },
];

/** The serve step's wait of each customer, from the trace of the whole run. */
function tracedWaits(traces: ReturnType<typeof traceAll>): (number | undefined)[] {
  return traces.map((steps) => {
    const serve = steps.find((s) => s.type === 'serve');
    return serve && serve.type === 'serve' ? serve.waitMs : undefined;
  });
}

const withoutEngine = (r: SimulationResult) => ({ ...r, engine: undefined });

describe.each(['fast', 'reference'] as Engine[])('office hours, exact (%s engine)', (engine) => {
  it('31 customers at Monday 00:00, 2 staff Mon–Fri 09:00–17:00, handle 3h: waits to 09:00, 12:00, 15:00 each weekday, the last to next Monday', () => {
    // By hand. Pairs go at 09:00, 12:00, 15:00 of each weekday; the 15:00 pair works 17:00–18:00 in
    // overtime, and nobody is taken at 18:00 (the shift is over): the queue waits for the next 09:00.
    // Pair p (customers 2p, 2p+1) starts on weekday w = ⌊p/3⌋ (week ⌊w/5⌋, day w mod 5) at 9 + 3(p mod 3) h:
    // waits 9, 9, 12, 12, 15, 15 (Mon), 33, 33, 36, 36, 39, 39 (Tue), …, 105 … 111 (Fri), and customer 30 alone
    // at next Monday 09:00 (177h). Sum 2·Σ_d(3·24d + 36) + 177 = 1977h.
    const N = 31;
    const startH = (i: number) => {
      const p = Math.floor(i / 2);
      const w = Math.floor(p / 3);
      return Math.floor(w / 5) * WEEK_H + (w % 5) * DAY_H + 9 + 3 * (p % 3);
    };
    const waits = Array.from({ length: N }, (_x, i) => startH(i) * H);
    expect(waits.reduce((s, w) => s + w, 0)).toBe(1977 * H);
    const journey = office(MON_FRI_2, '3h', '12h');
    const r = simulate(journey, oneSegment(), { customers: N, seed: 3, engine });
    expect(tracedWaits(traceAll(journey, oneSegment(), N, { seed: 3, engine }))).toEqual(waits);

    // Busy 31 × 3h = 93h. Span: next Monday 12:00 = 180h. On duty: the schedule over [0, 180h) = 5 days × 8h × 2 +
    // next Monday 09:00–12:00 × 2 = 86h, plus overtime 5 days × 2 staff × 1h = 10h: 96h. Idle: the second staff
    // member next Monday 09:00–12:00, 3h.
    const { byHourOfWeek, ...team } = r.teams.clerks!;
    expect(team).toEqual({
      staff: 2,
      utilization: round6(93 / 96),
      busyHours: 93,
      onDutyHours: 96,
      // The last customer leaves the clerks next Monday 12:00 (week 2, hour 12): 180h.
      activeUntilMs: 180 * H,
      cost: 93 * COST,
      idleCost: 3 * COST,
      offered: N,
      served: N,
      abandoned: 0,
      abandonRate: 0,
      meanWaitMs: Math.round((1977 * H) / N),
      p50WaitMs: team.p50WaitMs,
      p90WaitMs: team.p90WaitMs,
      p99WaitMs: 177 * H, // rank ⌈0.99·31⌉ = 31: the maximum, exact
      maxWaitMs: 177 * H,
      // Served within 12h: the Monday 09:00 and 12:00 pairs, 4 of 31.
      serviceLevel: round6(4 / N),
      target: { serviceLevel: 0.8, withinMs: 12 * H, maxAbandon: null },
      tasks: 0,
    });
    expect(r.nodes.desk!.queue).toEqual({ offered: N, served: N, abandoned: 0, abandonRate: 0, meanWaitMs: team.meanWaitMs, p50WaitMs: team.p50WaitMs, p90WaitMs: team.p90WaitMs, p99WaitMs: team.p99WaitMs, maxWaitMs: team.maxWaitMs, serviceLevel: team.serviceLevel });
    expect(r.spanMs).toBe(180 * H);
    expect(byHourOfWeek).toEqual({
      offered: week((h) => (h === 0 ? N : 0)),
      abandoned: week(() => 0),
      withinTarget: week((h) => (h === 0 ? 4 : 0)),
      // Two busy 09:00–18:00 every weekday; next Monday 09:00–12:00 one more, folded onto Monday.
      busyHours: week((h) => (weekday(h) && clock(h) >= 9 && clock(h) < 18 ? 2 : 0) + (day(h) === 0 && clock(h) >= 9 && clock(h) < 12 ? 1 : 0)),
      // Two on duty 09:00–17:00 and two in overtime 17:00–18:00 every weekday; next Monday 09:00–12:00 two more.
      onDutyHours: week((h) => (weekday(h) && clock(h) >= 9 && clock(h) < 18 ? 2 : 0) + (day(h) === 0 && clock(h) >= 9 && clock(h) < 12 ? 2 : 0)),
    });
    expect(r.arrivals).toEqual({ overMs: 0, byHourOfWeek: week((h) => (h === 0 ? N : 0)) });
    expect(r.timeToOutcome).toMatchObject({ count: N, meanMs: Math.round(((1977 + 3 * N) * H) / N) });
  });

  it('…with a fixed patience of 20h: the 25 not taken on Monday give up at 20:00, counted by the hour they were offered', () => {
    // Monday's three pairs are served (waits 9, 9, 12, 12, 15, 15h: mean 12h); the others give up at Monday 20:00.
    // Busy 6 × 3h = 18h; span 20h; on duty 09:00–17:00 × 2 + overtime 17:00–18:00 × 2 = 18h: utilisation 1, no idle cost.
    const N = 31;
    const r = simulate(office(MON_FRI_2, '3h', '12h'), oneSegment('20h'), { customers: N, seed: 3, engine });
    const { byHourOfWeek, ...team } = r.teams.clerks!;
    expect(team).toMatchObject({ utilization: 1, busyHours: 18, onDutyHours: 18, cost: 18 * COST, idleCost: 0, offered: N, served: 6, abandoned: 25, abandonRate: round6(25 / N), meanWaitMs: 12 * H, maxWaitMs: 15 * H, serviceLevel: round6(4 / N) });
    expect(r.terminal).toEqual({ stalled: 0, abandoned: 25, inProgress: 0 });
    expect(r.spanMs).toBe(20 * H);
    expect(byHourOfWeek.abandoned).toEqual(week((h) => (h === 0 ? 25 : 0)));
    expect(byHourOfWeek.busyHours).toEqual(week((h) => (day(h) === 0 && clock(h) >= 9 && clock(h) < 18 ? 2 : 0)));
    expect(byHourOfWeek.onDutyHours).toEqual(week((h) => (day(h) === 0 && clock(h) >= 9 && clock(h) < 18 ? 2 : 0)));
  });

  it('…with a 1-day timer on the desk: the 25 still queued leave by the timer at Tuesday 00:00, neither served nor abandoned', () => {
    // A customer with a timer waits in a slot, not compact: the same queue, another path through the core.
    const N = 31;
    const r = simulate(office(MON_FRI_2, '3h', '12h', '1d'), oneSegment(), { customers: N, seed: 3, engine });
    expect(r.teams.clerks).toMatchObject({ utilization: 1, busyHours: 18, onDutyHours: 18, idleCost: 0, offered: N, served: 6, abandoned: 0, abandonRate: 0, meanWaitMs: 12 * H, maxWaitMs: 15 * H, serviceLevel: round6(4 / N) });
    expect(r.outcomes.late!.count).toBe(25);
    expect(r.outcomes.done!.count).toBe(6);
    expect(r.spanMs).toBe(24 * H);
    // A timer that never fires (30 days) changes nothing against the compact queue of the first case.
    const compact = simulate(office(MON_FRI_2, '3h', '12h'), oneSegment(), { customers: N, seed: 3, engine });
    const slotted = simulate(office(MON_FRI_2, '3h', '12h', '30d'), oneSegment(), { customers: N, seed: 3, engine });
    expect(slotted.teams).toEqual(compact.teams);
    expect(slotted.nodes.desk).toEqual(compact.nodes.desk);
  });

  it('Saturday arrivals (weekly profile Saturday only) wait for Monday 09:00; the week before is paid idle', () => {
    // 8 customers arrive on Saturday [120h, 144h) of the first week (their times: the arrival draw, tested in
    // arrivals.test.ts). In arrival order they start at next Monday 09:00 (177h), 09:00, 12:00, 12:00,
    // 15:00, 15:00 (to 18:00, overtime) and Tuesday 09:00 (201h), 09:00.
    const N = 8;
    const seed = 5;
    const cohort = cohortSchema.parse({ ...cohortOf([{ id: 'all', share: 1 }]), arrivals: { over: '1w', weekly: [0, 0, 0, 0, 0, 1, 0] } });
    const profile = arrivalProfile(cohort.arrivals);
    const scratch = new Int32Array(STREAM_WORDS);
    const arrivals = Array.from({ length: N }, (_x, i) => drawArrival(profile, seed, i, scratch));
    for (const a of arrivals) expect(day(a / H)).toBe(5);
    const order = arrivals.map((a, i) => ({ a, i })).sort((x, y) => x.a - y.a || x.i - y.i);
    const startsH = [177, 177, 180, 180, 183, 183, 201, 201];
    const waits: number[] = new Array<number>(N);
    order.forEach(({ a, i }, k) => (waits[i] = startsH[k]! * H - a));
    const within = (i: number) => waits[i]! <= 54 * H;

    const journey = office(MON_FRI_2, '3h', '54h');
    const r = simulate(journey, cohort, { customers: N, seed, engine });
    expect(tracedWaits(traceAll(journey, cohort, N, { seed, engine }))).toEqual(waits);
    // Busy 24h. Span: Tuesday 12:00 of week 2 = 204h. On duty: week 1 in full, 80h (all idle), then Monday 09:00–17:00
    // × 2 = 16h, Monday 17:00–18:00 overtime × 2 = 2h, Tuesday 09:00–12:00 × 2 = 6h: 104h.
    const { byHourOfWeek, ...team } = r.teams.clerks!;
    const withinCount = waits.filter((_w, i) => within(i)).length;
    expect(team).toMatchObject({
      utilization: round6(24 / 104),
      busyHours: 24,
      onDutyHours: 104,
      cost: 24 * COST,
      idleCost: 80 * COST,
      offered: N,
      served: N,
      abandoned: 0,
      meanWaitMs: Math.round(waits.reduce((s, w) => s + w, 0) / N),
      maxWaitMs: Math.max(...waits),
      serviceLevel: round6(withinCount / N),
    });
    expect(r.spanMs).toBe(204 * H);
    const byHour = (pick: (i: number) => boolean) => week((h) => arrivals.filter((a, i) => pick(i) && hourOfWeek(a) === h).length);
    expect(byHourOfWeek.offered).toEqual(byHour(() => true));
    expect(byHourOfWeek.withinTarget).toEqual(byHour(within));
    expect(r.arrivals.byHourOfWeek).toEqual(byHour(() => true));
    expect(byHourOfWeek.busyHours).toEqual(week((h) => ((day(h) === 0 && clock(h) >= 9 && clock(h) < 18) || (day(h) === 1 && clock(h) >= 9 && clock(h) < 12) ? 2 : 0)));
    expect(byHourOfWeek.onDutyHours).toEqual(
      week((h) => (weekday(h) && clock(h) >= 9 && clock(h) < 17 ? 2 : 0) + ((day(h) === 0 && clock(h) >= 9 && clock(h) < 18) || (day(h) === 1 && clock(h) >= 9 && clock(h) < 12) ? 2 : 0)),
    );
  });
});

describe.each(['fast', 'reference'] as Engine[])('office hours: overtime belongs to the staff member whose shift ended (%s engine)', (engine) => {
  // Staff are positions: the staff member whose shift ends (the last to come on duty) finishes the
  // customer in hand in overtime, while a colleague still on shift goes on taking the queue.
  it('3 customers at 00:00, handle 2h: A (09–17) takes #0 at 09:00, B (10:00–10:30) #1 at 10:00 and works to 12:00 in overtime; A, free at 11:00 and on shift, takes #2 at 11:00', () => {
    // By hand: waits 9h, 10h, 11h. Span 13:00. On duty: A 09:00–13:00 (4h, the schedule up to the span),
    // B 10:00–10:30 (0.5h) and B's overtime 10:30–12:00 (1.5h): 6h, all busy (3 × 2h).
    const journey = office(HANDOVER, '2h');
    const r = simulate(journey, oneSegment(), { customers: 3, seed: 1, engine });
    expect(tracedWaits(traceAll(journey, oneSegment(), 3, { seed: 1, engine }))).toEqual([9 * H, 10 * H, 11 * H]);
    expect(r.spanMs).toBe(13 * H);
    expect(r.teams.clerks).toMatchObject({ busyHours: 6, onDutyHours: 6, utilization: 1, meanWaitMs: 10 * H, maxWaitMs: 11 * H });
    // Hour 10: A, and B on shift then in overtime; hour 11: A and B (overtime); hour 12: A.
    expect(r.teams.clerks!.byHourOfWeek.onDutyHours).toEqual(week((h) => [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 2, 1][h] ?? 0));
    expect(r.teams.clerks!.byHourOfWeek.busyHours).toEqual(week((h) => [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 2, 1][h] ?? 0));
  });
});

describe('office hours: both engines agree', () => {
  it('byte for byte on the exact cases', () => {
    const saturday = cohortSchema.parse({ ...cohortOf([{ id: 'all', share: 1 }]), arrivals: { over: '1w', weekly: [0, 0, 0, 0, 0, 1, 0] } });
    const cases = [
      { journey: office(MON_FRI_2, '3h', '12h'), cohort: oneSegment(), N: 31 },
      { journey: office(MON_FRI_2, '3h', '12h'), cohort: oneSegment('20h'), N: 31 },
      { journey: office(MON_FRI_2, '3h', '54h'), cohort: saturday, N: 8 },
      { journey: office(HANDOVER, '2h'), cohort: oneSegment(), N: 3 },
    ];
    for (const { journey, cohort, N } of cases) {
      const fast = simulate(journey, cohort, { customers: N, seed: 5, engine: 'fast' });
      const reference = simulate(journey, cohort, { customers: N, seed: 5, engine: 'reference' });
      expect(withoutEngine(reference)).toEqual(withoutEngine(fast));
    }
  });
});
